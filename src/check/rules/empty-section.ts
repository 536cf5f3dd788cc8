// A section (I., II., …) has content: a heading with nothing under it prints as a bare line.
//
// ok:     - ten: NỘI DUNG
//           noi_dung: [Tuyên truyền …]
// not ok: - ten: NỘI DUNG          (no noi_dung, an empty list, or only blank text)
import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "empty-section",
  description: { vi: "Mục (I., II., …) không được để trống nội dung.", en: "A section (I., II., …) must have content." },
  defaultSeverity: "error",
  docs: "nd30.md §4 (phần/mục: tiêu đề và nội dung)",
  check(ctx) {
    return ctx.document.sections
      .filter((s) => s.children.length === 0)
      .map((s) => ({
        path: [...s.path, "ten"],
        message: { vi: `Mục "${s.heading}" chưa có nội dung.`, en: `Section "${s.heading}" has no content.` },
        hint: { vi: "Thêm noi_dung cho mục, hoặc bỏ mục này.", en: "Add noi_dung to the section, or remove it." },
      }));
  },
};
