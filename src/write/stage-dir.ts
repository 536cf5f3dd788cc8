// A private temporary folder where documents are made before any of them reaches its target: a
// batch renders every row here first and moves the files into place only when no row stops the
// batch; PDF output converts here. The folder is removed when the work ends, and if kehoach exits
// (Ctrl-C) meanwhile.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Stage folders not yet removed: removed if kehoach exits (Ctrl-C) meanwhile. */
const liveStages = new Set<string>();
let exitHookInstalled = false;

export class StageDir {
  /** The temporary folder. */
  readonly dir: string;
  private count = 0;

  /** `prefix`: how the folder is named in the temporary folder ("kehoach-pdf-", "kehoach-stage-"). */
  constructor(prefix: string) {
    this.dir = mkdtempSync(join(tmpdir(), prefix));
    liveStages.add(this.dir);
    if (!exitHookInstalled) {
      exitHookInstalled = true;
      process.on("exit", () => {
        for (const d of liveStages) {
          try {
            rmSync(d, { recursive: true, force: true });
          } catch {
            // a worker still writing into it (ENOTEMPTY): the system's temporary folder is cleaned anyway
          }
        }
      });
    }
  }

  /** A fresh file name inside the stage (short: a LibreOffice command line of thousands stays short). */
  slot(ext = ".docx"): string {
    return join(this.dir, `${String(++this.count).padStart(5, "0")}${ext}`);
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
    liveStages.delete(this.dir);
  }
}
