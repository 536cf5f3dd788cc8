// Output is written to a temporary file beside the target and renamed over it: a reader (or a
// crash, Ctrl-C, a full disk) never sees a half-written .docx.
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { OutputError } from "../findings/errors.js";
import { fsReason } from "../findings/fs-reasons.js";
import { type Message, msg } from "../i18n/i18n.js";

/** Temporary files still on disk, removed if the process is interrupted. */
export const pendingTempFiles = new Set<string>();

export function removePendingTempFiles(): void {
  for (const f of pendingTempFiles) rmSync(f, { force: true });
  pendingTempFiles.clear();
}

/** Why a write failed, in words; a missing folder is named. */
export function fsErrorReason(e: unknown, target: string): Message | string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return msg("common.outputDirMissing", { d: dirname(target) });
  return fsReason(code, "write", e instanceof Error ? e.message : String(e));
}

/** Write straight into something that is not a regular file (/dev/null, /dev/stdout, a pipe). */
function writeThrough(target: string, bytes: Uint8Array): void {
  let fd: number | undefined;
  try {
    fd = openSync(target, "w");
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    closeSync(fd);
    fd = undefined;
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    throw new OutputError(msg("common.cannotWrite", { f: target, why: fsErrorReason(e, target) }));
  }
}

export interface WriteOptions {
  /**
   * Flush the file to disk before it takes the target's name (fsync), so that even a power cut
   * cannot leave an empty file. On by default; a batch turns it off: thousands of fsyncs make the
   * threads queue on the file system's journal (a batch of 1,000 plans took 40 % longer), while
   * the rename alone still means no reader ever sees a half-written file, and a batch is simply
   * run again after a power cut.
   */
  durable?: boolean;
}

export function writeFileAtomic(target: string, data: Uint8Array | string, opts: WriteOptions = {}): void {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  let path = target;
  try {
    const st = statSync(target, { throwIfNoEntry: false });
    if (st?.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    // A device or a pipe is written into, never replaced: renaming over /dev/null as root would
    // turn it into a regular file.
    if (st && !st.isFile()) return writeThrough(target, bytes);
    // Through a symbolic link, the file it points to is replaced and the link stays.
    if (st) path = realpathSync(target);
  } catch (e) {
    if (e instanceof OutputError) throw e;
    throw new OutputError(msg("common.cannotWrite", { f: target, why: fsErrorReason(e, target) }));
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let fd: number | undefined;
  let renaming = false;
  try {
    pendingTempFiles.add(tmp);
    fd = openSync(tmp, "wx");
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    if (opts.durable !== false) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renaming = true;
    renameSync(tmp, path);
    pendingTempFiles.delete(tmp);
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // closing after a failed write can fail too (EIO, ENOSPC on NFS): the file is removed below
      }
    }
    rmSync(tmp, { force: true });
    pendingTempFiles.delete(tmp);
    throw new OutputError(msg("common.cannotWrite", { f: target, why: renaming ? renameFailure(e, target) : fsErrorReason(e, target) }));
  }
}

/**
 * Why the finished file could not replace the target. Windows refuses to replace a file Word has
 * open, with EBUSY or (more often) EPERM: say what to do, in words; EPERM may also be a real
 * permission problem, so both are named.
 */
function renameFailure(e: unknown, target: string): Message | string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EBUSY") return msg("write.lockedRename");
  if (code === "EPERM") return msg("write.lockedOrDenied");
  return fsErrorReason(e, target);
}
