// With --final (a plan about to be signed and issued), the number and the full date are filled in.
// Without --final a draft passes: "Số:      /KH-UBND" and "ngày      tháng 4 năm 2024" are how a
// draft is meant to look.
//
// ok (--final): so: 12 … ngay: 2024-04-15
// not ok (--final): no so; ngay: 2024-04
import type { Finding, Rule } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

export const rule: Rule = {
  id: "draft-fields",
  description: msg("check.draft-fields.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §6 (số và ngày điền khi ký; Điều 15.2)",
  check(ctx) {
    if (!ctx.final || ctx.template) return [];
    const out: Finding[] = [];
    if (ctx.plan.so === undefined) {
      out.push({
        path: [],
        message: msg("check.draft-fields.finalNeedsNumber"),
        hint: msg("check.draft-fields.numberHint"),
      });
    }
    if (ctx.date && ctx.date.day === undefined) {
      out.push({
        path: ["ngay"],
        message: msg("check.draft-fields.finalNeedsDay"),
        hint: msg("check.draft-fields.dayHint"),
      });
    }
    return out;
  },
};
