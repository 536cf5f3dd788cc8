// Follow saves of a few files. The folders are watched, not the files: editors save by writing a
// new file and renaming it over the old one, which ends a watch on the file itself. Bursts of
// events (one save is often three or four) are folded into one call after a short quiet time.
import { watch, type FSWatcher } from "node:fs";
import { basename, dirname, resolve } from "node:path";

export interface FileWatch {
  close(): void;
}

export function watchFiles(files: readonly string[], onChange: () => void, debounceMs = 40): FileWatch {
  const byDir = new Map<string, Set<string>>();
  for (const f of files) {
    const abs = resolve(f);
    const dir = dirname(abs);
    byDir.set(dir, (byDir.get(dir) ?? new Set()).add(basename(abs)));
  }
  let timer: NodeJS.Timeout | undefined;
  const poke = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, debounceMs);
  };
  const watchers: FSWatcher[] = [];
  for (const [dir, names] of byDir) {
    try {
      const w = watch(dir, { persistent: true }, (_event, name) => {
        // No name (some systems): assume it may be ours.
        if (name === null || names.has(basename(name.toString()))) poke();
      });
      w.on("error", () => {
        // The folder went away (a network drive unplugged): the next render reports the missing file.
      });
      watchers.push(w);
    } catch {
      // A folder that cannot be watched: the page is still served, and updates on restart.
    }
  }
  return {
    close() {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
