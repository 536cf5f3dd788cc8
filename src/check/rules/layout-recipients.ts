// Nơi nhận in a Word file (ô 9b, nd30.md §8): the label "Nơi nhận:" 12 pt, bold and italic; each
// recipient line 11 pt, upright, not bold.
//
// ok:     Nơi nhận: (12 pt bold italic) / - Như trên; (11 pt)
// not ok: the recipients in 14 pt like the body; "Nơi nhận:" upright
import { checkElement, collapse, el, messageKey, msg } from "../layout-helpers.js";
import type { LayoutFinding, LayoutRule } from "../rule.js";

export const rule: LayoutRule = {
  id: "layout-recipients",
  appliesTo: "docx-layout",
  description: msg("check.layout-recipients.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §8",
  check({ parts }) {
    const out: LayoutFinding[] = [];
    out.push(...checkElement(parts.recipientsLabel, { element: el("check.layout.element.recipientsLabel"), min: 12, max: 12, want: 12, bold: true, italic: true }));
    // The same fault on every line is one finding.
    const items = parts.recipients.flatMap((p) => checkElement(p, { element: el("check.layout.element.recipient"), min: 11, max: 11, want: 11, bold: false, italic: false }));
    return [...out, ...collapse(items.map((finding) => ({ key: messageKey(finding.message), finding })))];
  },
};
