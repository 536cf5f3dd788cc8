// Output is written to a temporary file beside the target and renamed over it: a reader (or a
// crash, Ctrl-C, a full disk) never sees a half-written .docx.
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { OutputError } from "../diagnostics/errors.js";
import { pick } from "../i18n/i18n.js";
import { MSG } from "../i18n/messages.js";

/** Temporary files still on disk, removed if the process is interrupted. */
export const pendingTempFiles = new Set<string>();

export function removePendingTempFiles(): void {
  for (const f of pendingTempFiles) rmSync(f, { force: true });
  pendingTempFiles.clear();
}

function reason(e: unknown, target: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return pick(MSG.outputDirMissing(dirname(target)));
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return pick(MSG.readOnly);
    case "ENOSPC":
    case "EDQUOT":
      return pick(MSG.diskFull);
    case "EISDIR":
      return pick(MSG.targetIsDir);
    case "EBUSY":
      return pick(MSG.fileLocked);
    default:
      return code ?? String(e);
  }
}

export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  try {
    if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
  } catch (e) {
    throw new OutputError(pick(MSG.cannotWrite(target, reason(e, target))));
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, "wx");
    pendingTempFiles.add(tmp);
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
    pendingTempFiles.delete(tmp);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    pendingTempFiles.delete(tmp);
    throw new OutputError(pick(MSG.cannotWrite(target, reason(e, target))));
  }
}
