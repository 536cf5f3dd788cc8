// A short solid horizontal rule (nd30 §10): an empty, tiny paragraph whose bottom border is as long
// as `length`, centred in a box `boxWidth` wide by equal left and right indents.
import { AlignmentType, BorderStyle, Paragraph, TextRun } from "docx";
import { COLOR, FONT_SLOTS } from "./layout.js";

export function ruleParagraph(length: number, boxWidth: number, spaceAfter = 0): Paragraph {
  const side = Math.max(0, Math.round((boxWidth - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: 0, after: spaceAfter, line: 80, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR, space: 1 } },
    children: [new TextRun({ text: "", font: FONT_SLOTS, size: 4 })],
  });
}
