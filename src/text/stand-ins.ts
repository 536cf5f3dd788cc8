// A value put into a template is text: it may not open a bullet, bold a run or start a paragraph.
// Its "*", its line breaks and a bullet marker at its start ("- ", "+ ", "– ") are swapped for
// stand-ins before the model parses the markup, and the stand-ins become the plain characters
// again when runs are built (model/inline.ts). The stand-ins are C0 control characters U+0001–
// U+0004: every text of a plan and every value has them removed (clean-text.ts: XML cannot hold
// them), so no text an officer writes can ever be mistaken for one (private-use characters could).
// Characters XML cannot hold are removed, and the text is put in NFC, as the plan's own text is.
import { cleanText } from "./clean-text.js";

export const LITERAL_STAR = "\u0001";
const LITERAL_MARKERS: Record<string, string> = { "-": "\u0002", "+": "\u0003", "–": "\u0004" };
const STAND_INS: Record<string, string> = { "\u0001": "*", "\u0002": "-", "\u0003": "+", "\u0004": "–" };

/** A value for a plain field (agency, place, signature): cleaned and on one line. */
export function plainValue(s: string): string {
  return cleanText(s).text.replace(/\r\n|\r|\n|\u2028|\u2029/g, " ");
}

/** A value for a field the model parses for markup: also no "*" and no bullet marker at its start. */
export function protectValue(s: string): string {
  return plainValue(s)
    .replace(/\*/g, LITERAL_STAR)
    .replace(/^(\s*)([-+–])(?=\s|$)/, (_m, space: string, marker: string) => space + (LITERAL_MARKERS[marker] ?? marker));
}

export function unprotect(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0001-\u0004]/g, (c) => STAND_INS[c] ?? c);
}
