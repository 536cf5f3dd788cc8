// Output is written to a temporary file beside the target and renamed over it: a reader (or a
// crash, Ctrl-C, a full disk) never sees a half-written .docx.
import { randomBytes } from "node:crypto";
import { closeSync, constants, fsyncSync, lstatSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { OutputError } from "../findings/errors.js";
import { fsReason } from "../findings/fs-reasons.js";
import { type Message, msg } from "../i18n/i18n.js";
import { isLinkNotToDevice } from "./output-guard.js";

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
    throw cannotWrite(target, fsErrorReason(e, target));
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

/** Temporary files are named ".kehoach-<pid>-<8 hex>.tmp": short whatever the target's name (a
 *  255-byte name stays writable), and recognisable, so that a later run can clean them up. */
export const TEMP_NAME = /^\.kehoach-(\d+)-[0-9a-f]{8}\.tmp$/;
/** A temporary file this old was left by a run that was killed (a write takes well under a second). */
export const STALE_TEMP_MS = 10 * 60 * 1000;

function tempName(): string {
  return `.kehoach-${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
}

/**
 * Remove temporary files that a killed run (SIGKILL, power cut) left in `dir`: ours by name, and
 * older than STALE_TEMP_MS. Best effort: an unreadable folder is left alone.
 */
export function removeStaleTempFiles(dir: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!TEMP_NAME.test(name)) continue;
    const path = join(dir, name);
    try {
      const st = lstatSync(path);
      if (st.isFile() && now - st.mtimeMs > STALE_TEMP_MS) rmSync(path, { force: true });
    } catch {
      // removed by someone else meanwhile
    }
  }
}

/** Flags of the temporary file: created here and now, never through a link. */
const TEMP_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** "Cannot write <target>: <why>", the error every failed write ends in. */
function cannotWrite(target: string, why: Message | string): OutputError {
  return new OutputError(msg("common.cannotWrite", { f: target, why }));
}

/**
 * What may be done at `target`: "replace" a regular file (or make a new one), or write "through" a
 * device or a pipe. An OutputError for a folder, a link, or a path that cannot be looked at.
 */
function targetKind(target: string): "replace" | "through" {
  try {
    const link = lstatSync(target, { throwIfNoEntry: false });
    const st = link?.isSymbolicLink() ? statSync(target, { throwIfNoEntry: false }) : link;
    if (st?.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    // A device or a pipe is written into, never replaced: renaming over /dev/null as root would
    // turn it into a regular file. /dev/stdout is a link to one.
    if (st && !st.isFile()) return "through";
    // Never through a link: the file it points to may be anything (the plan, a file outside the
    // output folder). Only a regular file is replaced.
    if (link?.isSymbolicLink()) throw cannotWrite(target, msg("output.symlink", { target }));
    return "replace";
  } catch (e) {
    if (e instanceof OutputError) throw e;
    throw cannotWrite(target, fsErrorReason(e, target));
  }
}

/**
 * Give a finished file (made in a private stage folder) the target's name. On one file system
 * this is a rename, atomic and without a copy; across file systems (EXDEV) the bytes are written
 * with writeFileAtomic. Either way the target is the old file or the whole new one. `from` is gone
 * afterwards, unless the move failed.
 */
export function moveFileAtomic(from: string, target: string, opts: WriteOptions = {}): void {
  if (targetKind(target) === "through") {
    writeThrough(target, readFileSync(from));
    rmSync(from, { force: true });
    return;
  }
  if (isLinkNotToDevice(target)) throw cannotWrite(target, msg("output.symlink", { target }));
  try {
    renameSync(from, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EXDEV") throw cannotWrite(target, renameFailure(e, target));
    writeFileAtomic(target, readFileSync(from), opts);
    rmSync(from, { force: true });
  }
}

export function writeFileAtomic(target: string, data: Uint8Array | string, opts: WriteOptions = {}): void {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  if (targetKind(target) === "through") return writeThrough(target, bytes);
  const tmp = join(dirname(target), tempName());
  let fd: number | undefined;
  let renaming = false;
  try {
    pendingTempFiles.add(tmp);
    fd = openSync(tmp, TEMP_FLAGS, 0o666);
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    if (opts.durable !== false) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    // Checked again just before the rename: a link put there meanwhile is not replaced either.
    if (isLinkNotToDevice(target)) throw cannotWrite(target, msg("output.symlink", { target }));
    renaming = true;
    renameSync(tmp, target);
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
    if (e instanceof OutputError) throw e;
    throw cannotWrite(target, renaming ? renameFailure(e, target) : fsErrorReason(e, target));
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
