// XLSX → a grid of cells (first sheet), through the read-excel-file package. Loaded only when a
// batch reads an .xlsx file. Cells come back as text, numbers, booleans or Dates (UTC midnight).
import { InputError } from "../findings/errors.js";
import { fileDiagnostic } from "./read-input.js";
import { msg } from "../i18n/i18n.js";

export async function readXlsxGrid(path: string, bytes: Buffer): Promise<{ cells: unknown[]; line: number }[]> {
  let rows: unknown[][];
  try {
    const { readSheet } = await import("read-excel-file/node");
    rows = (await readSheet(bytes)) as unknown[][];
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] ?? e.name : String(e);
    throw new InputError([fileDiagnostic(path, msg("data.badXlsx", { why }), msg("data.badXlsxHint"))]);
  }
  // Sheet rows are numbered from 1, as Excel shows them.
  return rows.map((cells, i) => ({ cells, line: i + 1 }));
}
