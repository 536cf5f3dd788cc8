// The plan's own place, named in its header (dia_danh, and the commune or district in co_quan), is
// written one way in the whole text: "xã Cẩm Tân" is not also "xã Cẩm Tâm" or "xã Cẩm tân", nor
// "huyện Kông Chro" also "huyện Kông Chrô". A name after the same level word ("xã", "huyện", …)
// that differs only by a diacritic, a letter's case or one letter is reported.
//
// ok:     (dia_danh: Cẩm Tân) … trên địa bàn xã Cẩm Tân; xã Cẩm Vân (another commune)
// not ok: (dia_danh: Cẩm Tân) … trên địa bàn xã Cẩm Tâm; UBND xã cẩm tân
import { foldVietnamese } from "../../text/fold.js";
import { editDistance } from "../../validate/schema-info.js";
import type { Finding, Rule } from "../rule.js";
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
    if (names.length === 0) return out;
    re ??= new RegExp(`(?:${LEVELS_ANY_CASE})\\s+((?:[\\p{Lu}][\\p{L}\\p{M}]*|[\\p{Ll}][\\p{L}\\p{M}]*)(?:\\s+[\\p{L}][\\p{L}\\p{M}]*){0,2})`, "gu");
    for (const entry of ctx.texts) {
      if (entry.role === "agency" || entry.role === "place" || entry.role === "signature" || !HAS_LEVEL.test(entry.text)) continue;
      re.lastIndex = 0;
      for (const m of entry.text.matchAll(re)) {
        if (m.index! > 0 && /\p{L}/u.test(entry.text[m.index! - 1]!)) continue;
        const after = m[1]!;
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
