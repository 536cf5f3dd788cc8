// Small measures shared by the layout rules: a paragraph's size and weight, and one finding for
// many paragraphs with the same fault (a whole body set in 12 pt is one finding, not a hundred).
import { msg, t, type Message, type MessageId } from "../i18n/i18n.js";
import type { ReadParagraph } from "../read/read-document.js";
import type { LayoutFinding } from "./rule.js";

/** The runs that show text. */
export function textRuns(p: ReadParagraph) {
  return p.runs.filter((r) => r.text.trim() !== "");
}

/** The size most of the paragraph's text is set in (by characters). */
export function mainSize(p: ReadParagraph): number | undefined {
  const count = new Map<number, number>();
  for (const r of textRuns(p)) if (r.sizePt !== undefined) count.set(r.sizePt, (count.get(r.sizePt) ?? 0) + r.text.trim().length);
  let best: number | undefined;
  let most = -1;
  for (const [size, n] of count) if (n > most || (n === most && size < best!)) [best, most] = [size, n];
  return best;
}

export const isBold = (p: ReadParagraph) => textRuns(p).length > 0 && textRuns(p).every((r) => r.bold === true);
export const anyBold = (p: ReadParagraph) => textRuns(p).some((r) => r.bold === true);
export const isItalic = (p: ReadParagraph) => textRuns(p).length > 0 && textRuns(p).every((r) => r.italic === true);
export const anyItalic = (p: ReadParagraph) => textRuns(p).some((r) => r.italic === true);
/** Shown in capitals: typed so, or set in All Caps. */
export const isUpperShown = (p: ReadParagraph) => textRuns(p).every((r) => r.allCaps || r.text === r.text.toUpperCase());

export { msg };
export type ElementId = keyof typeof IN_SENTENCE;
export const el = (id: ElementId): Message => msg(id);

/** Each element's name as it stands inside a sentence (its first letter in lower case). */
const IN_SENTENCE = {
  "check.layout.element.agency": "check.layout.element.agency.inSentence",
  "check.layout.element.authority": "check.layout.element.authority.inSentence",
  "check.layout.element.nation": "check.layout.element.nation.inSentence",
  "check.layout.element.number": "check.layout.element.number.inSentence",
  "check.layout.element.parentAgency": "check.layout.element.parentAgency.inSentence",
  "check.layout.element.placeDate": "check.layout.element.placeDate.inSentence",
  "check.layout.element.recipient": "check.layout.element.recipient.inSentence",
  "check.layout.element.recipientsLabel": "check.layout.element.recipientsLabel.inSentence",
  "check.layout.element.signer": "check.layout.element.signer.inSentence",
  "check.layout.element.slogan": "check.layout.element.slogan.inSentence",
  "check.layout.element.summary": "check.layout.element.summary.inSentence",
  "check.layout.element.title": "check.layout.element.title.inSentence",
} as const satisfies Record<string, MessageId>;

/** The element's name inside a sentence ("Tên cơ quan" → "tên cơ quan"). */
export const inSentence = (l: Message): Message => (l.id in IN_SENTENCE ? msg(IN_SENTENCE[l.id as ElementId]) : l);

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
export { round };

export interface SizeRule {
  element: Message;
  min: number;
  max: number;
  /** The size to suggest. */
  want: number;
  bold?: boolean;
  italic?: boolean;
  upper?: boolean;
  center?: boolean;
}

/** Size, weight, slant, case and alignment of one element's paragraph against nd30 §4. */
export function checkElement(p: ReadParagraph | undefined, rule: SizeRule): LayoutFinding[] {
  if (!p || textRuns(p).length === 0) return [];
  const out: LayoutFinding[] = [];
  const size = mainSize(p);
  if (size !== undefined && (size < rule.min || size > rule.max)) {
    out.push({ paragraph: p.index, message: msg("check.layout.size", { element: rule.element, size, min: rule.min, max: rule.max }), hint: msg("check.layout.sizeHint", { element: inSentence(rule.element), want: rule.want }) });
  }
  const style = (id: MessageId) => out.push({ paragraph: p.index, message: msg(id, { element: rule.element }), hint: msg("check.layout.styleHint", { want: describe(rule) }) });
  if (rule.bold === true && !isBold(p)) style("check.layout.bold");
  if (rule.bold === false && anyBold(p)) style("check.layout.notBold");
  if (rule.italic === true && !isItalic(p)) style("check.layout.italic");
  if (rule.italic === false && anyItalic(p)) style("check.layout.notItalic");
  if (rule.upper && !isUpperShown(p)) style("check.layout.upper");
  if (rule.center && p.align !== "center") style("check.layout.center");
  return out;
}

/** "cỡ 13–14 pt, đậm, căn giữa": the wanted style as a chain of messages joined by commas. */
function describe(r: SizeRule): Message {
  let out = msg("check.layout.want.size", { size: r.min === r.max ? `${r.min}` : `${r.min}–${r.max}` });
  const and = (next: MessageId) => (out = msg("check.layout.want.and", { first: out, next: msg(next) }));
  if (r.bold === true) and("check.layout.want.bold");
  if (r.bold === false) and("check.layout.want.notBold");
  if (r.italic === true) and("check.layout.want.italic");
  if (r.italic === false) and("check.layout.want.upright");
  if (r.upper) and("check.layout.want.upper");
  if (r.center) and("check.layout.want.center");
  return out;
}

/** A key that is the same for the same message (to group findings). */
export const messageKey = (m: Message): string => t(m, undefined, "en");

/** Findings with the same key are one finding at the first paragraph, naming the others. */
export function collapse(list: { key: string; finding: LayoutFinding }[]): LayoutFinding[] {
  const groups = new Map<string, LayoutFinding[]>();
  for (const { key, finding } of list) {
    const g = groups.get(key);
    if (g) g.push(finding);
    else groups.set(key, [finding]);
  }
  return [...groups.values()].map((g) => {
    const first = g[0]!;
    if (g.length === 1) return first;
    const rest = g.slice(1).map((f) => `¶${f.paragraph}`);
    const where = rest.length > 5 ? `${rest.slice(0, 5).join(", ")}, …` : rest.join(", ");
    return { ...first, message: msg("check.layout.more", { message: first.message, count: g.length - 1, where }) };
  });
}
