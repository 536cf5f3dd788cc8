// The Roman section headings of a Word file's body (nd30.md §4 "phần/mục heading"): I., II., III.
// in order, the heading in capitals and bold — whether the numeral is typed or comes from Word's
// automatic numbering (then the number Word shows is checked).
//
// The k-th heading must carry the k-th numeral, so one wrong numeral is one finding ("I, IV, III":
// only IV), and a repeated or skipped one is found where it stands ("I, II, V": V).
//
// ok:     I. MỤC ĐÍCH, YÊU CẦU (bold) / II. NỘI DUNG (bold)
// not ok: "I. Mục đích, yêu cầu" (not capitals); II. then IV.; a heading not bold
import { isBold, isUpperShown, msg } from "../layout-helpers.js";
import type { LayoutFinding, LayoutRule } from "../rule.js";

const ROMAN_LABEL = /^\s*([IVXL]+)\s*[.)]\s*/;
const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = VALUES[s[i]!]!;
    total += v < (VALUES[s[i + 1] ?? ""] ?? 0) ? -v : v;
  }
  return total;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, d] of table) {
    while (n >= v) {
      out += d;
      n -= v;
    }
  }
  return out;
}

export const rule: LayoutRule = {
  id: "layout-headings",
  appliesTo: "docx-layout",
  description: msg("check.layout-headings.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §4 (phần/mục heading), §13 numbering",
  check({ parts }) {
    const out: LayoutFinding[] = [];
    let count = 0;
    let prevLabel = "";
    for (const p of parts.body) {
      const label = p.numberLabel ?? "";
      const m = ROMAN_LABEL.exec(label) ?? (label ? null : ROMAN_LABEL.exec(p.text));
      if (!m || toRoman(romanValue(m[1]!)) !== m[1]) continue;
      const rest = (label ? p.text : p.text.slice(m[0].length)).trim();
      // A Roman numeral starting a sentence ("V. I. Lenin …") is not a heading: headings are short.
      if (!rest || rest.length > 200) continue;
      const n = romanValue(m[1]!);
      const heading = `${m[1]}. ${rest.length > 50 ? rest.slice(0, 50) + "…" : rest}`;
      const hint = msg("check.layout-headings.hint");
      count++;
      if (n !== count) out.push({ paragraph: p.index, quote: `${m[1]}.`, message: msg("check.layout-headings.sequence", { label: `${m[1]}.`, prev: prevLabel || "—", want: `${toRoman(count)}.` }), hint });
      if (!isUpperShown(p)) out.push({ paragraph: p.index, message: msg("check.layout-headings.upper", { heading }), hint });
      if (!isBold(p)) out.push({ paragraph: p.index, message: msg("check.layout-headings.bold", { heading }), hint });
      prevLabel = `${m[1]}.`;
    }
    return out;
  },
};
