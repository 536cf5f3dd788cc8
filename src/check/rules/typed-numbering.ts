// Numbers typed by hand. kehoach computes I., II., 1., 2.1, a) itself, so numbering defects cannot
// happen — unless an officer types numbers into the text: "V. TỔ CHỨC THỰC HIỆN" as a section
// title, "3. Tổ chức …" at the start of a line in a text block, "a) …" in a point. This rule is
// how the reference defects surface: a section typed "V." twice (Kông Chro's duplicated Roman
// numeral, Cẩm Tân's II → V) and items typed "7." then "9." (Kông Chro's skipped item number) are
// reported here, with the number kehoach would print and what is wrong in the typed sequence.
//
// ok:     - ten: TỔ CHỨC THỰC HIỆN
// not ok: - ten: V. TỔ CHỨC THỰC HIỆN        (prints "III. V. TỔ CHỨC THỰC HIỆN")
//         - |
//           7. Phòng Văn hóa …
//           9. Công an huyện …               (typed numbers; 8 is skipped)
import type { BlockNode } from "../../model/nodes.js";
import type { Finding, Rule, TextEntry } from "../rule.js";
import { findingIn } from "../rule.js";
import { isRoman, roman, romanValue } from "../../text/roman.js";
import { type Message, msg } from "../../i18n/i18n.js";

const LEAD = "[\\p{L}*\"“(]";
const ROMAN = new RegExp(`^([IVX]{1,6})\\s*[.):\\-–]\\s*(?=${LEAD})`, "u");
const MULTI = new RegExp(`^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(?=${LEAD})`, "u");
const SINGLE = new RegExp(`^(\\d{1,2})(?:[.)]|\\s*[-–])\\s*(?=${LEAD})`, "u");
const LETTER = /^([a-zđ])(?:\)\s*|\.\s+)(?=[\p{L}*"“(])/u;
/** An item number typed after a sentence, inside a paragraph: "… theo quy định. 6. Kinh phí …". */
const INSIDE = /[.;:!?…]\s{1,3}(\d{1,2}\.)\s+(?=\p{Lu})/gu;

interface Typed {
  kind: "roman" | "arabic" | "letter";
  /** "V", "7", "2.1", "a" */
  value: string;
  /** The whole typed prefix ("V. "), its place in the entry's text. */
  index: number;
  length: number;
}

/** Typed numbering at `offset` in `text` (after a "**" or "- " that may open the line). */
function typedAt(text: string, offset: number, allowLetters: boolean): Typed | undefined {
  const lead = /^(?:\*{1,3})?/.exec(text.slice(offset))![0].length;
  const start = offset + lead;
  const rest = text.slice(start);
  let m = ROMAN.exec(rest);
  if (m && isRoman(m[1]!)) return { kind: "roman", value: m[1]!, index: start, length: m[0].trimEnd().length };
  m = MULTI.exec(rest) ?? SINGLE.exec(rest);
  if (m) return { kind: "arabic", value: m[1]!, index: start, length: m[0].trimEnd().length };
  m = allowLetters ? LETTER.exec(rest) : null;
  if (m) return { kind: "letter", value: m[1]!, index: start, length: m[0].trimEnd().length };
  return undefined;
}

/** Follows typed numbers in reading order and says what is wrong with each against the one before. */
class Sequence {
  private last = new Map<string, number>();
  note(key: string, n: number, show: (n: number) => string): Message | undefined {
    const prev = this.last.get(key);
    this.last.set(key, n);
    if (prev === undefined || n === 1) return undefined;
    if (n === prev) return msg("check.typed-numbering.repeated", { number: show(n) });
    if (n > prev + 1) {
      const missing = Array.from({ length: n - prev - 1 }, (_, i) => show(prev + 1 + i)).join(", ");
      return msg("check.typed-numbering.skipped", { previous: show(prev), number: show(n), missing });
    }
    if (n < prev) return msg("check.typed-numbering.outOfOrder", { number: show(n), previous: show(prev) });
    return undefined;
  }
}

export const rule: Rule = {
  id: "typed-numbering",
  description: msg("check.typed-numbering.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §13 numbering; test/fixtures/reference/README.md (duplicated Roman numeral, skipped item number)",
  check(ctx) {
    const out: Finding[] = [];
    const seq = new Sequence();

    // The number kehoach prints for each titled block, by the block's source path.
    const printed = new Map<string, string>();
    const sectionOf = new Map<string, number>();
    const visit = (blocks: BlockNode[], section: number) => {
      for (const b of blocks) {
        if (b.kind === "item") printed.set(JSON.stringify(b.path), b.label);
        if (b.kind === "point") printed.set(JSON.stringify(b.path), b.label);
        if (b.kind === "item" || b.kind === "point") visit(b.children, section);
        sectionOf.set(JSON.stringify(b.path), section);
      }
    };
    ctx.document.sections.forEach((s, i) => {
      printed.set(JSON.stringify(s.path), `${s.number}.`);
      visit(s.children, i);
    });

    const report = (entry: TextEntry, t: Typed, printedLabel: string | undefined, key: string) => {
      const typed = entry.text.slice(t.index, t.index + t.length);
      let note: Message | undefined;
      if (t.kind === "roman") note = seq.note("roman", romanValue(t.value), roman);
      else if (t.kind === "arabic") {
        const parts = t.value.split(".");
        note = seq.note(`${key}|${parts.length}|${parts.slice(0, -1).join(".")}`, Number(parts[parts.length - 1]), (n) => [...parts.slice(0, -1), String(n)].join("."));
      } else {
        note = undefined;
      }
      const rest = entry.text.slice(t.index + t.length).trimStart();
      const shown = rest.length > 40 ? rest.slice(0, 40) + "…" : rest;
      out.push(
        findingIn(
          entry,
          t.index,
          t.length,
          printedLabel
            ? msg("check.typed-numbering.typedTitle", { typed, printedLabel, shown, note: note ?? "" })
            : msg("check.typed-numbering.typedParagraph", { typed, note: note ?? "" }),
          printedLabel
            ? msg("check.typed-numbering.typedTitleHint", { typed })
            : msg("check.typed-numbering.typedParagraphHint"),
        ),
      );
    };

    for (const entry of ctx.texts) {
      const text = entry.text;
      const parent = entry.path.slice(0, -1);
      switch (entry.role) {
        case "section-title": {
          const t = typedAt(text.trimStart(), 0, false);
          if (t) report(entry, { ...t, index: t.index + (text.length - text.trimStart().length) }, printed.get(JSON.stringify(parent)), "section");
          break;
        }
        case "item-title":
        case "item-text":
        case "point": {
          const t = typedAt(text, text.length - text.trimStart().length, true);
          const section = sectionOf.get(JSON.stringify(parent)) ?? -1;
          if (t) report(entry, t, printed.get(JSON.stringify(parent)), `s${section}`);
          break;
        }
        case "paragraph":
        case "bullet":
        case "opening":
        case "closing": {
          // Each line of a text block; after a "- " or "+ " bullet marker too.
          let offset = 0;
          for (const line of text.split("\n")) {
            const m = /^\s*(?:[-–+]\s+)?/.exec(line)!;
            const t = typedAt(text, offset + m[0].length, true);
            if (t) report(entry, t, undefined, `p${JSON.stringify(entry.path.slice(0, 3))}`);
            INSIDE.lastIndex = 0;
            for (const inside of line.matchAll(INSIDE)) {
              const index = offset + (inside.index ?? 0) + inside[0].indexOf(inside[1]!, 1);
              report(entry, { kind: "arabic", value: inside[1]!.slice(0, -1), index, length: inside[1]!.length }, undefined, `p${JSON.stringify(entry.path.slice(0, 3))}`);
            }
            offset += line.length + 1;
          }
          break;
        }
        default:
          break;
      }
    }
    return out;
  },
};
