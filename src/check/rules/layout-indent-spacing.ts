// Indent and spacing of a Word file's body paragraphs (nd30.md §5): first-line indent 1 cm or
// 1.27 cm, at least 6 pt between paragraphs (space after the one above plus space before this one),
// line spacing from single to 1.5 lines (an exact or at-least height is compared with Times New
// Roman's single line, 1.15 × the size). One finding per fault and value, naming the paragraphs.
//
// ok:     first line 1 cm, before 6 pt, line spacing 1.2
// not ok: no first-line indent; 0 pt between paragraphs; double line spacing
import { collapse, mainSize, msg, round } from "../layout-helpers.js";
import type { LayoutFinding, LayoutRule } from "../rule.js";

const PT_PER_CM = 72 / 2.54;
const INDENTS = [1, 1.27].map((cm) => cm * PT_PER_CM);
const SINGLE = 1.15;

export const rule: LayoutRule = {
  id: "layout-indent-spacing",
  appliesTo: "docx-layout",
  description: msg("check.layout-indent-spacing.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §5",
  check({ parts }) {
    const list: { key: string; finding: LayoutFinding }[] = [];
    let prev: (typeof parts.body)[number] | undefined;
    for (const p of parts.body) {
      const indent = p.indentFirstLinePt ?? 0;
      if (!INDENTS.some((v) => Math.abs(indent - v) <= 0.75)) {
        const cm = round(indent / PT_PER_CM, 2);
        list.push({ key: `indent:${cm}`, finding: { paragraph: p.index, message: msg("check.layout-indent-spacing.indent", { value: cm }), hint: msg("check.layout-indent-spacing.indentHint") } });
      }
      if (prev && prev.index === p.index - 1) {
        const gap = (prev.spacingAfterPt ?? 0) + (p.spacingBeforePt ?? 0);
        if (gap < 6 - 0.01) list.push({ key: `gap:${gap}`, finding: { paragraph: p.index, message: msg("check.layout-indent-spacing.spacing", { value: round(gap) }), hint: msg("check.layout-indent-spacing.spacingHint") } });
      }
      const ls = p.lineSpacing;
      if (ls) {
        const size = mainSize(p) ?? 14;
        const lines = ls.rule === "auto" ? ls.value : ls.value / (SINGLE * size);
        const tooTight = ls.rule === "auto" ? lines < 1 - 0.01 : ls.rule === "exact" && lines < 0.95;
        const tooLoose = ls.rule === "auto" ? lines > 1.5 + 0.01 : lines > 1.5 * 1.05;
        if (tooTight || tooLoose) {
          const shown = ls.rule === "auto" ? msg("lines.multiple", { value: round(ls.value, 2) }) : msg(ls.rule === "exact" ? "lines.exact" : "lines.atLeast", { value: round(ls.value) });
          list.push({ key: `line:${ls.rule}:${ls.value}`, finding: { paragraph: p.index, message: msg("check.layout-indent-spacing.line", { value: shown }), hint: msg("check.layout-indent-spacing.lineHint") } });
        }
      }
      prev = p;
    }
    return collapse(list);
  },
};
