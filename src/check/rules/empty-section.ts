// A section (I., II., …) has content: a heading with nothing under it prints as a bare line.
//
// ok:     - ten: NỘI DUNG
//           noi_dung: [Tuyên truyền …]
// not ok: - ten: NỘI DUNG          (no noi_dung, an empty list, or only blank text)
import type { Rule } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

export const rule: Rule = {
  id: "empty-section",
  description: msg("check.empty-section.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §4 (phần/mục: tiêu đề và nội dung)",
  check(ctx) {
    return ctx.document.sections
      .filter((s) => s.children.length === 0)
      .map((s) => ({
        path: [...s.path, "ten"],
        message: msg("check.empty-section.empty", { heading: s.heading }),
        hint: msg("check.empty-section.hint"),
      }));
  },
};
