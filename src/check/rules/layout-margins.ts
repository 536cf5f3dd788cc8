// Margins of a Word file (nd30.md §1): top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
// Half a millimetre either side is allowed (Word shows margins in cm with two decimals).
//
// ok:     top 20, bottom 20, left 30, right 20 mm
// not ok: Word's default "Normal" margins, 25.4 mm on every side (left and right are out)
import { msg } from "../layout-helpers.js";
import type { LayoutFinding, LayoutRule } from "../rule.js";

const RANGES = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;
const SLACK = 0.5;

const SIDE_NAMES = { top: "check.layout-margins.side.top", bottom: "check.layout-margins.side.bottom", left: "check.layout-margins.side.left", right: "check.layout-margins.side.right" } as const;

export const rule: LayoutRule = {
  id: "layout-margins",
  appliesTo: "docx-layout",
  description: msg("check.layout-margins.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §1",
  check({ document }) {
    const m = document.page?.marginsMm;
    if (!m) return [];
    const out: LayoutFinding[] = [];
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const [min, max] = RANGES[side];
      const value = Math.round(m[side] * 10) / 10;
      if (value < min - SLACK || value > max + SLACK) out.push({ paragraph: 0, message: msg("check.layout-margins.range", { side: msg(SIDE_NAMES[side]), value, min, max }), hint: msg("check.layout-margins.hint") });
    }
    return out;
  },
};
