// Counted words, phrased once: "3 lỗi" / "3 errors", and lists of rows, lines or items cut after
// their first few: "xa.csv, dòng 3, 7 và 12 dòng khác".
import { msg, type Message, type MessageId, type Param } from "./i18n.js";

export type RowUnit = "line" | "sheetRow" | "item";

const UNITS: Record<RowUnit, readonly [one: MessageId, other: MessageId]> = {
  line: ["rows.line.one", "rows.line.other"],
  sheetRow: ["rows.sheetRow.one", "rows.sheetRow.other"],
  item: ["rows.item.one", "rows.item.other"],
};

/** "dòng" / "line" or "lines", for `n` of them. */
export function unitWord(unit: RowUnit, n: number): Message {
  return msg(UNITS[unit][n === 1 ? 0 : 1]);
}

/** `shown`, followed by "và N dòng khác" / "and N more lines" when `more` are left out. */
export function andMore(shown: Param, more: number, unit: RowUnit = "line"): Param {
  return more > 0 ? msg("rows.andMore", { shown, more, unit: unitWord(unit, more) }) : shown;
}

const COUNTED = {
  errors: ["count.errors.one", "count.errors.other"],
  warnings: ["count.warnings.one", "count.warnings.other"],
  files: ["count.files.one", "count.files.other"],
  rowsFailed: ["batch.rowsFailed.one", "batch.rowsFailed.other"],
} as const satisfies Record<string, readonly [MessageId, MessageId]>;

/** "1 error", "2 errors" (in Vietnamese "1 lỗi", "2 lỗi"). */
export function counted(what: keyof typeof COUNTED, n: number): Message {
  return msg(COUNTED[what][n === 1 ? 0 : 1], { n });
}
