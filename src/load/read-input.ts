// Read one input file with the size limit and the decoding rules, as a SourceFile or diagnostics.
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { InputError } from "../diagnostics/errors.js";
import { fsReason } from "../diagnostics/fs-reasons.js";
import { pick } from "../i18n/i18n.js";
import { MSG } from "../i18n/messages.js";
import { hostile } from "../i18n/feature-hostile.js";
import { decodeText } from "./decode-text.js";
import { SourceFile } from "./source-file.js";

export function fileDiagnostic(file: string, message: string, hint?: string, line = 0, column = 0): Diagnostic {
  return { severity: "error", file, line, column, message, hint, code: "input" };
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}


/** A path written with Windows backslashes, on a system where "\\" is an ordinary character. */
function backslashHint(path: string): string | undefined {
  if (!path.includes("\\") || process.platform === "win32") return undefined;
  const slashed = path.replace(/\\/g, "/");
  return pick({
    vi: `Đường dẫn có dấu "\\" kiểu Windows; trên máy này hãy dùng dấu "/"${existsSync(slashed) ? ` (ví dụ "${slashed}")` : ""}.`,
    en: `The path has Windows-style "\\" separators; use "/" on this system${existsSync(slashed) ? ` (e.g. "${slashed}")` : ""}.`,
  });
}

export function readBytes(path: string, maxBytes: number): Buffer {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError([fileDiagnostic(path, pick(MSG.isDirectory(path)))]);
    // A named pipe blocks the open itself (where no signal is heard), a device never ends: only a
    // regular file is opened.
    if (!st.isFile()) {
      const kind = st.isFIFO() ? "input.kind.fifo" : st.isSocket() ? "input.kind.socket" : st.isCharacterDevice() || st.isBlockDevice() ? "input.kind.device" : "input.kind.other";
      throw new InputError([fileDiagnostic(path, pick(hostile("input.notRegular", { file: path, kind: pick(hostile(kind)) })), pick(hostile("input.notRegular.hint")))]);
    }
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError([fileDiagnostic(path, pick(MSG.fileNotFound(path)), backslashHint(path) ?? pick(MSG.fileNotFoundHint))]);
    throw new InputError([fileDiagnostic(path, pick(MSG.fileUnreadable(path, fsReason(code, "read", String(e)))))]);
  }
  const tooLarge = (shown: string) =>
    new InputError([fileDiagnostic(path, pick(MSG.fileTooLarge(shown, formatBytes(maxBytes))), pick(MSG.fileTooLargeHint))]);
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
    throw new InputError([fileDiagnostic(path, pick(MSG.fileUnreadable(path, fsReason(code, "read", String(e)))))]);
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
    throw new InputError([fileDiagnostic(path, pick(decoded.message), pick(decoded.hint), decoded.offset > 0 ? line : 0, column)]);
  }
  // A lone CR (old Mac line ends) is a line break too; one character for one keeps every offset.
  return new SourceFile(path, decoded.text.replace(/\r(?!\n)/g, "\n"));
}

export function readSource(path: string, maxBytes: number): SourceFile {
  return decodeSource(path, readBytes(path, maxBytes));
}
