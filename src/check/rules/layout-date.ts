// The leading zeros of a Word file's header (nd30.md §6): the date line "<Địa danh>, ngày DD tháng
// MM năm YYYY" with a comma after the place, days below 10 and months 1 and 2 with a leading zero;
// and the document number of the "Số:" line, which below 10 has one too ("Số: 02/KH-UBND").
// Blanks of a draft are fine. (A plan written in YAML cannot get this wrong: kehoach writes both.)
//
// ok:     Cẩm Tân, ngày 05 tháng 02 năm 2025 / Cẩm Tân, ngày      tháng 4 năm 2024 / Số: 02/KH-UBND
// not ok: Cẩm Tân, ngày 5 tháng 2 năm 2025 / Cẩm Tân ngày 15 tháng 4 năm 2025 / Số: 2/KH-UBND
import { msg } from "../layout-helpers.js";
import type { LayoutFinding, LayoutRule } from "../rule.js";

const NUMBER = /^Số\s*:\s*(\d+)\s*\//u;
const DATE = /^(.*?)(,?)\s*ngày\s+(\S*?)\s*tháng\s+(\S*?)\s*năm\s+(\d{4})/u;

export const rule: LayoutRule = {
  id: "layout-date",
  appliesTo: "docx-layout",
  description: msg("check.layout-date.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §6 (date, place-comma, number)",
  check({ parts }) {
    const out: LayoutFinding[] = [];
    const n = parts.number && NUMBER.exec(parts.number.text.trim());
    if (n && /^[1-9]$/.test(n[1]!)) {
      out.push({ paragraph: parts.number!.index, quote: n[0], message: msg("check.layout-date.numberZero", { number: n[1]! }), hint: msg("check.layout-date.zeroHint", { fixed: `Số: 0${n[1]}/` }) });
    }
    const p = parts.placeDate;
    if (!p) return out;
    const text = p.text.replace(/\s+/g, " ").trim();
    const m = DATE.exec(text);
    if (!m) return out;
    const [, place, comma, day, month] = m as unknown as [string, string, string, string, string];
    if (place.trim() && !comma) out.push({ paragraph: p.index, quote: `${place.trim()} ngày`, message: msg("check.layout-date.comma", { place: place.trim() }), hint: msg("check.layout-date.commaHint", { place: place.trim() }) });
    if (/^[1-9]$/.test(day)) out.push({ paragraph: p.index, quote: `ngày ${day}`, message: msg("check.layout-date.dayZero", { day }), hint: msg("check.layout-date.zeroHint", { fixed: `ngày 0${day}` }) });
    if (/^[12]$/.test(month)) out.push({ paragraph: p.index, quote: `tháng ${month}`, message: msg("check.layout-date.monthZero", { month }), hint: msg("check.layout-date.zeroHint", { fixed: `tháng 0${month}` }) });
    return out;
  },
};
