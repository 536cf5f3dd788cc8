// Text that prints differently from how it reads in the YAML: a "\n" typed into a value that is not
// in double quotes (printed as the two characters "\n", not a line break), and a dash or plus at
// the start of a line without its space ("-Thường xuyên"), which prints as a plain paragraph
// starting with "-" instead of a bullet. --fix adds the space.
//
// ok:     "Dòng một\nDòng hai" (double quotes);  - Thường xuyên kiểm tra
// not ok: Dòng một\nDòng hai (plain scalar);      -Thường xuyên kiểm tra
import type { Finding, Rule } from "../rule.js";
import { findingIn } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

const DASH = /^([ \t]*)([-+])(\p{L})/gmu;
const BLOCK_ROLES = new Set(["paragraph", "item-text", "bullet", "point", "opening", "closing"]);

export const rule: Rule = {
  id: "render-artifacts",
  description: msg("check.render-artifacts.description"),
  defaultSeverity: "warning",
  docs: "docs/dev-guide.md (text blocks: \"- \" starts a bullet); YAML quoting",
  check(ctx) {
    const out: Finding[] = [];
    for (const entry of ctx.texts) {
      const text = entry.text;
      const nl = text.indexOf("\\n");
      if (nl >= 0) out.push(findingIn(entry, nl, 2, msg("check.render-artifacts.literalNewline"), msg("check.render-artifacts.literalNewlineHint")));
      if (!BLOCK_ROLES.has(entry.role) || !/(?:^|\n)[ \t]*[-+]\p{L}/u.test(text)) continue;
      DASH.lastIndex = 0;
      for (const m of text.matchAll(DASH)) {
        const at = (m.index ?? 0) + m[1]!.length;
        const word = /^[-+][\p{L}\p{M}]+/u.exec(text.slice(at))![0];
        const fixed = `${m[2]} ${word.slice(1)}`;
        const f = findingIn(entry, at, 1, msg("check.render-artifacts.dash", { text: word }), msg("check.render-artifacts.dashHint", { fixed }));
        f.fix = `${m[2]} `;
        out.push(f);
      }
    }
    return out;
  },
};
