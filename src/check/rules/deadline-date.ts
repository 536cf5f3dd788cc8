// A deadline written in the text ("báo cáo … trước ngày 05/12/2024", "hoàn thành chậm nhất ngày
// 15/3") that falls before the plan's own date: a date copied from an older plan, or a typo in the
// day or month. Dates of cited documents are not deadlines; dates of earlier years are left to
// stale-year. A date without its year ("trước ngày 15/11") is read in the plan's year.
//
// ok:     (plan of 10/3/2024) báo cáo kết quả về UBND xã trước ngày 05/12/2024
// not ok: (plan of 10/3/2024) báo cáo kết quả về UBND xã trước ngày 05/02/2024
import { citationDateStart, findCitations } from "../citations.js";
import { compareDates, findDates, formatDate } from "../dates-in-text.js";
import type { Finding, Rule } from "../rule.js";
import { findingIn } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

const CUE = /(?:trước|chậm nhất|hạn chót|thời hạn|hạn cuối|không quá|muộn nhất|xong|hoàn thành|gửi|nộp|báo cáo)\s+(?:vào\s+)?(?:ngày\s*)?$/iu;
/** "trước ngày 15/11": a day and a month without a year. */
const DAY_MONTH = /(?<=(?:trước|chậm nhất|hạn chót|thời hạn|không quá|muộn nhất)\s+(?:ngày\s+)?)(\d{1,2})\/(\d{1,2})(?![\d/])/giu;

export const rule: Rule = {
  id: "deadline-date",
  description: msg("check.deadline-date.description"),
  defaultSeverity: "warning",
  docs: "docs/nd30.md §6 (thời gian ban hành); test/fixtures/reference/README.md (dates copied from older plans)",
  check(ctx) {
    const out: Finding[] = [];
    const date = ctx.date;
    if (!date) return out;
    const planDate = formatDate(date);
    for (const entry of ctx.texts) {
      if (entry.role === "agency" || entry.role === "signature" || entry.role === "recipient" || entry.role === "place") continue;
      const text = entry.text;
      if (!/\d\/\d/.test(text)) continue;
      const cited = new Set(findCitations(text).map((c) => citationDateStart(text, c)));
      const candidates: { index: number; length: number; day: number; month: number; year: number }[] = [];
      for (const d of findDates(text)) {
        if (d.form !== "dmy" || d.year !== date.year || cited.has(d.valueIndex)) continue;
        if (!CUE.test(text.slice(Math.max(0, d.index - 40), d.index + (text.slice(d.index, d.valueIndex).length)))) continue;
        candidates.push({ index: d.valueIndex, length: d.length - (d.valueIndex - d.index), day: d.day!, month: d.month!, year: d.year });
      }
      DAY_MONTH.lastIndex = 0;
      for (const m of text.matchAll(DAY_MONTH)) {
        candidates.push({ index: m.index ?? 0, length: m[0].length, day: Number(m[1]), month: Number(m[2]), year: date.year });
      }
      for (const c of candidates) {
        if (c.month < 1 || c.month > 12) continue;
        if (compareDates(c, date) >= 0) continue;
        const written = text.slice(c.index, c.index + c.length);
        out.push(findingIn(entry, c.index, c.length, msg("check.deadline-date.early", { date: written, planDate }), msg("check.deadline-date.hint")));
      }
    }
    return out;
  },
};
