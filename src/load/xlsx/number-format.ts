// A number cell as Excel shows it, from its number format: 07:30 (not 30/12/1899), 15 % (not
// 0.15), 0912345678 kept by a "0000000000" format, dates as nd30 writes them (dd/mm/yyyy).
// Covers the built-in formats and the custom codes officers use; anything else is shown like
// Excel's General format. Thousands and decimals are written the Vietnamese way (1.500,5).
import { shortDate } from "../../text/vietnamese-date.js";

/** Built-in format ids → codes (ECMA-376 §18.8.30), those that matter for the text. */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "d/m/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "d/m/yyyy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export function builtInFormat(id: number): string {
  return BUILT_IN[id] ?? "General";
}

/** The code without quoted literals, escapes, colours and conditions: what decides the kind. */
function bare(code: string): string {
  return code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "$1")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "");
}

/** Excel's General: up to 11 significant digits, no exponent for ordinary sizes. */
export function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(11)));
}

function grouped(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** Excel's serial day (1900 system, or 1904) → calendar parts, with the fraction as a time. */
function serialParts(serial: number, date1904: boolean): { y: number; m: number; d: number; hh: number; mi: number; ss: number } {
  const days = Math.floor(serial);
  const ms = Math.round((serial - days) * 86_400_000 / 1000) * 1000;
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const t = new Date(base + days * 86_400_000 + ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), hh: t.getUTCHours(), mi: t.getUTCMinutes(), ss: t.getUTCSeconds() };
}

export function formatNumber(n: number, code: string, date1904 = false): string {
  const section = code.split(";")[n < 0 && code.includes(";") ? 1 : 0] ?? code;
  const b = bare(section);
  if (/^general$/i.test(b.trim()) || b.trim() === "@" || b.trim() === "") return general(n);
  const lower = b.toLowerCase();
  const hasDate = /[dy]/.test(lower) || (/m/.test(lower) && !/[hs]/.test(lower));
  const hasTime = /[hs]/.test(lower);
  if (hasDate || hasTime) {
    const p = serialParts(n, date1904);
    const time = `${pad2(p.hh)}:${pad2(p.mi)}${/s/.test(lower) ? `:${pad2(p.ss)}` : ""}`;
    if (!hasDate) {
      // [h]:mm counts hours past a day; a plain time of day wraps.
      if (/\[h+\]/i.test(section)) return `${Math.floor(n * 24)}:${pad2(p.mi)}${/s/.test(lower) ? `:${pad2(p.ss)}` : ""}`;
      return time;
    }
    // Day and month padded as the code pads them ("dd/mm/yyyy" → 05/04/2024; "d/m/yyyy" → 5/4/2024);
    // the year in full, as nd30 writes it. Minutes ("h:mm") are not a month.
    const datePart = lower.replace(/h+[^dmy]*m+(?:[^dmy]*s+)?/g, "");
    // The locale's short date (built-in 14, "d/m/yyyy") is written as nd30 writes dates in text.
    const date =
      /dd|mm/.test(datePart) ? `${/dd/.test(datePart) ? pad2(p.d) : p.d}/${/mm/.test(datePart) ? pad2(p.m) : p.m}/${p.y}` : shortDate({ year: p.y, month: p.m, day: p.d });
    return hasTime ? `${date} ${time}` : date;
  }
  const percent = b.includes("%");
  const value = percent ? n * 100 : n;
  if (/e[+-]/i.test(b)) return general(n);
  const [intCode = "", fracCode = ""] = b.replace(/%/g, "").split(".");
  const decimals = (fracCode.match(/[0#?]/g) ?? []).length;
  const minInt = (intCode.match(/0/g) ?? []).length;
  const fixed = Math.abs(value).toFixed(decimals);
  let [intPart = "0", frac = ""] = fixed.split(".");
  // "0000000000" keeps leading zeros: a phone number, a code.
  if (intPart.length < minInt) intPart = intPart.padStart(minInt, "0");
  if (minInt === 0 && intPart === "0" && decimals > 0) intPart = "0";
  if (intCode.includes(",")) intPart = grouped(intPart);
  // Optional decimals ("#") drop their trailing zeros, as Excel does.
  const required = (fracCode.match(/0/g) ?? []).length;
  while (frac.length > required && frac.endsWith("0")) frac = frac.slice(0, -1);
  const sign = value < 0 && !code.includes(";") ? "-" : "";
  const literal = (section.match(/"([^"]*)"/g) ?? []).map((q) => q.slice(1, -1)).join("");
  return `${sign}${intPart}${frac ? `,${frac}` : ""}${percent ? "%" : ""}${literal ? ` ${literal.trim()}` : ""}`.trim();
}
