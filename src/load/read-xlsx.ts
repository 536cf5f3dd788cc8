// XLSX → a grid of cells (first sheet), each cell as Excel shows it. Loaded only when a batch
// reads an .xlsx file. The archive is bounded before anything is parsed (a zip bomb of a few MB
// declares gigabytes): at most LIMITS.maxXlsxUnpackedBytes unpacked, whatever the parts claim.
import { InputError } from "../diagnostics/errors.js";
import { hostile } from "../i18n/feature-hostile.js";
import { pick } from "../i18n/i18n.js";
import { LIMITS } from "../limits.js";
import { DATA_MSG } from "./data-messages.js";
import { fileDiagnostic, formatBytes } from "./read-input.js";
import { readFirstSheet } from "./xlsx/read-sheet.js";
import { ZipError, ZipReader } from "./xlsx/unzip.js";

export async function readXlsxGrid(path: string, bytes: Buffer): Promise<{ cells: unknown[]; line: number }[]> {
  try {
    return readFirstSheet(new ZipReader(bytes, LIMITS.maxXlsxUnpackedBytes));
  } catch (e) {
    if (e instanceof ZipError && e.tooLarge) {
      throw new InputError([fileDiagnostic(path, pick(hostile("xlsx.tooLarge", { max: formatBytes(LIMITS.maxXlsxUnpackedBytes) })), pick(hostile("xlsx.tooLarge.hint")))]);
    }
    if (!(e instanceof ZipError) && !(e instanceof RangeError)) throw e;
    throw new InputError([fileDiagnostic(path, pick(DATA_MSG.badXlsx(e.message)), pick(DATA_MSG.badXlsxHint))]);
  }
}
