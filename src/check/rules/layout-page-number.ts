// Page numbers of a Word file (nd30.md §9): Arabic numerals from 1, centred in the top margin (a
// PAGE field in the header), not shown on the first page. Word's own "Page Number" button puts the
// number at the bottom of every page, page 1 included: what clerks' files most often have.
//
// ok:     a centred PAGE field in the header, "Different First Page" ticked
// not ok: the number in the footer; left- or right-aligned; shown on page 1; a plan of several
//         pages with no page numbers at all
import { msg } from "../layout-helpers.js";
import type { ReadDocument } from "../../read/read-document.js";
import type { LayoutFinding, LayoutRule } from "../rule.js";

const ALIGN_NAMES = {
  left: "check.layout-page-number.align.left",
  right: "check.layout-page-number.align.right",
  justify: "check.layout-page-number.align.justify",
} as const;

/** Characters of body text that surely fill more than one A4 page at 13–14 pt (about 2,500 a page). */
const MORE_THAN_ONE_PAGE_CHARS = 4000;

export const rule: LayoutRule = {
  id: "layout-page-number",
  appliesTo: "docx-layout",
  description: msg("check.layout-page-number.description"),
  defaultSeverity: "warning",
  docs: "docs/nd30.md §9",
  check({ document, parts }) {
    const numbers = document.pageNumbers;
    if (!numbers) return [];
    const out: LayoutFinding[] = [];
    const shown = numbers.filter((n) => n.onOtherPages || n.onFirstPage);
    if (shown.length === 0) {
      if (severalPages(document, parts.all.map((x) => x.p.text))) out.push({ paragraph: 0, message: msg("check.layout-page-number.none"), hint: msg("check.layout-page-number.noneHint") });
      return out;
    }
    if (shown.some((n) => n.where === "footer")) out.push({ paragraph: 0, message: msg("check.layout-page-number.footer"), hint: msg("check.layout-page-number.footerHint") });
    const off = shown.find((n) => n.align !== undefined && n.align !== "center");
    if (off) out.push({ paragraph: 0, message: msg("check.layout-page-number.notCentered", { align: msg(ALIGN_NAMES[off.align as keyof typeof ALIGN_NAMES]) }), hint: msg("check.layout-page-number.notCenteredHint") });
    if (shown.some((n) => n.onFirstPage)) out.push({ paragraph: 0, message: msg("check.layout-page-number.firstPage"), hint: msg("check.layout-page-number.firstPageHint") });
    return out;
  },
};

/** More than one page: as Word last laid it out, or, where it did not record pages, by the text's length. */
function severalPages(document: ReadDocument, texts: string[]): boolean {
  let lastPage = 0;
  for (const b of document.blocks) if (b.kind === "paragraph" && b.page !== undefined) lastPage = Math.max(lastPage, b.page);
  if (lastPage > 0) return lastPage > 1;
  return texts.reduce((n, t) => n + t.length, 0) > MORE_THAN_ONE_PAGE_CHARS;
}
