// Every model form of the decree ends its body with a closing sentence and "./.". A plan without
// ket_luan is reported; kehoach then puts "./." at the end of the last paragraph of the last section
// (src/model/build-document.ts), so the document still ends as the decree requires.
//
// ok:     ket_luan: Trên đây là Kế hoạch … của UBND xã
// not ok: (no ket_luan)
import type { Rule } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

export const rule: Rule = {
  id: "closing",
  description: msg("check.closing.description"),
  defaultSeverity: "warning",
  docs: "docs/nd30.md §4 (the body ends with \"./.\"); Mẫu 1.4",
  check(ctx) {
    if (ctx.plan.ket_luan !== undefined) return [];
    return [{ path: ["noi_nhan"], atKey: true, message: msg("check.closing.missing"), hint: msg("check.closing.hint") }];
  },
};
