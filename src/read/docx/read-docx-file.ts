// A .docx file on disk → ReadDocument, or one clear message (not a zip, password, zip bomb, damaged).
import { InputError } from "../../diagnostics/errors.js";
import { pick } from "../../i18n/i18n.js";
import { docxMessage } from "../../i18n/feature-docx.js";
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
      return fileDiagnostic(path, pick(docxMessage("read.docx.notDocx", { file })), pick(docxMessage("read.docx.notDocxHint")));
    case "encrypted":
      return fileDiagnostic(path, pick(docxMessage("read.docx.encrypted", { file })), pick(docxMessage("read.docx.encryptedHint")));
    case "too-large":
      return fileDiagnostic(path, pick(docxMessage("read.docx.tooLarge", { file, part: p.part, limit: formatBytes(DOCX_LIMITS.maxPartBytes) })), pick(docxMessage("read.docx.tooLargeHint")));
    case "corrupt":
      return fileDiagnostic(path, pick(docxMessage("read.docx.corrupt", { file, part: p.part, detail: p.detail })), pick(docxMessage("read.docx.corruptHint")));
    case "no-document":
      return fileDiagnostic(path, pick(docxMessage("read.docx.noDocument", { file })), pick(docxMessage("read.docx.notDocxHint")));
  }
}
