// The short rules of a Word file's header (nd30.md §10): under the agency's name 1/3 to 1/2 of its
// line, under the Tiêu ngữ as long as the Tiêu ngữ, under the summary 1/3 to 1/2 of its line.
// Clerks draw them as a paragraph's bottom border, an empty paragraph's border (as kehoach does),
// a line shape (Insert → Shapes) anchored in or just after the line, or a row of "_" characters;
// each is measured. Text widths are estimated from Times New Roman's advance widths, so the bands
// are a little wider than the decree's (0.3–0.55 for 1/3–1/2, ±15 % for "as long as").
//
// ok:     ỦY BAN NHÂN DÂN XÃ A, then a centred line 2/5 of its length
// not ok: no line under the Tiêu ngữ; a line under the agency as wide as the whole column
import { textWidthTwips } from "../../text/text-width.js";
import type { ReadParagraph } from "../../read/read-document.js";
import { CHAR_RULE, type DocxParts } from "../docx-parts.js";
import { el, inSentence, mainSize, msg, round } from "../layout-helpers.js";
import type { LayoutContext, LayoutFinding, LayoutRule } from "../rule.js";

const SHORT = { min: 0.3, max: 0.55 };
const SAME = { min: 0.85, max: 1.15 };

/** Estimated width in points of a paragraph's longest line of text (a line that wraps fills its box). */
function textWidthPt(p: ReadParagraph): number {
  const size = mainSize(p) ?? 12;
  const bold = p.runs.some((r) => r.bold);
  const longest = Math.max(...p.text.split("\n").map((line) => textWidthTwips(line.trim(), size * 2, bold) / 20));
  return p.widthPt !== undefined ? Math.min(longest, p.widthPt) : longest;
}

/** The length of the rule drawn under `p`, in points; undefined when there is none. */
function ruleUnder(ctx: LayoutContext, parts: DocxParts, p: ReadParagraph): number | null | undefined {
  const here = parts.all[p.index - 1];
  const next = parts.all[p.index];
  const sameBox = next && next.table === here?.table && next.row === here?.row && next.cell === here?.cell;
  if (p.borderBottom) return p.widthPt ?? null;
  const drawn = (ctx.document.lines ?? []).find((l) => l.anchorIndex === p.index || (sameBox && l.anchorIndex === next.p.index));
  if (drawn) return drawn.widthPt ?? null;
  if (sameBox && next.p.borderBottom && !next.p.text.trim()) return next.p.widthPt ?? null;
  if (sameBox && CHAR_RULE.test(next.p.text)) {
    const size = next.p.runs.find((r) => r.text.trim())?.sizePt ?? 12;
    return textWidthTwips(next.p.text.trim(), size * 2, false) / 20;
  }
  return undefined;
}

export const rule: LayoutRule = {
  id: "layout-lines",
  appliesTo: "docx-layout",
  description: msg("check.layout-lines.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §10",
  check(ctx) {
    const { parts } = ctx;
    const out: LayoutFinding[] = [];
    const summaryLast = parts.summary[parts.summary.length - 1];
    const targets: [ReadParagraph | undefined, ReadParagraph[], "check.layout.element.agency" | "check.layout.element.slogan" | "check.layout.element.summary", typeof SHORT, "check.layout-lines.want.shortRule" | "check.layout-lines.want.sloganRule"][] = [
      [parts.agency[parts.agency.length - 1], parts.agency.slice(-1), "check.layout.element.agency", SHORT, "check.layout-lines.want.shortRule"],
      [parts.slogan, parts.slogan ? [parts.slogan] : [], "check.layout.element.slogan", SAME, "check.layout-lines.want.sloganRule"],
      [summaryLast, parts.summary, "check.layout.element.summary", SHORT, "check.layout-lines.want.shortRule"],
    ];
    for (const [p, measured, id, band, want] of targets) {
      if (!p) continue;
      const element = inSentence(el(id));
      const length = ruleUnder(ctx, parts, p);
      if (length === undefined) {
        out.push({ paragraph: p.index, message: msg("check.layout-lines.missing", { element }), hint: msg("check.layout-lines.missingHint", { element, want: msg(want) }) });
        continue;
      }
      if (length === null) continue; // drawn, but its length is not known
      const text = Math.max(...measured.map(textWidthPt));
      if (text <= 0) continue;
      const ratio = length / text;
      if (ratio < band.min || ratio > band.max) {
        out.push({
          paragraph: p.index,
          message: msg("check.layout-lines.length", { element, length: round(length), text: round(text), ratio: `${Math.round(ratio * 100)} %`, want: msg(want) }),
          hint: msg("check.layout-lines.lengthHint", { want: msg(want) }),
        });
      }
    }
    return out;
  },
};
