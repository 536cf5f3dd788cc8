// Spaces around punctuation as Vietnamese typing wants them: one space between words, none before
// , ; : . ) ! ?, one after , ; : and after a sentence's full stop, and "KT. CHỦ TỊCH" rather than
// "KT.CHỦ TỊCH" (nd30 §7 spacing after the dot).
//
// ok:     Tuyên truyền, vận động; tổ chức hội nghị.
// not ok: Tuyên truyền ,vận động;tổ chức  hội nghị . KT.CHỦ TỊCH
import type { Finding, Rule, TextEntry } from "../rule.js";
import { findingIn } from "../rule.js";

interface Check {
  /** Starts with what it looks for (no leading look-behind: a look-behind is tried at every
   * position of a long paragraph); what must come before is `before`. */
  re: RegExp;
  before?: (text: string, index: number, match: string) => boolean;
  message: (m: RegExpMatchArray) => { vi: string; en: string };
  hint: (m: RegExpMatchArray) => { vi: string; en: string };
  /** Which part of the match to point at (default: the whole match). */
  group?: number;
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
    message: () => ({ vi: "Hai dấu cách liền nhau.", en: "Two spaces in a row." }),
    hint: () => ({ vi: "Chỉ để một dấu cách giữa hai từ.", en: "Leave one space between words." }),
  },
  {
    // "năm 2024 ." / "Kiểm tra ," — not an ellipsis ("…", "...") and not "./."
    re: / +([,;:!?]|\.(?![./]))/gu,
    before: wordEnd,
    message: (m) => ({ vi: `Dấu cách thừa trước dấu "${m[1]}".`, en: `Stray space before "${m[1]}".` }),
    hint: (m) => ({ vi: `Viết dấu "${m[1]}" sát chữ đứng trước.`, en: `Put "${m[1]}" right after the word before it.` }),
  },
  {
    re: /\( +| +\)/gu,
    message: () => ({ vi: "Dấu cách thừa bên trong dấu ngoặc.", en: "Stray space inside the brackets." }),
    hint: () => ({ vi: 'Viết "(b/c)", không viết "( b/c )".', en: 'Write "(b/c)", not "( b/c )".' }),
  },
  {
    // "vận động;tổ chức", "Lưu:VT" — not "7:30", "http://", "**Công an xã:**"
    re: /([,;:])\**(?=\p{L})/gu,
    before: letterEnd,
    message: (m) => ({ vi: `Thiếu dấu cách sau dấu "${m[1]}".`, en: `Missing space after "${m[1]}".` }),
    hint: (m) => ({ vi: `Thêm một dấu cách sau dấu "${m[1]}".`, en: `Add a space after "${m[1]}".` }),
    group: 1,
  },
  {
    // "theo quy định.Đồng thời", "loa truyền thanh....Tuyên truyền" — not "TP.HCM", "v.v."
    // Only from the first dot of a run: from every dot, a line of 35,000 dots took seconds.
    re: /(?<!\.)\.+(?=\p{Lu}\p{Ll})/gu,
    before: sentenceEnd,
    message: () => ({ vi: "Thiếu dấu cách sau dấu chấm hết câu.", en: "Missing space after the full stop." }),
    hint: () => ({ vi: "Thêm một dấu cách trước câu tiếp theo.", en: "Add a space before the next sentence." }),
  },
  {
    // ". - Kiểm tra …": a stray mark left at the start of a line
    re: /(?:^|\n)[ \t]*([.,;:])(?=\s)/gu,
    message: (m) => ({ vi: `Dấu "${m[1]}" thừa ở đầu dòng.`, en: `A stray "${m[1]}" at the start of the line.` }),
    hint: () => ({ vi: "Xóa dấu này.", en: "Delete it." }),
    group: 1,
  },
  {
    // "2021- 2025", "2021 -2025": a period written with uneven spaces
    re: /\d( [-–]|[-–] )(?=\d)/gu,
    group: 1,
    message: () => ({ vi: "Khoảng trắng quanh dấu gạch nối giữa hai số không đều.", en: "Uneven spaces around the dash between two numbers." }),
    hint: () => ({ vi: 'Viết "2021-2025" hoặc "2021 - 2025".', en: 'Write "2021-2025" or "2021 - 2025".' }),
  },
  {
    re: /(TM|KT|TL|TUQ|Q)\.(?=\p{Lu}{2})/gu,
    before: notWord,
    message: (m) => ({ vi: `Thiếu dấu cách sau "${m[1]}." (viết "${m[1]}. …").`, en: `Missing space after "${m[1]}." (write "${m[1]}. …").` }),
    hint: (m) => ({ vi: `Viết "${m[1]}. CHỦ TỊCH", không viết "${m[1]}.CHỦ TỊCH".`, en: `Write "${m[1]}. CHỦ TỊCH", not "${m[1]}.CHỦ TỊCH".` }),
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
      out.push(findingIn(entry, index, length, c.message(m), c.hint(m)));
    }
  }
  return out;
}

export const rule: Rule = {
  id: "spacing-punctuation",
  description: {
    vi: 'Khoảng trắng và dấu câu: không có hai dấu cách liền, không cách trước , ; : . ), có cách sau , ; : và sau "KT.", "TM.".',
    en: 'Spaces and punctuation: no double spaces, no space before , ; : . ), a space after , ; : and after "KT.", "TM.".',
  },
  defaultSeverity: "warning",
  docs: "nd30.md §7 (\"KT. \" with one space); Phụ lục II I (chữ sau dấu chấm)",
  check(ctx) {
    const out: Finding[] = [];
    for (const entry of ctx.texts) out.push(...checkEntry(entry));
    return out;
  },
};
