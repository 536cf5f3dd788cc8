// The page of a Word file: A4 (210 × 297 mm), portrait (nd30.md §1). Landscape pages are allowed
// only for tables and forms, so a landscape first section is reported.
//
// ok:     Layout → Size → A4, Orientation → Portrait
// not ok: Letter (215.9 × 279.4 mm); A4 landscape
import { msg } from "../layout-helpers.js";
import type { LayoutRule } from "../rule.js";

const near = (a: number, b: number) => Math.abs(a - b) <= 1;

export const rule: LayoutRule = {
  id: "layout-page-size",
  appliesTo: "docx-layout",
  description: msg("check.layout-page-size.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §1",
  check({ document }) {
    const page = document.page;
    if (!page) return [];
    const { widthMm: w, heightMm: h } = page;
    if (near(w, 297) && near(h, 210)) return [{ paragraph: 0, message: msg("check.layout-page-size.landscape"), hint: msg("check.layout-page-size.landscapeHint") }];
    if (near(w, 210) && near(h, 297)) return [];
    return [{ paragraph: 0, message: msg("check.layout-page-size.notA4", { width: Math.round(w * 10) / 10, height: Math.round(h * 10) / 10 }), hint: msg("check.layout-page-size.notA4Hint") }];
  },
};
