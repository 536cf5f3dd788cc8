// Read one input file with the size limit and the decoding rules, as a SourceFile or diagnostics.
import { readFileSync, statSync } from "node:fs";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { InputError } from "../diagnostics/errors.js";
import { pick } from "../i18n/i18n.js";
import { MSG } from "../i18n/messages.js";
import { decodeText } from "./decode-text.js";
import { SourceFile } from "./source-file.js";

export function fileDiagnostic(file: string, message: string, hint?: string, line = 0, column = 0): Diagnostic {
  return { severity: "error", file, line, column, message, hint, code: "input" };
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

export function readBytes(path: string, maxBytes: number): Buffer {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError([fileDiagnostic(path, pick(MSG.isDirectory(path)))]);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError([fileDiagnostic(path, pick(MSG.fileNotFound(path)), pick(MSG.fileNotFoundHint))]);
    throw new InputError([fileDiagnostic(path, pick(MSG.fileUnreadable(path, code ?? String(e))))]);
  }
  if (size > maxBytes) {
    throw new InputError([
      fileDiagnostic(path, pick(MSG.fileTooLarge(formatBytes(size), formatBytes(maxBytes))), pick(MSG.fileTooLargeHint)),
    ]);
  }
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError([fileDiagnostic(path, pick(MSG.fileUnreadable(path, code)))]);
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
  return new SourceFile(path, decoded.text);
}

export function readSource(path: string, maxBytes: number): SourceFile {
  return decodeSource(path, readBytes(path, maxBytes));
}
