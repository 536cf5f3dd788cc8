// A value put into a template is text: it may not open a bullet, bold a run or start a paragraph.
// Its "*" and line breaks are swapped for private-use stand-ins before the model parses the
// markup, and the stand-ins become plain "*" again when runs are built (model/inline.ts).
export const LITERAL_STAR = "\uE001";

export function protectValue(s: string): string {
  return s.replace(/\r?\n|\r/g, " ").replace(/\*/g, LITERAL_STAR);
}

export function unprotect(s: string): string {
  return s.replace(/\uE001/g, "*");
}
