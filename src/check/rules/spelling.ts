// Every word read as a Vietnamese syllable (src/check/syllable.ts): onset, rhyme, one tone mark,
// c/k, g/gh, ng/ngh, codas c/ch/p/t only with sắc or nặng. Catches non-words ("chứcc", "thưc",
// "nghành", "băng zôn") and the runs of broken pieces left when a PDF drops the letters with
// diacritics ("ph ng ng a" for "phòng ngừa", "v ng sâu", "tr em"). Not read as words: upper-case
// abbreviations (UBND, LĐTBXH, TTg), pieces of numbers and symbols (b/c, đ/c, COVID-19), a point's
// letter ("điểm b"), capitalised names without diacritics (Kbang, Chro), the plan's own names (its
// agencies, place, signer, its bien values), common loanwords, and the project word list
// (`tu_dien` in .kehoach.yaml). No dictionary: the structure alone finds these mistakes, loads in
// no time, and never rejects a rare but real word.
//
// ok:     Tăng cường phòng ngừa, ứng phó với bạo lực ở vùng sâu, vùng xa; ngành y tế; quyết định.
// not ok: Tổ chứcc hội nghị; thưc hiện; tăng cường ph ng ng a bạo lực; vận động tr em đến trường.
import { checkSyllable, hasDiacritics, type SyllableVerdict } from "../syllable.js";
import type { Finding, Rule, RuleContext, TextEntry } from "../rule.js";
import { findingIn } from "../rule.js";
import { wordsOf } from "../words.js";
import { msg, type MessageId } from "../../i18n/i18n.js";

/** Why a word is not a syllable, as a message. */
const WHY: Record<NonNullable<SyllableVerdict["reason"]>, MessageId> = {
  tone: "check.spelling.whyTone",
  letters: "check.spelling.whyLetters",
  onset: "check.spelling.whyOnset",
  rhyme: "check.spelling.whyRhyme",
  "coda-tone": "check.spelling.whyCodaTone",
  vowel: "check.spelling.whyVowel",
};

/** Loanwords and units common in plans, written without Vietnamese structure. */
const LOANWORDS = new Set(
  "tt tp tx vv online offline internet website web email zalo facebook fanpage youtube tiktok video clip audio radio logo pano panô poster banner virus covid vaccine vắc xin gen karaoke kg km ha cm mm ml tivi ti vi smartphone app apps wifi gas container marketing camera video-clip photo pa nô ô tô xe pháo đa phương tiện mini mega km2 m2 m3 stress hotline qr code".split(
    " ",
  ),
);

/** Syllables of Central Highlands place names, spelt outside standard orthography (Đăk Lăk). */
const PLACE_SYLLABLES = new Set("đăk đắk lăk lắk đak glei glong krông pông kpă".split(" "));

const WORD = /[\p{L}\p{M}]+/gu;

interface Token {
  word: string;
  index: number;
  verdict?: SyllableVerdict;
}

/** The plan's own names and the project's words, folded to lower case, word by word. */
function allowedWords(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  const add = (s: unknown) => {
    if (typeof s !== "string") return;
    for (const m of s.matchAll(WORD)) out.add(m[0].normalize("NFC").toLowerCase());
  };
  const p = ctx.plan;
  add(p.co_quan.ten);
  add(p.co_quan.chu_quan);
  add(p.dia_danh);
  add(p.ky.ho_ten);
  for (const v of Object.values((p as { bien?: Record<string, unknown> }).bien ?? {})) add(v);
  for (const w of ctx.projectWords) add(w);
  return out;
}

const cache = new Map<string, SyllableVerdict>();
function verdict(word: string): SyllableVerdict {
  let v = cache.get(word);
  if (!v) {
    v = checkSyllable(word);
    if (cache.size < 50_000) cache.set(word, v);
  }
  return v;
}

/** Whether the token is part of a number, a symbol or an abbreviation ("b/c", "COVID-19", "v.v."). */
function inSymbol(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? " ";
  const after = text[end] ?? " ";
  return /[\d/&@._\\]/.test(before) || /[\d/&@_\\]/.test(after) || (after === "." && /^\.[\p{L}\d]/u.test(text.slice(end, end + 2)));
}

/** The tokens of one text that are not Vietnamese syllables (undefined verdict = not checked). */
function badTokens(text: string, allowed: Set<string>): Token[] {
  const out: Token[] = [];
  const w = wordsOf(text);
  for (let k = 0; k < w.lower.length; k++) {
    const index = w.start[k]!;
    const end = w.end[k]!;
    const lower = w.lower[k]!;
    if (allowed.has(lower) || LOANWORDS.has(lower) || PLACE_SYLLABLES.has(lower)) continue;
    if (inSymbol(text, index, end)) continue;
    const raw = text.slice(index, end);
    const isLower = raw === lower;
    const isUpper = raw === raw.toUpperCase();
    const capitalised = !isLower && !isUpper && raw.slice(1) === lower.slice(1);
    if (!isLower && !isUpper && !capitalised) continue; // TTg, CTr, QyĐ: symbols
    if (raw.length === 1) {
      // A lone consonant: a point's letter ("điểm b", "b)"), or a piece of a broken word.
      const v = verdict(lower);
      if (v.ok || !isLower) continue;
      if (/(?:điểm|Điểm|khoản|mục)\s+$/u.test(text.slice(Math.max(0, index - 8), index)) || text[end] === ")") continue;
      out.push({ word: raw, index, verdict: v });
      continue;
    }
    const v = verdict(lower);
    if (v.ok) continue;
    // Upper case: an abbreviation (UBND, HĐND, ĐTN) unless it carries a tone mark a word would.
    if (isUpper && !(v.reason === "tone" || v.reason === "coda-tone")) continue;
    // A capitalised name without diacritics (Kbang, Chro, Pleiku) is a proper name, not Vietnamese.
    if (capitalised && !hasDiacritics(raw)) continue;
    // A capitalised ethnic name with diacritics (Hlôi, Krêy): its onset is not Vietnamese.
    if (capitalised && /^[bcdđghklmnprstv][bhlrnj]/iu.test(lower) && !/^(ch|gh|gi|kh|ng|nh|ph|th|tr)/.test(lower)) continue;
    out.push({ word: raw, index, verdict: v });
  }
  return out;
}

function checkEntry(entry: TextEntry, allowed: Set<string>): Finding[] {
  const text = entry.text.includes("{{") ? entry.text.replace(/\{\{[^{}]*\}\}/g, (m) => " ".repeat(m.length)) : entry.text;
  const bad = badTokens(text, allowed);
  const out: Finding[] = [];
  for (let i = 0; i < bad.length; ) {
    // Broken pieces one space apart form one run: "ph ng ng a", "v ng", "tr em".
    let j = i;
    while (j + 1 < bad.length && /^[ \t]+$/.test(text.slice(bad[j]!.index + bad[j]!.word.length, bad[j + 1]!.index))) j++;
    const first = bad[i]!;
    const last = bad[j]!;
    const start = first.index;
    let end = last.index + last.word.length;
    const run = bad.slice(i, j + 1);
    const broken = run.some((t) => t.verdict?.reason === "vowel") || run.length > 1;
    if (broken) {
      // Take in the whole words glued to the run on the right while they are short pieces ("ng a").
      const tail = /^[ \t]+([\p{L}]{1,2})(?![\p{L}\p{M}])/u.exec(text.slice(end));
      if (tail && run.some((t) => t.verdict?.reason === "vowel")) end += tail[0].length;
      const written = text.slice(start, end);
      out.push(findingIn(entry, start, end - start, msg("check.spelling.lostDiacritics", { text: written }), msg("check.spelling.lostDiacriticsHint")));
    } else {
      const why = msg(WHY[first.verdict!.reason!]);
      out.push(findingIn(entry, start, end - start, msg("check.spelling.nonWord", { word: first.word, why }), msg("check.spelling.nonWordHint")));
    }
    i = j + 1;
  }
  return out;
}

export const rule: Rule = {
  id: "spelling",
  description: msg("check.spelling.description"),
  defaultSeverity: "warning",
  docs: "test/fixtures/reference/README.md (misspellings and diacritics lost from PDF copies in the three reference plans)",
  check(ctx) {
    const allowed = allowedWords(ctx);
    const out: Finding[] = [];
    for (const entry of ctx.texts) {
      if (entry.role === "signature" || entry.role === "agency" || entry.role === "place") continue;
      out.push(...checkEntry(entry, allowed));
    }
    return out;
  },
};
