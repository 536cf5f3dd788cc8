// Every model form of the decree ends its body with a closing sentence and "./.". A plan without
// ket_luan is reported; kehoach then puts "./." at the end of the last paragraph of the last section
// (src/model/build-document.ts), so the document still ends as the decree requires.
//
// ok:     ket_luan: Trên đây là Kế hoạch … của UBND xã
// not ok: (no ket_luan)
import { checkMessage } from "../../i18n/feature-check.js";
import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "closing",
  description: checkMessage("check.closing.description"),
  defaultSeverity: "warning",
  docs: "nd30.md §4 (the body ends with \"./.\"); Mẫu 1.4",
  check(ctx) {
    if (ctx.plan.ket_luan !== undefined) return [];
    return [{ path: ["noi_nhan"], atKey: true, message: checkMessage("check.closing.missing"), hint: checkMessage("check.closing.hint") }];
  },
};
