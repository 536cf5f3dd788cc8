// Brackets and quotes in pairs, paragraph by paragraph (each line of a text block is a paragraph):
// every "(" closed by ")", every "“" by "”", an even number of straight quotes ", and no space just
// inside curly quotes ("“ Gia đình"). The Cẩm Tân reference plan closes "(… tỉnh Thanh Hoá”".
// A letter or number before ")" at the start of a line or after a space ("a)", "2)") is a list
// label, not a bracket.
//
// ok:     mô hình “bình đẳng, hạnh phúc, tiến bộ” (theo Kế hoạch số 70/KH-UBND)
// not ok: (theo Quyết định của UBND tỉnh Thanh Hoá”.   câu lạc bộ “ Gia đình hạnh phúc”
import type { Finding, Rule, TextEntry } from "../rule.js";
import { findingIn } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

const PAIRS: Record<string, string> = { ")": "(", "”": "“" };
const LIST_LABEL = /(?:^|\s)[\p{L}\d]{1,2}$/u;

function checkLine(entry: TextEntry, line: string, offset: number, out: Finding[]): void {
  const stack: { mark: string; at: number }[] = [];
  const straight: number[] = [];
  const at = (i: number, mark: string, id: "check.brackets-quotes.unclosed" | "check.brackets-quotes.unopened") =>
    out.push(findingIn(entry, offset + i, 1, msg(id, { mark }), msg("check.brackets-quotes.pairHint")));
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "(" || c === "“") stack.push({ mark: c, at: i });
    else if (c === ")" || c === "”") {
      if (c === ")" && LIST_LABEL.test(line.slice(0, i)) && !stack.some((s) => s.mark === "(")) continue;
      const want = PAIRS[c]!;
      const top = stack[stack.length - 1];
      if (top?.mark === want) stack.pop();
      else if (top) {
        out.push(findingIn(entry, offset + i, 1, msg("check.brackets-quotes.mismatch", { open: top.mark, close: c }), msg("check.brackets-quotes.pairHint")));
        stack.pop();
      } else at(i, c, "check.brackets-quotes.unopened");
    } else if (c === '"') straight.push(i);
  }
  if (stack.length > 0) at(stack[0]!.at, stack[0]!.mark, "check.brackets-quotes.unclosed");
  if (straight.length % 2 === 1) {
    out.push(findingIn(entry, offset + straight[straight.length - 1]!, 1, msg("check.brackets-quotes.straightOdd"), msg("check.brackets-quotes.pairHint")));
  }
  for (const m of line.matchAll(/“[ \t]+(?=\S)|(?<=\S)[ \t]+”/gu)) {
    const f = findingIn(entry, offset + (m.index ?? 0), m[0].length, msg("check.brackets-quotes.spaceInside"), msg("check.brackets-quotes.spaceInsideHint"));
    f.fix = m[0].trim();
    out.push(f);
  }
}

export const rule: Rule = {
  id: "brackets-quotes",
  description: msg("check.brackets-quotes.description"),
  defaultSeverity: "warning",
  docs: "test/fixtures/reference/README.md (Cẩm Tân: a bracket closed by a quote); Phụ lục II (dấu câu)",
  check(ctx) {
    const out: Finding[] = [];
    for (const entry of ctx.texts) {
      const text = entry.text;
      if (!/[()“”"]/.test(text)) continue;
      let offset = 0;
      for (const line of text.split("\n")) {
        checkLine(entry, line, offset, out);
        offset += line.length + 1;
      }
    }
    return out;
  },
};
