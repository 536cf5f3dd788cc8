// XLSX → a grid of cells (first sheet), through the read-excel-file package. Loaded only when a
// batch reads an .xlsx file. Cells come back as text, numbers, booleans or Dates (UTC midnight).
import { InputError } from "../findings/errors.js";
import { pick } from "../i18n/i18n.js";
import { DATA_MSG } from "./data-messages.js";
import { fileDiagnostic } from "./read-input.js";

export async function readXlsxGrid(path: string, bytes: Buffer): Promise<{ cells: unknown[]; line: number }[]> {
  let rows: unknown[][];
  try {
    const { readSheet } = await import("read-excel-file/node");
    rows = (await readSheet(bytes)) as unknown[][];
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] ?? e.name : String(e);
    throw new InputError([fileDiagnostic(path, pick(DATA_MSG.badXlsx(why)), pick(DATA_MSG.badXlsxHint))]);
  }
  // Sheet rows are numbered from 1, as Excel shows them.
  return rows.map((cells, i) => ({ cells, line: i + 1 }));
}
