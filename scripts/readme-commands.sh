#!/usr/bin/env bash
# Runs the two commands of the README's first screen, in order, on a clean clone of this
# repository, exactly as a newcomer types them: the first installs and renders a plan (and leaves
# its .docx in the working tree), the second runs the whole test suite in that same tree. It fails
# when either command fails, so the tests can never depend on a tree the user's own commands have
# not touched. .ci/run calls it; the suite then runs once, here, in the clone.
#
# The commands are read from README.md (the fenced ```sh blocks above its first "---" line), never
# copied here. The clone is of the committed HEAD: uncommitted changes are not part of the run.
#
#   scripts/readme-commands.sh            # KEEP=1 keeps the clone and prints where it is
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

# The first screen: everything above the first horizontal rule.
mapfile -t commands < <(awk '
  /^---[[:space:]]*$/ { exit }
  /^```sh[[:space:]]*$/ { inside = 1; next }
  /^```/ { inside = 0; next }
  inside && NF { print }
' "$root/README.md")

if [ "${#commands[@]}" -ne 2 ]; then
  echo "readme-commands: expected exactly two one-line \`\`\`sh commands above the first '---' of README.md, found ${#commands[@]}:" >&2
  printf '  %s\n' "${commands[@]}" >&2
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/kehoach-readme.XXXXXX")"
if [ "${KEEP:-}" = 1 ]; then
  trap 'echo "readme-commands: the clone is kept in $work/kehoach"' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi

git clone --quiet "$root" "$work/kehoach"
cd "$work/kehoach"

for i in 0 1; do
  echo "readme-commands: README command $((i + 1)) of 2, in a clean clone ($work/kehoach):"
  echo "\$ ${commands[$i]}"
  start=$SECONDS
  if ! bash -c "${commands[$i]}"; then
    echo "readme-commands: README command $((i + 1)) failed: ${commands[$i]}" >&2
    exit 1
  fi
  echo "readme-commands: command $((i + 1)) passed in $((SECONDS - start)) s"

  if [ "$i" -eq 0 ]; then
    # What the first command left in the tree besides the install (node_modules/, dist/): the
    # second command must pass with it there, so it must be there.
    left="$(git status --porcelain --ignored --untracked-files=all | grep -vE '^[?!]{2} (node_modules|dist)/' || true)"
    if [ -z "$left" ]; then
      echo "readme-commands: README command 1 left no file in the tree (it should write a .docx beside its plan)" >&2
      exit 1
    fi
    echo "readme-commands: command 1 left in the tree:"
    printf '%s\n' "$left" | sed 's/^/  /'
  fi
done
