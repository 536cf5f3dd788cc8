// A data file's column headers → template variable names. A header that is already a name
// (xa, ten_xa, nguoiKy) is kept as written; any other header is turned into one the way a file
// name slug is made, with "_": "Tên xã" → ten_xa, "Thôn, làng" → thon_lang, "Số" → so.
import { BLOCK_HELPERS, FORBIDDEN_NAMES, HELPER_NAMES, PARENT_PREFIX } from "../text/reserved-names.js";
import { slug } from "../text/slug.js";
import type { Localized } from "../i18n/i18n.js";

export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Words Handlebars gives a meaning of its own, and names kehoach uses itself. */
const RESERVED = new Set<string>(["this", "true", "false", "null", "undefined", "else", PARENT_PREFIX, ...HELPER_NAMES, ...BLOCK_HELPERS]);

export type ColumnName = { ok: true; name: string } | { ok: false; reason: Localized };

export function columnName(header: string): ColumnName {
  const h = header.normalize("NFC").replace(/\s+/g, " ").trim();
  const name = VARIABLE_NAME.test(h) ? h : slug(h, "_");
  if (name === "") {
    return { ok: false, reason: { vi: `tiêu đề cột "${h}" không có chữ hoặc số nào để làm tên biến`, en: `the header "${h}" has no letter or digit to make a variable name from` } };
  }
  if (/^[0-9]/.test(name)) {
    return { ok: false, reason: { vi: `tên biến "${name}" (từ tiêu đề "${h}") không được bắt đầu bằng chữ số`, en: `the variable name "${name}" (from the header "${h}") must not start with a digit` } };
  }
  if (FORBIDDEN_NAMES.has(name) || FORBIDDEN_NAMES.has(h)) {
    return { ok: false, reason: { vi: `tên "${h}" không được dùng làm tên cột`, en: `"${h}" cannot be used as a column name` } };
  }
  if (RESERVED.has(name)) {
    return {
      ok: false,
      reason: { vi: `"${name}" là tên dành riêng của kehoach (hàm, từ khóa hoặc cap_tren)`, en: `"${name}" is reserved by kehoach (a helper, a keyword or cap_tren)` },
    };
  }
  return { ok: true, name };
}

/** "A", "B", …, "Z", "AA": the spreadsheet letter of a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
