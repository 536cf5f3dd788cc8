// Nothing that stands for a value to fill in reaches the output: a {{placeholder}} without a value
// (in a plan, or in a template expanded with --data), a broken {{…}} expression or unknown helper
// (in a template too), a {single-brace} name, or a blank left to fill ("xã ………", "số ..../KH").
// A template checked without data may keep its {{placeholders}}: that is what it is for.
// The {{…}} problems the expand stage finds (no value, unknown helper, bad syntax) are reported by
// the runner under this rule's id and severity; this file adds what expansion cannot see.
//
// ok:     trich_yeu: … năm {{nam}}   with bien: { nam: 2024 }
// not ok: trich_yeu: … xã {{xa}}     with no value for xa;  "Kính gửi: {ten_xa}";  "ngày ……"
import type { Finding, Rule } from "../rule.js";
import { findingIn } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

const LEFT_PLACEHOLDER = /\{\{[^{}]*\}\}/gu;
const SINGLE_BRACE = /(?<!\{)\{\s*[\p{L}_][\p{L}\p{N}_ .]{0,40}\}(?!\})/gu;
const BLANK = /(?<=^|[\s(/])(?:…{2,}|\.{4,}|…\.+|_{3,})(?=$|[\s/),.;:])/gmu;

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
      if (text.includes("…") || text.includes("....") || text.includes("___")) {
        BLANK.lastIndex = 0;
        for (const m of text.matchAll(BLANK)) {
          out.push(
            findingIn(
              entry,
              m.index ?? 0,
              m[0].length,
              msg("check.unresolved-placeholder.blank", { p1: m[0] }),
              msg("check.unresolved-placeholder.blankHint"),
            ),
          );
        }
      }
    }
    return out;
  },
};
