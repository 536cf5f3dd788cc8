// Nơi nhận per nd30 §8: the last item is the archive line "Lưu: VT, <drafting unit>" — "Lưu",
// a colon, then "VT" (văn thư) — and it appears once, at the end.
//
// ok:     noi_nhan: [Phòng LĐTBXH huyện (b/c), "Lưu: VT, CSXH"]
// not ok: noi_nhan: ["Lưu VT", Phòng LĐTBXH huyện]   → "Lưu" not last, no colon
import { foldVietnamese } from "../../text/fold.js";
import type { Finding, Rule } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

/** The item as the writer prints it: without a typed "- " and the final ";" or ".". */
function core(raw: string): string {
  return raw.trim().replace(/^[-–+•]\s*/, "").replace(/[;.,]+$/, "").trim();
}

const ARCHIVE = /^Lưu\s*:\s*VT(?![\p{L}])/u;

export const rule: Rule = {
  id: "recipients",
  description: msg("check.recipients.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §8",
  check(ctx) {
    if (ctx.template && ctx.plan.noi_nhan.some((r) => r.includes("{{"))) return [];
    const items = ctx.plan.noi_nhan.map(core);
    const out: Finding[] = [];
    const archive = items
      .map((t, i) => ({ t, i }))
      .filter(({ t }) => foldVietnamese(t).startsWith("luu"));
    const last = items.length - 1;
    items.forEach((t, i) => {
      // "Đảng ủy, HĐND; (b/c)", "Ban CS – LP TP; đ/c Thanh Loan": the ";" that ends the line, typed
      // before its annotation. (A ";" between two groups, "phòng, ban, ngành; đoàn thể", is left alone.)
      const semi = /;\s*(\(|đ\/c\b)/u.exec(t);
      if (semi) {
        out.push({
          path: ctx.sourcePathOf(["noi_nhan", i]),
          within: { value: ctx.plan.noi_nhan[i]!, index: ctx.plan.noi_nhan[i]!.indexOf(";"), length: 1 },
          message: msg("check.recipients.semicolonInside", { t }),
          hint: msg("check.recipients.semicolonInsideHint"),
        });
      }
    });
    if (archive.length === 0) {
      out.push({
        path: ["noi_nhan", last],
        message: msg("check.recipients.missingArchive"),
        hint: msg("check.recipients.missingArchiveHint"),
      });
      return out;
    }
    for (const { t, i } of archive) {
      const path = ctx.sourcePathOf(["noi_nhan", i]);
      if (i !== last) {
        out.push({
          path,
          message: msg("check.recipients.archiveNotLast", { t }),
          hint: msg("check.recipients.archiveNotLastHint"),
        });
      } else if (!ARCHIVE.test(t)) {
        const unit = t.replace(/^Lưu\s*:?\s*(VT|Văn thư|văn thư)?\s*,?\s*/iu, "");
        out.push({
          path,
          message: msg("check.recipients.badArchive", { t }),
          hint: msg("check.recipients.badArchiveHint", { unit: unit ? ", " + unit : msg("check.recipients.draftingUnit") }),
        });
      }
    }
    return out;
  },
};
