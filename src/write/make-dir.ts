// Create a folder and its missing parents, one level at a time. Node's own recursive mkdir never
// returns on some file systems (under /proc it spins at 100 % CPU, where no signal can stop it),
// so it is not used anywhere in kehoach. A folder that appears meanwhile (EEXIST) is success.
import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

export function makeDir(dir: string): void {
  const missing: string[] = [];
  let cur = resolve(dir);
  for (let i = 0; i < 256 && !statSync(cur, { throwIfNoEntry: false }); i++) {
    missing.push(cur);
    const up = dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  // From the outermost missing folder inwards; any error (ENOENT under /proc, EACCES) ends it.
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (e) {
      // Another run made the same folder meanwhile (two batches into one new --out): that is fine.
      if ((e as NodeJS.ErrnoException).code !== "EEXIST" || !statSync(d, { throwIfNoEntry: false })?.isDirectory()) throw e;
    }
  }
}
