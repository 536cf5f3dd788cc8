// Body paragraphs of a Word file are justified on both margins (nd30.md §5). One finding per
// alignment, at its first paragraph, naming the others.
//
// ok:     Paragraph → Alignment: Justified
// not ok: body paragraphs left-aligned (Word's default)
import { collapse, msg } from "../layout-helpers.js";
import type { LayoutFinding, LayoutRule } from "../rule.js";

const ALIGN_NAMES = { left: "check.layout-justify.align.left", center: "check.layout-justify.align.center", right: "check.layout-justify.align.right" } as const;

export const rule: LayoutRule = {
  id: "layout-justify",
  appliesTo: "docx-layout",
  description: msg("check.layout-justify.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §5 alignment",
  check({ parts }) {
    const list: { key: string; finding: LayoutFinding }[] = [];
    for (const p of parts.body) {
      const align = p.align ?? "left";
      if (align === "justify") continue;
      list.push({ key: align, finding: { paragraph: p.index, message: msg("check.layout-justify.notJustified", { align: msg(ALIGN_NAMES[align as keyof typeof ALIGN_NAMES] ?? "check.layout-justify.align.left") }), hint: msg("check.layout-justify.hint") } });
    }
    return collapse(list);
  },
};
