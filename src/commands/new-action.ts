// kehoach new: write a starter plan (templates/khoi-tao/ke-hoach.yaml) or a starter commune
// template (templates/khoi-tao/mau-xa.yaml), with this year's dates and a schema line that points
// at the JSON Schema shipped with kehoach, so an editor checks the file while it is typed.
import { readFileSync, writeFileSync } from "node:fs";
import { makeDir } from "../write/make-dir.js";
import { fsErrorReason } from "../write/write-file-atomic.js";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { t } from "../i18n/i18n.js";

export type StarterKind = "ke-hoach" | "xa";

const STARTERS: Record<StarterKind, { file: string; defaultName: string }> = {
  "ke-hoach": { file: "ke-hoach.yaml", defaultName: "ke-hoach.yaml" },
  xa: { file: "mau-xa.yaml", defaultName: "mau-xa.yaml" },
};

/** The year the starter files are written with; replaced by the current year. */
const STARTER_YEAR = "2024";

const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SCHEMA_FILE = resolve(PACKAGE_ROOT, "schemas", "plan.schema.json");

function toPosix(p: string): string {
  return p.split(sep).join("/");
}

/**
 * The $schema reference for a file written at `target`: a relative path when the file is inside
 * the project that holds the schema (this repository, or the project whose node_modules holds
 * kehoach), so the project can move; an absolute path otherwise (kehoach installed globally or
 * run by npx), since a relative path would climb out of the user's folder.
 */
export function schemaReference(target: string, schemaFile = SCHEMA_FILE): string {
  const parts = schemaFile.split(sep);
  const nm = parts.lastIndexOf("node_modules");
  const projectRoot = nm >= 0 ? parts.slice(0, nm).join(sep) || sep : resolve(dirname(schemaFile), "..");
  const inside = relative(projectRoot, resolve(target));
  if (!inside.startsWith("..") && !isAbsolute(inside)) return toPosix(relative(dirname(resolve(target)), schemaFile));
  return toPosix(schemaFile);
}

export function starterText(kind: StarterKind, target: string, now = new Date()): string {
  const raw = readFileSync(resolve(PACKAGE_ROOT, "templates", "khoi-tao", STARTERS[kind].file), "utf8");
  const year = String(now.getFullYear());
  const month = String(now.getMonth() + 1).padStart(2, "0");
  return raw
    .replace(/^# yaml-language-server: \$schema=.*$/m, `# yaml-language-server: $schema=${schemaReference(target)}`)
    .replace(/^ngay: 2024-04( +#.*)$/m, `ngay: ${year}-${month}$1`)
    .replaceAll(STARTER_YEAR, year);
}

export function newCommand(file: string | undefined, opts: { mau?: "xa" }): number {
  const kind: StarterKind = opts.mau === "xa" ? "xa" : "ke-hoach";
  const target = file ?? STARTERS[kind].defaultName;
  const text = starterText(kind, target);
  let made = false;
  try {
    makeDir(dirname(resolve(target)));
    made = true;
    writeFileSync(target, text, { encoding: "utf8", flag: "wx" });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      made && code === "EEXIST"
        ? t("cli.new.why")
        : fsErrorReason(e, target);
    process.stderr.write(`${t("batch.error")}: ${t("common.cannotWrite", { f: target, why })}\n`);
    return 1;
  }
  const next =
    kind === "xa"
      ? t("cli.new.next", { target })
      : t("cli.new.next2", { target });
  process.stderr.write(next + "\n");
  return 0;
}
