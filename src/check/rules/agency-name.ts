// The plan's own agencies are named one way in the whole text. The place named in the header
// (dia_danh, and the commune or district in co_quan) is written one way: "xã Cẩm Tân" is not also
// "xã Cẩm Tâm" or "xã Cẩm tân", nor "huyện Kông Chro" also "huyện Kông Chrô"; a name after the same
// level word ("xã", "huyện", …) that differs only by a diacritic, a letter's case or one letter is
// reported. And the agency itself (co_quan.ten, co_quan.chu_quan: a kind, a level, a place), named
// in the text before its own level and place, is that kind in full or abbreviated ("Ủy ban nhân dân
// xã Cẩm Tân" and "UBND xã Cẩm Tân" are the same agency), not a kind one word or one letter off
// ("Ủy ban nhân xã Cẩm Tân", "UBNN xã Cẩm Tân", "Ủy ban nhân đân xã Cẩm Tân"). Another agency of
// the same place ("HĐND xã Cẩm Tân", "Đảng ủy xã Cẩm Tân", "Công an xã Cẩm Tân") is not reported.
//
// ok:     (dia_danh: Cẩm Tân) … trên địa bàn xã Cẩm Tân; xã Cẩm Vân (another commune);
//         Ủy ban nhân dân xã Cẩm Tân … UBND xã Cẩm Tân
// not ok: (dia_danh: Cẩm Tân) … trên địa bàn xã Cẩm Tâm; UBND xã cẩm tân; UBNN xã Cẩm Tân;
//         Ủy ban nhân xã Cẩm Tân
import { foldVietnamese } from "../../text/fold.js";
import { editDistance } from "../../validate/schema-info.js";
import type { Finding, Rule } from "../rule.js";
import { checkSyllable } from "../syllable.js";
import { findingIn } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

const LEVELS = "xã|huyện|tỉnh|thị trấn|thị xã|thành phố|phường|quận";
/** The level words, lower case or capitalised (no /i flag: it would make \p{Lu} match any letter). */
const LEVELS_ANY_CASE = LEVELS.split("|")
  .map((w) => `[${w[0]}${w[0]!.toLocaleUpperCase("vi")}]${w.slice(1)}`)
  .join("|");

/** The plan's own names: dia_danh and the place after a level word in co_quan. */
function ownNames(plan: { dia_danh: string; co_quan: { ten: string; chu_quan?: string } }): { name: string; caseKnown: boolean }[] {
  const names = new Map<string, { name: string; caseKnown: boolean }>();
  const place = plan.dia_danh.trim();
  if (place && !place.includes("{{")) names.set(foldVietnamese(place), { name: place, caseKnown: true });
  for (const t of [plan.co_quan.ten, plan.co_quan.chu_quan ?? ""]) {
    const m = new RegExp(`(?:${LEVELS.toLocaleUpperCase("vi")})\\s+([\\p{Lu}][\\p{Lu}\\p{M} ]+)$`, "u").exec(t.replace(/\n/g, " ").trim());
    if (m && !m[1]!.includes("{{")) {
      // "HUYỆN KÔNG CHRO" → "Kông Chro" (title case) for the comparison; case is compared on dia_danh only.
      const name = m[1]!.trim().toLocaleLowerCase("vi").replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toLocaleUpperCase("vi"));
      // Written in capitals, its letter case is unknown ("SRÓ" is "SRó"); dia_danh's wins.
      if (!names.has(foldVietnamese(name))) names.set(foldVietnamese(name), { name, caseKnown: false });
    }
  }
  return [...names.values()];
}

/** An agency of the plan's header: its kind's words (lower case; an abbreviation kept as it is,
 * "UBND" alone read as "ủy ban nhân dân"), their initials ("UBND", "HLHPN"), its level and place. */
interface OwnAgency {
  kind: string[];
  initials: string;
  level: string;
  place: string;
}

/** Full forms of the abbreviations a header may use for its agency's kind. */
const FULL_KIND: Record<string, string> = {
  UBND: "ủy ban nhân dân",
  HĐND: "hội đồng nhân dân",
  UBMTTQ: "ủy ban mặt trận tổ quốc",
};
/** Abbreviations of other agencies: one letter from the plan's own, but another agency. */
const OTHER_AGENCIES = new Set(["UBND", "HĐND", "MTTQ", "UBMTTQ", "BCĐ", "BCH", "BTV", "HLHPN", "HND", "HCCB", "ĐTN", "LĐLĐ", "ĐU", "HU", "TU"]);

/** In running text: a word in capitals ("UBND", "LHPN"). In a header (all capitals): a word that
 * cannot be a syllable ("LHPN", not "HỘI"). */
const isAbbreviation = (w: string, header = false) =>
  w.length >= 2 && w === w.toLocaleUpperCase("vi") && /^\p{Lu}+$/u.test(w) && (!header || !checkSyllable(w.toLocaleLowerCase("vi")).ok);
/** "Ủy ban nhân dân" → "UBND"; "Hội LHPN" → "HLHPN" (an abbreviation stands for its letters; a
 * word for its first letter without its tone or hat, "đ" kept). */
const initialsOf = (words: readonly string[], header = false) =>
  words.map((w) => (isAbbreviation(w, header) ? w : w[0]!.normalize("NFD")[0]!.toLocaleUpperCase("vi"))).join("");
/** Lower case, with the old placement of the tone mark in "uỷ" read as "ủy". */
const plain = (w: string) => w.toLocaleLowerCase("vi").replace(/uỷ/g, "ủy");

/** The agencies of co_quan.ten and co_quan.chu_quan that name a level and a place. */
function ownAgencies(plan: { co_quan: { ten: string; chu_quan?: string } }): OwnAgency[] {
  const out: OwnAgency[] = [];
  const header = new RegExp(`^(.+?)\\s+(${LEVELS.toLocaleUpperCase("vi")})\\s+([\\p{Lu}][\\p{Lu}\\p{M} ]+)$`, "u");
  for (const t of [plan.co_quan.ten, plan.co_quan.chu_quan ?? ""]) {
    const m = header.exec(t.replace(/\n/g, " ").trim());
    if (!m || t.includes("{{")) continue;
    const written = m[1]!.split(/\s+/);
    const full = written.length === 1 ? FULL_KIND[written[0]!] : undefined;
    const kind = full ? full.split(" ") : written.map((w) => (isAbbreviation(w, true) ? w : w.toLocaleLowerCase("vi")));
    out.push({ kind, initials: initialsOf(written, true), level: m[2]!.toLocaleLowerCase("vi"), place: foldVietnamese(m[3]!) });
  }
  return out;
}

/** "UBDN" for "UBND": two neighbouring letters swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** The agency's kind as written right before "<level> <place>", when it is the plan's own agency
 * written another way: the words to report, or undefined. */
function kindVariant(before: string, agency: OwnAgency): string | undefined {
  const words = /(?:[\p{L}\p{M}]+\s+){0,4}[\p{L}\p{M}]+\s*$/u.exec(before)?.[0].trim().split(/\s+/) ?? [];
  const suffixes = words.map((_, i) => words.slice(words.length - 1 - i));
  for (const suffix of suffixes) {
    if (initialsOf(suffix) !== agency.initials) continue;
    // The same initials: the same agency; in full words, each word as the header has it.
    const full = suffix.every((w) => !isAbbreviation(w)) && agency.kind.every((w) => !isAbbreviation(w)) && suffix.length === agency.kind.length;
    return full && suffix.some((w, i) => plain(w) !== plain(agency.kind[i]!)) ? suffix.join(" ") : undefined;
  }
  if (agency.initials.length < 4) return undefined;
  for (const suffix of suffixes) {
    const initials = initialsOf(suffix);
    if (initials[0] !== agency.initials[0] || !(editDistance(initials, agency.initials) === 1 || swapped(initials, agency.initials))) continue;
    if (suffix.length === 1 && isAbbreviation(suffix[0]!) && !OTHER_AGENCIES.has(suffix[0]!)) return suffix[0];
    // In words: it starts as the kind does ("Ủy ban nhân xã": a word left out or one letter off).
    if (suffix.length >= 2 && suffix.every((w) => !isAbbreviation(w)) && foldVietnamese(suffix[0]!) === foldVietnamese(agency.kind[0]!)) return suffix.join(" ");
  }
  return undefined;
}

let re: RegExp | undefined;
const HAS_LEVEL = /xã|huyện|tỉnh|thị|thành|phường|quận/i;

export const rule: Rule = {
  id: "agency-name",
  description: msg("check.agency-name.description"),
  defaultSeverity: "warning",
  docs: "docs/nd30.md §6 (tên cơ quan, địa danh); test/fixtures/reference/README.md",
  check(ctx) {
    const out: Finding[] = [];
    const names = ownNames(ctx.plan);
    const agencies = ownAgencies(ctx.plan);
    if (names.length === 0 && agencies.length === 0) return out;
    re ??= new RegExp(`(?:${LEVELS_ANY_CASE})\\s+((?:[\\p{Lu}][\\p{L}\\p{M}]*|[\\p{Ll}][\\p{L}\\p{M}]*)(?:\\s+[\\p{L}][\\p{L}\\p{M}]*){0,2})`, "gu");
    for (const entry of ctx.texts) {
      if (entry.role === "agency" || entry.role === "place" || entry.role === "signature" || !HAS_LEVEL.test(entry.text)) continue;
      re.lastIndex = 0;
      for (const m of entry.text.matchAll(re)) {
        if (m.index! > 0 && /\p{L}/u.test(entry.text[m.index! - 1]!)) continue;
        const after = m[1]!;
        const level = m[0].slice(0, m[0].length - after.length).trim().toLocaleLowerCase("vi");
        for (const agency of agencies) {
          const placeWords = agency.place.split(" ").length;
          const place = foldVietnamese(after.split(/\s+/).slice(0, placeWords).join(" "));
          if (level !== agency.level || (place !== agency.place && editDistance(place, agency.place) !== 1)) continue;
          const variant = kindVariant(entry.text.slice(0, m.index), agency);
          if (!variant) continue;
          const own = agency.kind.map((w, i) => (i === 0 && !isAbbreviation(w) ? w[0]!.toLocaleUpperCase("vi") + w.slice(1) : w)).join(" ");
          const index = entry.text.lastIndexOf(variant, m.index);
          out.push(findingIn(entry, index, variant.length, msg("check.agency-name.kindVariant", { written: variant, own, abbreviation: agency.initials }), msg("check.agency-name.kindHint", { own, abbreviation: agency.initials })));
          break;
        }
        for (const { name: own, caseKnown } of names) {
          const n = own.split(/\s+/).length;
          const written = after.split(/\s+/).slice(0, n).join(" ");
          if (written === own || written.split(/\s+/).length < n) continue;
          if (!caseKnown && written.toLocaleLowerCase("vi") === own.toLocaleLowerCase("vi")) continue;
          const fw = foldVietnamese(written);
          const fo = foldVietnamese(own);
          const sameFold = fw === fo;
          // Same letters but other diacritics or case; or one letter off with the same first letters.
          const caseOnly = written.toLocaleLowerCase("vi") === own.toLocaleLowerCase("vi");
          const initialsSame = fw.split(" ").map((w) => w[0]).join() === fo.split(" ").map((w) => w[0]).join();
          const oneOff = !sameFold && fw.length >= 5 && initialsSame && editDistance(fw, fo) === 1;
          if (!(sameFold || caseOnly || oneOff)) continue;
          // Lower case after the level word is a common noun ("xã cẩm"?): only a capitalised own name counts.
          if (written[0] !== written[0]!.toLocaleUpperCase("vi") && !caseOnly) continue;
          const index = (m.index ?? 0) + m[0].indexOf(after);
          out.push(findingIn(entry, index, written.length, msg("check.agency-name.variant", { written, own }), msg("check.agency-name.hint", { own })));
          break;
        }
      }
    }
    return out;
  },
};
