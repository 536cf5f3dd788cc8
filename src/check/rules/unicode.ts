// Text is Unicode as TCVN 6909:2001 wants it, read from the raw file (validation normalises values,
// so only the source still shows the problem): precomposed (NFC) letters, no legacy-font code points
// ("ƣ" U+01A3 for "ư", "Ƣ" U+01A2 for "Ư", left by PDFs made with old Vietnamese fonts), no
// diacritic split from its letter, no invisible control characters.
//
// ok:     Tăng cường phòng ngừa
// not ok: Tăng cƣờng (U+01A3); "Tăng" typed as T a U+0306 n g (decomposed); a zero-width space
// check --fix replaces the legacy characters and composes decomposed letters (NFC).
import type { Finding, Rule } from "../rule.js";
import { type Message, msg } from "../../i18n/i18n.js";

const LEGACY: Record<string, string> = { "\u01A3": "ư", "\u01A2": "Ư" };
// C0 controls other than tab/newline/CR, DEL, C1 controls, zero-width and bidi controls, soft
// hyphen, and a byte-order mark inside the text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
const MARKS = /(\P{M}?)(\p{M}+)/gu;
// Combining marks on their own are what this rule looks for, hence the class of them.
// eslint-disable-next-line no-control-regex, no-misleading-character-class
const SUSPECT = /[\u0080-\u009F\u00AD\u01A2\u01A3\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

function codePoint(c: string): string {
  return "U+" + (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
}

interface Hit {
  offset: number;
  length: number;
}

/** " (3 chỗ)" after a message about several places; nothing for one. */
function places(n: number): Message | string {
  return n > 1 ? msg("check.unicode.places", { n }) : "";
}

export const rule: Rule = {
  id: "unicode",
  description: msg("check.unicode.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §2 and §13 legacy-glyphs (TCVN 6909:2001); test/fixtures/reference/README.md",
  check(ctx) {
    const out: Finding[] = [];
    const text = ctx.source.text;
    // Fast path: most files hold none of the characters below.
    if (!SUSPECT.test(text)) return out;
    for (const raw of ctx.rawTexts) {
      const slice = text.slice(raw.start, raw.end);
      if (!SUSPECT.test(slice)) continue;

      const legacy: Hit[] = [];
      for (let i = 0; i < slice.length; i++) if (LEGACY[slice[i]!]) legacy.push({ offset: raw.start + i, length: 1 });
      if (legacy.length > 0) {
        const word = wordAt(slice, legacy[0]!.offset - raw.start)
          .replace(/[\u01A2\u01A3]/g, (c) => LEGACY[c]!)
          .normalize("NFC");
        out.push({
          path: raw.path,
          offset: legacy[0]!.offset,
          length: 1,
          fixes: legacy.map((h) => ({ offset: h.offset, length: 1, text: LEGACY[text[h.offset]!]! })),
          message: msg("check.unicode.legacyGlyphs", { places: places(legacy.length) }),
          hint: msg("check.unicode.legacyGlyphsHint", { word }),
        });
      }

      const decomposed: { hit: Hit; fix: string; at: number; seg: string }[] = [];
      const stray: Hit[] = [];
      MARKS.lastIndex = 0;
      for (const m of slice.matchAll(MARKS)) {
        const base = m[1] ?? "";
        const at = raw.start + (m.index ?? 0);
        if (LEGACY[base]) continue; // "ƣ̃": part of the legacy-font problem, fixed with it
        if (base === "" || !/\p{L}/u.test(base)) {
          stray.push({ offset: at + base.length, length: (m[2] ?? "").length });
          continue;
        }
        const seg = base + (m[2] ?? "");
        const nfc = seg.normalize("NFC");
        if (/\p{M}/u.test(nfc)) stray.push({ offset: at + base.length, length: (m[2] ?? "").length });
        else if (nfc !== seg) decomposed.push({ hit: { offset: wordStart(text, at, raw.start), length: seg.length }, fix: nfc, at, seg });
      }
      if (decomposed.length > 0) {
        const first = decomposed[0]!;
        const word = wordAt(slice.normalize("NFC"), text.slice(raw.start, first.hit.offset).normalize("NFC").length);
        out.push({
          path: raw.path,
          offset: first.hit.offset,
          length: first.hit.length,
          fixes: decomposed.map((d) => ({ offset: d.at, length: d.seg.length, text: d.fix })),
          message: msg("check.unicode.decomposed", { places: places(decomposed.length) }),
          hint: msg("check.unicode.decomposedHint", { word }),
        });
      }
      if (stray.length > 0) {
        const first = stray[0]!;
        out.push({
          path: raw.path,
          offset: first.offset,
          length: first.length,
          message: msg("check.unicode.strayMark", { codePoint: codePoint(text[first.offset]!), places: places(stray.length) }),
          hint: msg("check.unicode.strayMarkHint"),
        });
      }

      CONTROL.lastIndex = 0;
      const controls = [...slice.matchAll(CONTROL)];
      if (controls.length > 0) {
        const c = controls[0]!;
        out.push({
          path: raw.path,
          offset: raw.start + (c.index ?? 0),
          length: 1,
          message: msg("check.unicode.control", { codePoint: codePoint(c[0]), places: places(controls.length) }),
          hint: msg("check.unicode.controlHint"),
        });
      }
    }
    return out;
  },
};

/** Where the word holding `at` starts (not before `min`). */
function wordStart(text: string, at: number, min: number): number {
  let a = at;
  while (a > min && /[\p{L}\p{M}]/u.test(text[a - 1]!)) a--;
  return a;
}

/** The word around a position, for hints. */
function wordAt(s: string, at: number): string {
  let a = Math.min(at, s.length);
  let b = a;
  while (a > 0 && /[\p{L}\p{M}]/u.test(s[a - 1]!)) a--;
  while (b < s.length && /[\p{L}\p{M}]/u.test(s[b]!)) b++;
  return s.slice(a, b);
}
