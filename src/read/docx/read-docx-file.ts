// A .docx file on disk → ReadDocument, or one clear message (not a zip, password, zip bomb, damaged).
import { InputError } from "../../findings/errors.js";
import { msg } from "../../i18n/i18n.js";
import { fileDiagnostic, formatBytes, readBytes } from "../../load/read-input.js";
import type { ReadDocument } from "../read-document.js";
import { DOCX_LIMITS, DocxReadError, readDocx } from "./read-docx.js";

export function readDocxFile(path: string): ReadDocument {
  const bytes = readBytes(path, DOCX_LIMITS.maxFileBytes);
  try {
    return readDocx(path, bytes);
  } catch (e) {
    if (!(e instanceof DocxReadError)) throw e;
    throw new InputError([docxProblemDiagnostic(path, e)]);
  }
}

export function docxProblemDiagnostic(path: string, e: DocxReadError) {
  const p = e.problem;
  const file = path;
  switch (p.kind) {
    case "not-docx":
      return fileDiagnostic(path, msg("read.docx.notDocx", { file }), msg("read.docx.notDocxHint"));
    case "encrypted":
      return fileDiagnostic(path, msg("read.docx.encrypted", { file }), msg("read.docx.encryptedHint"));
    case "too-large":
      return fileDiagnostic(path, msg("read.docx.tooLarge", { file, part: p.part, limit: formatBytes(DOCX_LIMITS.maxPartBytes) }), msg("read.docx.tooLargeHint"));
    case "corrupt":
      return fileDiagnostic(path, msg("read.docx.corrupt", { file, part: p.part, detail: p.detail }), msg("read.docx.corruptHint"));
    case "no-document":
      return fileDiagnostic(path, msg("read.docx.noDocument", { file }), msg("read.docx.notDocxHint"));
  }
}
