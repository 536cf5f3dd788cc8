// The document type and summary of a Word file (ô 5a, nd30.md §4): "KẾ HOẠCH" in capitals, 13–14
// pt, bold, centred; the summary line(s) under it 13–14 pt, bold, centred.
//
// ok:     KẾ HOẠCH (14 pt bold, centred) / Phòng, chống thiên tai năm 2025 (14 pt bold, centred)
// not ok: "Kế hoạch" typed in lower case; the summary in 13 pt italic; the title left-aligned
import { checkElement, el, inSentence, msg } from "../layout-helpers.js";
import type { LayoutFinding, LayoutRule } from "../rule.js";

export const rule: LayoutRule = {
  id: "layout-title",
  appliesTo: "docx-layout",
  description: msg("check.layout-title.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §4 (ô 5a)",
  check({ parts }) {
    const out: LayoutFinding[] = [];
    if (!parts.title) {
      if (parts.nation || parts.slogan) out.push({ paragraph: 0, message: msg("check.layout.missing", { element: inSentence(el("check.layout.element.title")) }), hint: msg("check.layout.missingHint", { element: inSentence(el("check.layout.element.title")) }) });
      return out;
    }
    out.push(...checkElement(parts.title, { element: el("check.layout.element.title"), min: 13, max: 14, want: 14, bold: true, italic: false, upper: true, center: true }));
    for (const s of parts.summary) out.push(...checkElement(s, { element: el("check.layout.element.summary"), min: 13, max: 14, want: 14, bold: true, italic: false, center: true }));
    return out;
  },
};
