// The size of a Word file's body text (nd30.md §4 "nội dung", §5): 13–14 pt, one size for all
// of it. One finding per wrong size, at its first paragraph.
//
// ok:     every body paragraph in 14 pt
// not ok: the body in 12 pt; one paragraph in 13 pt among 14 pt ones
import { collapse, mainSize, msg } from "../layout-helpers.js";
import type { LayoutFinding, LayoutRule } from "../rule.js";

export const rule: LayoutRule = {
  id: "layout-body-size",
  appliesTo: "docx-layout",
  description: msg("check.layout-body-size.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §4 (nội dung), §5 size",
  check({ parts }) {
    const sizes = parts.body.map((p) => [p, mainSize(p)] as const);
    const weight = new Map<number, number>();
    for (const [p, s] of sizes) if (s !== undefined) weight.set(s, (weight.get(s) ?? 0) + p.text.length);
    const main = [...weight].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
    const list: { key: string; finding: LayoutFinding }[] = [];
    for (const [p, size] of sizes) {
      if (size === undefined) continue;
      const hint = msg("check.layout-body-size.hint");
      if (size < 13 || size > 14) list.push({ key: `range:${size}`, finding: { paragraph: p.index, message: msg("check.layout-body-size.range", { size }), hint } });
      else if (main !== undefined && size !== main && main >= 13 && main <= 14) list.push({ key: `mixed:${size}`, finding: { paragraph: p.index, message: msg("check.layout-body-size.mixed", { size, main }), hint } });
    }
    return collapse(list);
  },
};
