// A numbered item with a title ("1. Mục đích") has content under it; a point a) or a bullet has text.
//
// ok:     - ten: Mục đích
//           noi_dung: [Triển khai …]
// not ok: - ten: Kinh phí thực hiện      (nothing under the title)
import type { BlockNode } from "../../model/nodes.js";
import { runsText } from "../../model/nodes.js";
import type { Finding, Rule } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

export const rule: Rule = {
  id: "empty-item",
  description: msg("check.empty-item.description"),
  defaultSeverity: "warning",
  docs: "docs/nd30.md §4 (khoản, điểm)",
  check(ctx) {
    const out: Finding[] = [];
    const visit = (blocks: BlockNode[]) => {
      for (const b of blocks) {
        if (b.kind === "item") {
          if (b.title !== undefined && b.children.length === 0) {
            out.push({
              path: [...b.path, "ten"],
              message: msg("check.empty-item.emptyItem", { label: b.label, p2: runsText(b.title) }),
              hint: msg("check.empty-item.emptyItemHint"),
            });
          }
          visit(b.children);
        } else if (b.kind === "point") {
          if (runsText(b.runs).trim() === "" && b.children.length === 0) {
            out.push({ path: [...b.path, "diem"], message: msg("check.empty-item.emptyPoint", { label: b.label }) });
          }
          visit(b.children);
        } else if (b.kind === "bullet" && !/[\p{L}\p{N}]/u.test(runsText(b.runs))) {
          out.push({ path: b.path, message: msg("check.empty-item.emptyBullet") });
        } else if (b.kind === "paragraph" && !/[\p{L}\p{N}]/u.test(runsText(b.runs))) {
          const text = runsText(b.runs);
          out.push({
            path: b.path,
            needle: text.trim(),
            message: msg("check.empty-item.emptyParagraph", { text }),
            hint: msg("check.empty-item.deleteLine"),
          });
        }
      }
    };
    for (const s of ctx.document.sections) visit(s.children);
    return out;
  },
};
