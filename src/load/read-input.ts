// Read one input file with the size limit and the decoding rules, as a SourceFile or diagnostics.
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import type { Diagnostic } from "../findings/diagnostic.js";
import { InputError } from "../findings/errors.js";
import { fsReason } from "../findings/fs-reasons.js";
import { locate } from "../findings/locate.js";
import { type Message, msg } from "../i18n/i18n.js";
import { decodeText } from "./decode-text.js";
import { SourceFile } from "../findings/source-file.js";

/** A problem with a file as a whole, or at a line (and column) found without its text. */
export function fileDiagnostic(file: string, message: Message, hint?: Message, line = 0, column = 0): Diagnostic {
  return locate({ message, hint, line: line > 0 ? line : undefined, column }, { file }, { code: "input" });
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}


/** A path written with Windows backslashes, on a system where "\\" is an ordinary character. */
function backslashHint(path: string): Message | undefined {
  if (!path.includes("\\") || process.platform === "win32") return undefined;
  const slashed = path.replace(/\\/g, "/");
  return existsSync(slashed) ? msg("input.backslashesFor", { slashed }) : msg("input.backslashes");
}

export function readBytes(path: string, maxBytes: number): Buffer {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError([fileDiagnostic(path, msg("common.isDirectory", { f: path }))]);
    // A named pipe blocks the open itself (where no signal is heard), a device never ends: only a
    // regular file is opened.
    if (!st.isFile()) {
      const kind = st.isFIFO() ? "input.kind.fifo" : st.isSocket() ? "input.kind.socket" : st.isCharacterDevice() || st.isBlockDevice() ? "input.kind.device" : "input.kind.other";
      throw new InputError([fileDiagnostic(path, msg("input.notRegular", { file: path, kind: msg(kind) }), msg("input.notRegularHint"))]);
    }
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError([fileDiagnostic(path, msg("common.fileNotFound", { f: path }), backslashHint(path) ?? msg("common.fileNotFoundHint"))]);
    throw new InputError([fileDiagnostic(path, msg("common.fileUnreadable", { f: path, why: fsReason(code, "read", String(e)) }))]);
  }
  const tooLarge = (shown: string) =>
    new InputError([fileDiagnostic(path, msg("common.fileTooLarge", { size: shown, max: formatBytes(maxBytes) }), msg("common.fileTooLargeHint"))]);
  // Just over the limit, the rounded sizes look equal ("50.0 MB; the limit is 50.0 MB"): say "over".
  if (size > maxBytes) throw tooLarge(formatBytes(size) === formatBytes(maxBytes) ? `> ${formatBytes(maxBytes)}` : formatBytes(size));
  // Read at most maxBytes + 1 bytes, whatever stat said: a device (/dev/zero), a pipe or a file
  // that grows while it is read must not exhaust memory.
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw tooLarge(`> ${formatBytes(maxBytes)}`);
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError([fileDiagnostic(path, msg("common.fileUnreadable", { f: path, why: fsReason(code, "read", String(e)) }))]);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Bytes → SourceFile, or an InputError naming the encoding problem and its line. */
export function decodeSource(path: string, bytes: Uint8Array): SourceFile {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    // Point at the line of the first bad byte (counting newlines up to it).
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < decoded.offset && i < bytes.length; i++) {
      if (bytes[i] === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    const column = decoded.offset > 0 ? decoded.offset - lineStart + 1 : 0;
    throw new InputError([fileDiagnostic(path, decoded.message, decoded.hint, decoded.offset > 0 ? line : 0, column)]);
  }
  // A lone CR (old Mac line ends) is a line break too; one character for one keeps every offset.
  return new SourceFile(path, decoded.text.replace(/\r(?!\n)/g, "\n"));
}

export function readSource(path: string, maxBytes: number): SourceFile {
  return decodeSource(path, readBytes(path, maxBytes));
}
