// Nothing that stands for a value to fill in reaches the output: a {{placeholder}} without a value
// (in a plan, or in a template expanded with --data), a broken {{…}} expression or unknown helper
// (in a template too), a {single-brace} name, or a blank left to fill ("xã ………", "số ..../KH").
// A template checked without data may keep its {{placeholders}}: that is what it is for.
// A blank ("……", "số …/KH-UBND ngày …", "..../..../2022", three or more x's, "[tên xã]") is a warning in a
// draft and an error with --final.
// The {{…}} problems the expand stage finds (no value, unknown helper, bad syntax) are reported by
// the runner under this rule's id and severity; this file adds what expansion cannot see.
//
// ok:     trich_yeu: … năm {{nam}}   with bien: { nam: 2024 }
// not ok: trich_yeu: … xã {{xa}}     with no value for xa;  "Kính gửi: {ten_xa}";  "ngày ……";
//         "Kế hoạch số …/KH-UBND ngày …/…/2024 của UBND huyện …"; "xã [tên xã]"; "ngày xx/xx/2024"
import type { Finding, Rule } from "../rule.js";
import { findingIn } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

const LEFT_PLACEHOLDER = /\{\{[^{}]*\}\}/gu;
const SINGLE_BRACE = /(?<!\{)\{\s*[\p{L}_][\p{L}\p{N}_ .]{0,40}\}(?!\})/gu;
const BLANK = /(?<=^|[\s(/])(?:…{2,}|\.{4,}|…\.+|_{3,})(?=$|[\s/),.;:])/gmu;
/** The other forms of a blank left to fill: "số …/KH-UBND ngày …", "…/…/2024", "..../..../2022",
 * "của UBND huyện …", a run of x's, "XX/2024", "[tên xã]". An ellipsis after other words is "and so on". */
const OTHER_BLANKS: { re: RegExp; needs: (t: string) => boolean; before?: RegExp }[] = [
  // "số …", "ngày …", "xã ...": checked forward, its left context on a short slice.
  { re: /(?:…|\.{2,3})(?![.…])/gu, needs: (t) => t.includes("…") || t.includes(".."), before: /(?:^|[^\p{L}])(?:[sS]ố|ngày|[tT]háng|năm|[xX]ã|[hH]uyện|[tT]hôn|[tT]ỉnh)[ :]*$/u },
  { re: /(?:…|\.{2,})(?=\s*\/)|(?<=\/\s*)(?:…|\.{2,})/gu, needs: (t) => t.includes("/") && (t.includes("…") || t.includes("..")) },
  { re: /(?<![\p{L}\d])[xX]{3,}(?![\p{L}\d])/gu, needs: (t) => /x{3}/i.test(t) },
  { re: /(?<=(?:[sS]ố|ngày|tháng|năm)\s+|\/)[xX]{2}(?![\p{L}])|(?<![\p{L}])[xX]{2}(?=\/)/gu, needs: (t) => /xx/i.test(t) },
  { re: /\[[^\]\n]{1,40}\]/gu, needs: (t) => t.includes("[") },
];

export const rule: Rule = {
  id: "unresolved-placeholder",
  description: msg("check.unresolved-placeholder.description", { placeholder: msg("check.unresolved-placeholder.placeholderWord"), example: msg("expand.nameWord") }),
  defaultSeverity: "error",
  docs: "docs/dev-guide.md (templates: a placeholder with no value is an error)",
  check(ctx) {
    const out: Finding[] = [];
    for (const entry of ctx.texts) {
      const text = entry.text;
      if (!ctx.template && text.includes("{{")) {
        LEFT_PLACEHOLDER.lastIndex = 0;
        for (const m of text.matchAll(LEFT_PLACEHOLDER)) {
          out.push(
            findingIn(
              entry,
              m.index ?? 0,
              m[0].length,
              msg("check.unresolved-placeholder.noValue", { p1: m[0] }),
              msg("check.unresolved-placeholder.noValueHint"),
            ),
          );
        }
      }
      if (text.includes("{")) {
        SINGLE_BRACE.lastIndex = 0;
        for (const m of text.matchAll(SINGLE_BRACE)) {
          out.push(
            findingIn(
              entry,
              m.index ?? 0,
              m[0].length,
              msg("check.unresolved-placeholder.singleBraces", { p1: m[0] }),
              msg("check.unresolved-placeholder.singleBracesHint", { p1: m[0].slice(1, -1).trim() }),
            ),
          );
        }
      }
      const taken: number[] = [];
      if (text.includes("…") || text.includes("....") || text.includes("___")) {
        BLANK.lastIndex = 0;
        for (const m of text.matchAll(BLANK)) {
          const f = findingIn(
            entry,
            m.index ?? 0,
            m[0].length,
            msg("check.unresolved-placeholder.blank", { p1: m[0] }),
            msg("check.unresolved-placeholder.blankHint"),
          );
          f.draftWarning = true;
          out.push(f);
          taken.push(m.index ?? 0);
        }
      }
      {
        const blanks = OTHER_BLANKS.flatMap(({ re, needs, before }) =>
          needs(text) ? [...text.matchAll(re)].filter((m) => !before || before.test(text.slice(Math.max(0, m.index! - 12), m.index))) : [],
        ).sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
        for (const m of blanks) {
          const at = m.index ?? 0;
          if (taken.some((t) => Math.abs(t - at) < 5)) continue;
          taken.push(at);
          const f = findingIn(entry, at, m[0].length, msg("check.unresolved-placeholder.blankForm", { text: m[0] }), msg("check.unresolved-placeholder.blankFormHint"));
          f.draftWarning = true;
          out.push(f);
        }
      }
    }
    return out;
  },
};
