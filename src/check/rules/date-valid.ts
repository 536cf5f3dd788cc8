// Dates are real and in order: every date in the text exists ("ngày 31/2/2024" does not), a cited
// document is not dated after the plan itself, and the plan is not dated years ahead.
//
// ok:     ngay: 2024-04-15 … Thực hiện Kế hoạch số 70/KH-UBND ngày 15/3/2024 …
// not ok: … trước ngày 31/2/2024 …; ngay: 2024-04-15 … Kế hoạch số 70/KH-UBND ngày 20/5/2024 …
import { citationDateStart, findCitations } from "../citations.js";
import { compareDates, dateExists, findDates, formatDate, type DateMention } from "../dates-in-text.js";
import type { Finding, Rule } from "../rule.js";
import { findingIn } from "../rule.js";

export const rule: Rule = {
  id: "date-valid",
  description: {
    vi: "Ngày tháng có thật; văn bản được dẫn không ban hành sau ngày của kế hoạch.",
    en: "Dates exist; a cited document is not dated after the plan.",
  },
  defaultSeverity: "error",
  docs: "nd30.md §6 (thời gian ban hành)",
  check(ctx) {
    const out: Finding[] = [];
    const plan = ctx.date;
    if (plan && compareDates(plan, { year: ctx.today.year + 1, month: ctx.today.month, day: ctx.today.day }) > 0) {
      out.push({
        path: ["ngay"],
        message: { vi: `Ngày ban hành ${formatDate(plan)} còn hơn một năm nữa mới tới.`, en: `The plan's date ${formatDate(plan)} is more than a year ahead.` },
        hint: { vi: "Kiểm tra lại năm.", en: "Check the year." },
      });
    }
    for (const entry of ctx.texts) {
      const dates = findDates(entry.text);
      if (dates.length === 0) continue;
      const byStart = new Map<number, DateMention>();
      for (const d of dates) {
        byStart.set(d.valueIndex, d);
        byStart.set(d.index, d);
        if (!dateExists(d)) {
          out.push(
            findingIn(
              entry,
              d.valueIndex,
              d.length - (d.valueIndex - d.index),
              { vi: `Ngày "${entry.text.slice(d.valueIndex, d.index + d.length)}" không tồn tại.`, en: `The date "${entry.text.slice(d.valueIndex, d.index + d.length)}" does not exist.` },
              { vi: "Kiểm tra lại ngày và tháng (tháng 2 có 28 hoặc 29 ngày; tháng 4, 6, 9, 11 có 30 ngày).", en: "Check the day and the month." },
            ),
          );
        }
      }
      if (!plan) continue;
      for (const c of findCitations(entry.text)) {
        const start = citationDateStart(entry.text, c);
        if (start === undefined) continue;
        const d = byStart.get(start);
        if (!d || d.day === undefined || !dateExists(d)) continue;
        // A draft without a day: only a later month (or year) is surely wrong.
        if (compareDates(d, plan) > 0) {
          const cited = `${c.typeText} ${c.number}${c.separator}${c.symbol}`;
          out.push(
            findingIn(
              entry,
              d.valueIndex,
              d.length - (d.valueIndex - d.index),
              {
                vi: `${cited} ngày ${formatDate(d)} được dẫn trong một kế hoạch ngày ${formatDate(plan)}: văn bản được dẫn không thể ban hành sau.`,
                en: `${cited} of ${formatDate(d)} is cited in a plan dated ${formatDate(plan)}: a cited document cannot be issued later.`,
              },
              { vi: "Kiểm tra lại ngày của văn bản được dẫn hoặc ngày ban hành (ngay).", en: "Check the cited document's date or the plan's date (ngay)." },
            ),
          );
        }
      }
    }
    return out;
  },
};
