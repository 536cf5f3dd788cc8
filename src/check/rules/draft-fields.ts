// With --final (a plan about to be signed and issued), the number and the full date are filled in.
// Without --final a draft passes: "Số:      /KH-UBND" and "ngày      tháng 4 năm 2024" are how a
// draft is meant to look.
//
// ok (--final): so: 12 … ngay: 2024-04-15
// not ok (--final): no so; ngay: 2024-04
import type { Finding, Rule } from "../rule.js";

export const rule: Rule = {
  id: "draft-fields",
  description: {
    vi: "Với --final: kế hoạch phải có số văn bản và đủ ngày ban hành (dự thảo thì được để trống).",
    en: "With --final: the plan must have its number and a full date (a draft may leave them blank).",
  },
  defaultSeverity: "error",
  docs: "nd30.md §6 (số và ngày điền khi ký; Điều 15.2)",
  check(ctx) {
    if (!ctx.final || ctx.template) return [];
    const out: Finding[] = [];
    if (ctx.plan.so === undefined) {
      out.push({
        path: [],
        message: { vi: "Bản chính thức (--final) cần số văn bản (so).", en: "A final plan (--final) needs its number (so)." },
        hint: { vi: "Thêm \"so: 12\" khi văn bản được cấp số.", en: "Add \"so: 12\" once the document has its number." },
      });
    }
    if (ctx.date && ctx.date.day === undefined) {
      out.push({
        path: ["ngay"],
        message: { vi: "Bản chính thức (--final) cần đủ ngày, tháng, năm ban hành.", en: "A final plan (--final) needs a full date." },
        hint: { vi: "Viết ngay: 2024-04-15 (hoặc 15/4/2024).", en: "Write ngay: 2024-04-15 (or 15/4/2024)." },
      });
    }
    return out;
  },
};
