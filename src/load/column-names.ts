// A data file's column headers → template variable names. A header that is already a name
// (xa, ten_xa, nguoiKy) is kept as written; any other header is turned into one the way a file
// name slug is made, with "_": "Tên xã" → ten_xa, "Thôn, làng" → thon_lang, "Số" → so.
import { BLOCK_HELPERS, FORBIDDEN_NAMES, HELPER_NAMES, PARENT_PREFIX } from "../text/reserved-names.js";
import { slug } from "../text/slug.js";
import { type Message, msg } from "../i18n/i18n.js";

export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Words Handlebars gives a meaning of its own, and names kehoach uses itself. */
const RESERVED = new Set<string>(["this", "true", "false", "null", "undefined", "else", PARENT_PREFIX, ...HELPER_NAMES, ...BLOCK_HELPERS]);

export type ColumnName = { ok: true; name: string } | { ok: false; reason: Message };

export function columnName(header: string): ColumnName {
  const h = header.normalize("NFC").replace(/\s+/g, " ").trim();
  const name = VARIABLE_NAME.test(h) ? h : slug(h, "_");
  if (name === "") {
    return { ok: false, reason: msg("data.headerWithoutLetters", { h }) };
  }
  if (/^[0-9]/.test(name)) {
    return { ok: false, reason: msg("data.headerStartsWithDigit", { name, h }) };
  }
  if (FORBIDDEN_NAMES.has(name) || FORBIDDEN_NAMES.has(h)) {
    return { ok: false, reason: msg("data.forbiddenHeader", { h }) };
  }
  if (RESERVED.has(name)) {
    return {
      ok: false,
      reason: msg("data.reservedHeader", { name }),
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
