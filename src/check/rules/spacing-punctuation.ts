// Spaces around punctuation as Vietnamese typing wants them: one space between words, none before
// , ; : . ) ! ?, one after , ; : and after a sentence's full stop, and "KT. CHỦ TỊCH" rather than
// "KT.CHỦ TỊCH" (nd30 §7 spacing after the dot).
//
// ok:     Tuyên truyền, vận động; tổ chức hội nghị.
// not ok: Tuyên truyền ,vận động;tổ chức  hội nghị . KT.CHỦ TỊCH
import type { Finding, Rule, TextEntry } from "../rule.js";
import { findingIn } from "../rule.js";
import { type Message, msg } from "../../i18n/i18n.js";

interface Check {
  /** Starts with what it looks for (no leading look-behind: a look-behind is tried at every
   * position of a long paragraph); what must come before is `before`. */
  re: RegExp;
  before?: (text: string, index: number, match: string) => boolean;
  message: (m: RegExpMatchArray) => Message;
  hint: (m: RegExpMatchArray) => Message;
  /** Which part of the match to point at (default: the whole match). */
  group?: number;
  /** The safe fix for `check --fix`: what replaces the part pointed at. */
  fix?: (m: RegExpMatchArray) => string;
}

const prev = (re: RegExp, n = 1) => (text: string, index: number) => index >= n && re.test(text.slice(index - n, index));
const notSpace = prev(/^\S$/u);
const wordEnd = prev(/^[\p{L}\p{N})"”*]$/u);
const letterEnd = prev(/^[\p{L})"”]$/u);
/** After a word ("định.Đồng") or an ellipsis after anything ("tốt”,...Tổ chức"). */
const sentenceEnd = (text: string, index: number, match: string) => match.length >= 3 || prev(/^[\p{Ll}\p{N}]{2}$/u, 2)(text, index);
const notWord = (text: string, index: number) => index === 0 || !/[\p{L}\p{N}]/u.test(text[index - 1]!);

const CHECKS: Check[] = [
  {
    re: / {2,}(?=\S)/gu,
    before: notSpace,
    fix: () => " ",
    message: () => msg("check.spacing-punctuation.doubleSpace"),
    hint: () => msg("check.spacing-punctuation.doubleSpaceHint"),
  },
  {
    // "năm 2024 ." / "Kiểm tra ," — not an ellipsis ("…", "...") and not "./."
    re: / +([,;:!?]|\.(?![./]))/gu,
    before: wordEnd,
    fix: (m) => m[1]!,
    message: (m) => msg("check.spacing-punctuation.spaceBefore", { p1: m[1] }),
    hint: (m) => msg("check.spacing-punctuation.spaceBeforeHint", { p1: m[1] }),
  },
  {
    re: /\( +| +\)/gu,
    fix: (m) => m[0].trim(),
    message: () => msg("check.spacing-punctuation.spaceInsideBrackets"),
    hint: () => msg("check.spacing-punctuation.spaceInsideBracketsHint"),
  },
  {
    // "vận động;tổ chức", "Lưu:VT" — not "7:30", "http://", "**Công an xã:**"
    re: /([,;:])\**(?=\p{L})/gu,
    before: letterEnd,
    message: (m) => msg("check.spacing-punctuation.missingSpaceAfter", { p1: m[1] }),
    hint: (m) => msg("check.spacing-punctuation.missingSpaceAfterHint", { p1: m[1] }),
    group: 1,
    fix: (m) => `${m[1]} `,
  },
  {
    // "theo quy định.Đồng thời", "loa truyền thanh....Tuyên truyền" — not "TP.HCM", "v.v."
    // Only from the first dot of a run: from every dot, a line of 35,000 dots took seconds.
    re: /(?<!\.)\.+(?=\p{Lu}\p{Ll})/gu,
    before: sentenceEnd,
    fix: (m) => `${m[0]} `,
    message: () => msg("check.spacing-punctuation.missingSpaceAfterStop"),
    hint: () => msg("check.spacing-punctuation.missingSpaceAfterStopHint"),
  },
  {
    // ". - Kiểm tra …": a stray mark left at the start of a line
    re: /(?:^|\n)[ \t]*([.,;:])(?=\s)/gu,
    message: (m) => msg("check.spacing-punctuation.strayMarkAtStart", { p1: m[1] }),
    hint: () => msg("check.spacing-punctuation.deleteIt"),
    group: 1,
  },
  {
    // "2021- 2025", "2021 -2025": a period written with uneven spaces
    re: /\d( [-–]|[-–] )(?=\d)/gu,
    group: 1,
    fix: (m) => m[1]!.trim(),
    message: () => msg("check.spacing-punctuation.unevenDash"),
    hint: () => msg("check.spacing-punctuation.unevenDashHint"),
  },
  {
    re: /(TM|KT|TL|TUQ|Q)\.(?=\p{Lu}{2})/gu,
    before: notWord,
    fix: (m) => `${m[0]} `,
    message: (m) => msg("check.spacing-punctuation.missingSpaceAfterAuthority", { p1: m[1] }),
    hint: (m) => msg("check.spacing-punctuation.missingSpaceAfterAuthorityHint", { p1: m[1] }),
  },
];

/** Placeholders are blanked (same length) so "{{ xa }}" is not checked as text. */
function blankPlaceholders(s: string): string {
  return s.includes("{{") ? s.replace(/\{\{[^{}]*\}\}/g, (m) => "x".repeat(m.length)) : s;
}

function checkEntry(entry: TextEntry): Finding[] {
  const out: Finding[] = [];
  const text = blankPlaceholders(entry.text);
  for (const c of CHECKS) {
    c.re.lastIndex = 0;
    for (const m of text.matchAll(c.re)) {
      if (c.before && !c.before(text, m.index ?? 0, m[0])) continue;
      let index = m.index ?? 0;
      let length = m[0].length;
      if (c.group !== undefined && m[c.group] !== undefined) {
        index += m[0].indexOf(m[c.group]!);
        length = m[c.group]!.length;
      }
      const f = findingIn(entry, index, length, c.message(m), c.hint(m));
      if (c.fix && !entry.text.includes("{{")) f.fix = c.fix(m);
      out.push(f);
    }
  }
  return out;
}

export const rule: Rule = {
  id: "spacing-punctuation",
  description: msg("check.spacing-punctuation.description"),
  defaultSeverity: "warning",
  docs: "docs/nd30.md §7 (\"KT. \" with one space); Phụ lục II I (chữ sau dấu chấm)",
  check(ctx) {
    const out: Finding[] = [];
    for (const entry of ctx.texts) out.push(...checkEntry(entry));
    return out;
  },
};
