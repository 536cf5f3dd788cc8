// Times New Roman in every font slot a Word file names, in black (nd30.md §2). Word keeps four
// slots per run (ascii, hAnsi, eastAsia, cs); Vietnamese letters use hAnsi, but a run marked as
// East Asian uses eastAsia, so every slot that names a font must name Times New Roman. A slot that
// names none (left to the application) is not reported. One finding per font, at its first
// paragraph, with the others listed.
//
// ok:     <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>
// not ok: Word's default Calibri (theme font); "VNI-Times"; Arial in a table; red text
import { collapse, msg } from "../layout-helpers.js";
import type { LayoutFinding, LayoutRule } from "../rule.js";

const SLOT_NAMES = {
  ascii: "check.layout-font.slot.ascii",
  hAnsi: "check.layout-font.slot.hAnsi",
  eastAsia: "check.layout-font.slot.eastAsia",
  cs: "check.layout-font.slot.cs",
} as const;
const TIMES = /^times new roman$/i;
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
        for (const slot of ["ascii", "hAnsi", "eastAsia", "cs"] as const) {
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
