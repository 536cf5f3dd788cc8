// XLSX → a grid of cells (first sheet), each cell as Excel shows it. Loaded only when a batch
// reads an .xlsx file. The archive is bounded before anything is parsed (a zip bomb of a few MB
// declares gigabytes): at most LIMITS.maxXlsxUnpackedBytes unpacked, whatever the parts claim.
import { InputError } from "../findings/errors.js";
import { msg } from "../i18n/i18n.js";
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
    throw new InputError([fileDiagnostic(path, msg("data.badXlsx", { why: e.message }), msg("data.badXlsxHint"))]);
  }
}
