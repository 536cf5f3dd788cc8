// Dates are real and in order: every date in the text exists ("ngày 31/2/2024" does not), a cited
// document is not dated after the plan itself, and the plan is not dated years ahead.
//
// ok:     ngay: 2024-04-15 … Thực hiện Kế hoạch số 70/KH-UBND ngày 15/3/2024 …
// not ok: … trước ngày 31/2/2024 …; ngay: 2024-04-15 … Kế hoạch số 70/KH-UBND ngày 20/5/2024 …
import { citationDateStart, findCitations } from "../citations.js";
import { compareDates, dateExists, findDates, formatDate, type DateMention } from "../dates-in-text.js";
import type { Finding, Rule } from "../rule.js";
import { findingIn } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

export const rule: Rule = {
  id: "date-valid",
  description: msg("check.date-valid.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §6 (thời gian ban hành)",
  check(ctx) {
    const out: Finding[] = [];
    const plan = ctx.date;
    if (plan && compareDates(plan, { year: ctx.today.year + 1, month: ctx.today.month, day: ctx.today.day }) > 0) {
      out.push({
        path: ["ngay"],
        message: msg("check.date-valid.farFuture", { p1: formatDate(plan) }),
        hint: msg("check.date-valid.farFutureHint"),
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
              msg("check.date-valid.impossible", { p1: entry.text.slice(d.valueIndex, d.index + d.length) }),
              msg("common.impossibleDateHint"),
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
              msg("check.date-valid.citedAfter", { cited, p2: formatDate(d), p3: formatDate(plan) }),
              msg("check.date-valid.citedAfterHint"),
            ),
          );
        }
      }
    }
    return out;
  },
};
