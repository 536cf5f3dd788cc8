// Corrections import makes to the text itself, only where they are certain: letters of legacy
// Vietnamese fonts, decomposed diacritics, and page numbers of the original left inside sentences.
import type { MessageId, Params } from "../i18n/i18n.js";

export interface TextFix {
  old: string;
  new: string;
  reason: MessageId;
  params?: Params;
}

/** Letters that legacy-font PDFs put in place of Vietnamese ones (never used in Vietnamese). */
const LEGACY: [string, string][] = [
  ["\u01A3", "\u01B0"], // ƣ → ư
  ["\u01A2", "\u01AF"], // Ƣ → Ư
];

/** Fix one string; the fixes made are pushed to `fixes`, quoted with a few words of context. */
export function fixText(text: string, fixes: TextFix[]): string {
  let out = text;
  for (const [bad, good] of LEGACY) {
    if (!out.includes(bad)) continue;
    const before = out;
    out = out.split(bad).join(good);
    fixes.push({ old: context(before, before.indexOf(bad)), new: context(out, before.indexOf(bad)), reason: "import.reason.legacyGlyph", params: { old: bad, new: good } });
  }
  const nfc = out.normalize("NFC");
  if (nfc !== out) {
    const at = firstDifference(out, nfc);
    fixes.push({ old: context(out, at), new: context(nfc, at), reason: "import.reason.nfc" });
    out = nfc;
  }
  return out;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/** A few words around offset `at`: enough to find the place, short enough for a comment. */
export function context(s: string, at: number, radius = 20): string {
  let from = Math.max(0, at - radius);
  let to = Math.min(s.length, at + radius);
  while (from > 0 && !/\s/.test(s[from - 1]!)) from--;
  while (to < s.length && !/\s/.test(s[to]!)) to++;
  return s.slice(from, to).trim();
}

export interface PageNumberHit {
  /** Which string (index into the list given) and where in it. */
  unit: number;
  offset: number;
  page: number;
}

const STANDALONE = /(?<=^|\s)(\d{1,2})(?=\s+(?:\p{Ll}|-\s))/gu;

/**
 * Page numbers of the original that an extraction left inside the text: standalone numbers that
 * count 2, 3, 4… through the document, one per page's worth of text. Found only as a chain of at
 * least three, so that a number in a sentence ("có 2 kế hoạch") is never taken for one.
 */
export function findPageNumbers(texts: string[]): PageNumberHit[] {
  const candidates: (PageNumberHit & { pos: number })[] = [];
  let base = 0;
  texts.forEach((t, unit) => {
    for (const m of t.matchAll(STANDALONE)) candidates.push({ unit, offset: m.index, page: Number(m[1]), pos: base + m.index });
    base += t.length + 1;
  });
  let best: typeof candidates = [];
  for (const start of candidates) {
    if (start.page !== 2) continue;
    const chain = [start];
    for (;;) {
      const last = chain[chain.length - 1]!;
      const next = candidates.find((c) => c.page === last.page + 1 && c.pos - last.pos >= 1200 && c.pos - last.pos <= 9000);
      if (!next) break;
      chain.push(next);
    }
    if (chain.length > best.length) best = chain;
  }
  if (best.length < 3) return [];
  return best.map(({ unit, offset, page }) => ({ unit, offset, page }));
}
