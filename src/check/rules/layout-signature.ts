// The signature block of a Word file (ô 7a/7b, nd30.md §4 and §7): the authority and title lines
// (TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH) in capitals, bold, 13–14 pt; the signer's
// name bold, 13–14 pt.
//
// ok:     TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH (14 pt bold) … Nguyễn Văn A (14 pt bold)
// not ok: the title line not bold; the name in 12 pt
import { checkElement, collapse, el, messageKey, msg } from "../layout-helpers.js";
import type { LayoutFinding, LayoutRule } from "../rule.js";

export const rule: LayoutRule = {
  id: "layout-signature",
  appliesTo: "docx-layout",
  description: msg("check.layout-signature.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §4 (ô 7a/7b), §7",
  check({ parts }) {
    const out: LayoutFinding[] = [];
    const lines = parts.authority.flatMap((p) => checkElement(p, { element: el("check.layout.element.authority"), min: 13, max: 14, want: 14, bold: true, italic: false, upper: true }));
    out.push(...collapse(lines.map((finding) => ({ key: messageKey(finding.message), finding }))));
    out.push(...checkElement(parts.signer, { element: el("check.layout.element.signer"), min: 13, max: 14, want: 14, bold: true, italic: false }));
    return out;
  },
};
