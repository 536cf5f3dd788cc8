// The header of a Word file (ô 1–4, nd30.md §4 and §2): sizes, weights and case of the parent
// agency (12–13, upright, not bold), the agency (12–13, bold, capitals), the Quốc hiệu (12–13,
// bold, capitals), the Tiêu ngữ (13–14, bold), the Số line (13, upright) and the place and date
// (13–14, italic); the Tiêu ngữ one point larger than the Quốc hiệu and the date as large as the
// Tiêu ngữ (size coupling). A missing Quốc hiệu, Tiêu ngữ or agency is reported.
//
// ok:     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 12 pt bold / Độc lập - Tự do - Hạnh phúc 13 pt bold
// not ok: Tiêu ngữ 14 pt under a 12 pt Quốc hiệu; the date upright; the agency not bold
import { checkElement, el, inSentence, mainSize, msg } from "../layout-helpers.js";
import type { LayoutFinding, LayoutRule } from "../rule.js";

export const rule: LayoutRule = {
  id: "layout-header",
  appliesTo: "docx-layout",
  description: msg("check.layout-header.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §4 (ô 1–4), §2 size coupling",
  check({ parts }) {
    const out: LayoutFinding[] = [];
    if (!parts.nation && !parts.slogan && parts.agency.length === 0 && !parts.title) return out; // not a document with a header
    for (const [p, id] of [[parts.nation, "check.layout.element.nation"], [parts.slogan, "check.layout.element.slogan"], [parts.agency[0], "check.layout.element.agency"]] as const) {
      if (!p) out.push({ paragraph: 0, message: msg("check.layout.missing", { element: inSentence(el(id)) }), hint: msg("check.layout.missingHint", { element: inSentence(el(id)) }) });
    }
    out.push(...checkElement(parts.parentAgency, { element: el("check.layout.element.parentAgency"), min: 12, max: 13, want: 12, bold: false, italic: false, upper: true }));
    for (const a of parts.agency) out.push(...checkElement(a, { element: el("check.layout.element.agency"), min: 12, max: 13, want: 12, bold: true, italic: false, upper: true }));
    out.push(...checkElement(parts.nation, { element: el("check.layout.element.nation"), min: 12, max: 13, want: 12, bold: true, italic: false, upper: true }));
    out.push(...checkElement(parts.slogan, { element: el("check.layout.element.slogan"), min: 13, max: 14, want: 13, bold: true, italic: false }));
    out.push(...checkElement(parts.number, { element: el("check.layout.element.number"), min: 13, max: 13, want: 13, bold: false, italic: false }));
    out.push(...checkElement(parts.placeDate, { element: el("check.layout.element.placeDate"), min: 13, max: 14, want: 13, italic: true, bold: false }));
    // Size coupling: Quốc hiệu 12 → Tiêu ngữ 13 → date 13; Quốc hiệu 13 → 14 → 14.
    const nation = parts.nation && mainSize(parts.nation);
    const slogan = parts.slogan && mainSize(parts.slogan);
    const date = parts.placeDate && mainSize(parts.placeDate);
    if (nation && slogan && slogan !== nation + 1) {
      out.push({ paragraph: parts.slogan!.index, message: msg("check.layout-header.sloganSize", { slogan, nation }), hint: msg("check.layout-header.couplingHint") });
    }
    if (slogan && date && date !== slogan) {
      out.push({ paragraph: parts.placeDate!.index, message: msg("check.layout-header.dateSize", { date, slogan }), hint: msg("check.layout-header.couplingHint") });
    }
    return out;
  },
};
