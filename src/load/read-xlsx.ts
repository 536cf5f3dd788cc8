// XLSX → a grid of cells (first sheet), each cell as Excel shows it. Loaded only when a batch
// reads an .xlsx file. The archive is bounded before anything is parsed (a zip bomb of a few MB
// declares gigabytes): at most LIMITS.maxXlsxUnpackedBytes unpacked, whatever the parts claim.
import { InputError } from "../findings/errors.js";
import { type Message, msg } from "../i18n/i18n.js";
import { LIMITS } from "../limits.js";
import { fileDiagnostic, formatBytes } from "./read-input.js";
import { readFirstSheet } from "./xlsx/read-sheet.js";
import { ZipError, ZipReader } from "./zip-reader.js";

export async function readXlsxGrid(path: string, bytes: Buffer): Promise<{ cells: unknown[]; line: number }[]> {
  try {
    return readFirstSheet(new ZipReader(bytes, { maxTotalBytes: LIMITS.maxXlsxUnpackedBytes, refuseDeclaredTotal: true }));
  } catch (e) {
    if (e instanceof ZipError && e.reason === "too-large") {
      throw new InputError([fileDiagnostic(path, msg("data.xlsxTooLarge", { max: formatBytes(LIMITS.maxXlsxUnpackedBytes) }), msg("data.xlsxTooLargeHint"))]);
    }
    if (!(e instanceof ZipError) && !(e instanceof RangeError)) throw e;
    throw new InputError([fileDiagnostic(path, msg("data.badXlsx", { why: xlsxReason(e) }), msg("data.badXlsxHint"))]);
  }
}

/** Why the file is not a readable .xlsx, in words; the reader's own detail kept in brackets. */
function xlsxReason(e: ZipError | RangeError): Message {
  if (!(e instanceof ZipError)) return msg("data.xlsxReason.corrupt", { detail: e.message });
  if (e.reason === "not-zip") return msg("data.xlsxReason.notZip");
  if (e.reason === "encrypted") return msg("data.xlsxReason.encrypted");
  if (e.reason === "unsupported") return msg("data.xlsxReason.unsupported", { detail: e.message });
  return msg("data.xlsxReason.corrupt", { detail: e.message });
}
