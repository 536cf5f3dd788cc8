// Times New Roman in every font slot Word uses for the text, in black (nd30.md §2). Word keeps four
// slots per run (ascii, hAnsi, eastAsia, cs) and picks one per character (ECMA-376 17.3.2.26):
// ASCII letters use ascii, Vietnamese letters hAnsi; eastAsia only shows East Asian characters, or
// Vietnamese letters too in a run hinted as East Asian (w:hint="eastAsia"); cs only complex-script or
// right-to-left text. So the Calibri that Word's default template leaves in the eastAsia slot of a
// file set in Times New Roman is not reported: it shows nothing. A slot that names no font (left to
// the application) is not reported either. One finding per font, at its first paragraph, with the
// others listed.
//
// ok:     <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>
// not ok: Word's default Calibri (theme font); "VNI-Times"; Arial in a table; red text
import { collapse, msg } from "../layout-helpers.js";
import type { TextRun } from "../../read/read-document.js";
import type { LayoutFinding, LayoutRule } from "../rule.js";

const SLOT_NAMES = {
  ascii: "check.layout-font.slot.ascii",
  hAnsi: "check.layout-font.slot.hAnsi",
  eastAsia: "check.layout-font.slot.eastAsia",
  cs: "check.layout-font.slot.cs",
} as const;
const TIMES = /^times new roman$/i;
/** Characters Word shows in the eastAsia slot whatever the hint: CJK, kana, hangul, full-width forms. */
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u;
/** Characters of complex scripts, shown in the cs slot: Arabic, Hebrew, Thai, Lao, Khmer, Indic. */
const COMPLEX = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}]/u;

/** The slots whose font the run's text is shown in. */
function slotsShowing(r: TextRun): (keyof typeof SLOT_NAMES)[] {
  const slots: (keyof typeof SLOT_NAMES)[] = ["ascii", "hAnsi"];
  if (r.fontHint === "eastAsia" || EAST_ASIAN.test(r.text)) slots.push("eastAsia");
  if (r.complexScript || r.fontHint === "cs" || COMPLEX.test(r.text)) slots.push("cs");
  return slots;
}
const BLACK = /^(auto|0{6})$/i;

export const rule: LayoutRule = {
  id: "layout-font",
  appliesTo: "docx-layout",
  description: msg("check.layout-font.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §2",
  check({ parts }) {
    const list: { key: string; finding: LayoutFinding }[] = [];
    for (const { p } of parts.all) {
      for (const r of p.runs) {
        if (!r.text.trim()) continue;
        // The slots naming each font other than Times New Roman: one finding per font.
        const byFont = new Map<string, (keyof typeof SLOT_NAMES)[]>();
        for (const slot of slotsShowing(r)) {
          const font = r.fonts?.[slot];
          if (font && !TIMES.test(font.trim())) byFont.set(font, [...(byFont.get(font) ?? []), slot]);
        }
        for (const [font, slots] of byFont) {
          const slot = slots.map((x) => msg(SLOT_NAMES[x])).reduce((first, next) => msg("check.layout.want.and", { first, next }));
          list.push({ key: `font:${slots.join("+")}:${font}`, finding: { paragraph: p.index, quote: r.text.trim(), message: msg("check.layout-font.notTimes", { slot, font }), hint: msg("check.layout-font.notTimesHint") } });
        }
        if (r.color && !BLACK.test(r.color)) {
          list.push({ key: `color:${r.color}`, finding: { paragraph: p.index, quote: r.text.trim(), message: msg("check.layout-font.color", { color: r.color.toUpperCase() }), hint: msg("check.layout-font.colorHint") } });
        }
      }
    }
    return collapse(list);
  },
};
