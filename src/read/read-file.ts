// One entry for every input format import reads: picks the reader by the file's extension and
// turns each reader's failure into one clear message (InputError), never a stack trace.
import { extname } from "node:path";
import { InputError } from "../findings/errors.js";
import { msg, type Message } from "../i18n/i18n.js";
import { fileDiagnostic, readBytes } from "../load/read-input.js";
import { decodeSource } from "../load/read-input.js";
import { ConversionError, CONVERT_TIMEOUT_SECONDS, sofficeConvertToWordFile, SofficeMissingError } from "./convert/soffice-to-docx.js";
import { DocxReadError, DOCX_LIMITS, readDocx } from "./docx/read-docx.js";
import { docxProblemDiagnostic } from "./docx/read-docx-file.js";
import type { NotedDocument } from "./read-notes.js";

export const IMPORT_FORMATS = [".docx", ".doc", ".odt", ".rtf", ".pdf", ".txt"] as const;
const MAX_BYTES = DOCX_LIMITS.maxFileBytes;

const fail = (file: string, message: Message): never => {
  throw new InputError([fileDiagnostic(file, message)]);
};

export async function readDocumentFile(file: string): Promise<NotedDocument> {
  const ext = extname(file).toLowerCase();
  if (!(IMPORT_FORMATS as readonly string[]).includes(ext)) fail(file, msg("import.error.unknownFormat", { file }));
  const bytes = readBytes(file, MAX_BYTES);
  switch (ext) {
    case ".txt": {
      // The plan loader's decoding: UTF-8 (with or without BOM), UTF-16, legacy encodings refused.
      const { readTxt } = await import("./txt/read-txt.js");
      return readTxt(file, decodeSource(file, bytes).text);
    }
    case ".pdf": {
      const { readPdf, ScannedPdfError, BadPdfError } = await import("./pdf/read-pdf.js");
      try {
        return await readPdf(file, bytes);
      } catch (e) {
        if (e instanceof ScannedPdfError) return fail(file, msg("import.error.scannedPdf", { file }));
        if (e instanceof BadPdfError) return fail(file, msg("import.error.badPdf", { file, reason: e.reason }));
        throw e;
      }
    }
    case ".docx":
      return docx(file, bytes);
    default: {
      let converted: Buffer;
      try {
        converted = sofficeConvertToWordFile(file);
      } catch (e) {
        if (e instanceof SofficeMissingError) return fail(file, msg("import.error.noSoffice", { ext }));
        if (e instanceof ConversionError) {
          return fail(file, e.timedOut ? msg("import.error.convertTimeout", { file, seconds: CONVERT_TIMEOUT_SECONDS }) : msg("import.error.convertFailed", { file, reason: e.reason }));
        }
        throw e;
      }
      const doc = docx(file, converted);
      return { ...doc, format: ext.slice(1) as NotedDocument["format"] };
    }
  }
}

function docx(file: string, bytes: Buffer): NotedDocument {
  try {
    return readDocx(file, bytes);
  } catch (e) {
    if (e instanceof DocxReadError) throw new InputError([docxProblemDiagnostic(file, e)]);
    throw e;
  }
}
