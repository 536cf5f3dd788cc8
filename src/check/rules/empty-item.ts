// A numbered item with a title ("1. Mục đích") has content under it; a point a) or a bullet has text.
//
// ok:     - ten: Mục đích
//           noi_dung: [Triển khai …]
// not ok: - ten: Kinh phí thực hiện      (nothing under the title)
import type { BlockNode } from "../../model/nodes.js";
import { runsText } from "../../model/nodes.js";
import type { Finding, Rule } from "../rule.js";

export const rule: Rule = {
  id: "empty-item",
  description: { vi: "Khoản có tiêu đề phải có nội dung; điểm và gạch đầu dòng không được trống.", en: "A titled item must have content; points and bullets must not be empty." },
  defaultSeverity: "warning",
  docs: "nd30.md §4 (khoản, điểm)",
  check(ctx) {
    const out: Finding[] = [];
    const visit = (blocks: BlockNode[]) => {
      for (const b of blocks) {
        if (b.kind === "item") {
          if (b.title !== undefined && b.children.length === 0) {
            out.push({
              path: [...b.path, "ten"],
              message: { vi: `Khoản "${b.label} ${runsText(b.title)}" chưa có nội dung.`, en: `Item "${b.label} ${runsText(b.title)}" has no content.` },
              hint: { vi: "Thêm noi_dung dưới tiêu đề, hoặc viết khoản thành một đoạn bằng doan.", en: "Add noi_dung under the title, or write the item as one paragraph with doan." },
            });
          }
          visit(b.children);
        } else if (b.kind === "point") {
          if (runsText(b.runs).trim() === "" && b.children.length === 0) {
            out.push({ path: [...b.path, "diem"], message: { vi: `Điểm ${b.label} không có nội dung.`, en: `Point ${b.label} is empty.` } });
          }
          visit(b.children);
        } else if (b.kind === "bullet" && !/[\p{L}\p{N}]/u.test(runsText(b.runs))) {
          out.push({ path: b.path, message: { vi: "Gạch đầu dòng không có nội dung.", en: "Empty bullet." } });
        } else if (b.kind === "paragraph" && !/[\p{L}\p{N}]/u.test(runsText(b.runs))) {
          const text = runsText(b.runs);
          out.push({
            path: b.path,
            needle: text.trim(),
            message: { vi: `Đoạn văn không có chữ ("${text}").`, en: `A paragraph with no words ("${text}").` },
            hint: { vi: "Xóa dòng này.", en: "Delete this line." },
          });
        }
      }
    };
    for (const s of ctx.document.sections) visit(s.children);
    return out;
  },
};
