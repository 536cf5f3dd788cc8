// Paragraph and run factories with the font set in every slot and the colour black (nd30 §2).
import { AlignmentType, Paragraph, TextRun, type IParagraphOptions } from "docx";
import type { Run } from "../../model/nodes.js";
import { BODY, COLOR, FONT_SLOTS, SIZE } from "./layout.js";

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

export function textRun(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONT_SLOTS,
    size: style.size ?? SIZE.body,
    bold: style.bold,
    italics: style.italic,
    color: COLOR,
  });
}

export function modelRuns(runs: readonly Run[], style: RunStyle = {}): TextRun[] {
  return runs.map((r) => textRun(r.text, { ...style, bold: style.bold || r.bold, italic: style.italic || r.italic }));
}

/** A body paragraph: justified, first-line indent, 6 pt before, 1.2 line spacing. */
export function bodyParagraph(children: TextRun[], extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY.firstLine },
    spacing: { before: BODY.before, after: BODY.after, line: BODY.line },
    children,
    ...extra,
  });
}

/** A centred line with no indent and no spacing (header, title, signature). */
export function centredLine(children: TextRun[], extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: 0, after: 0, line: 240 },
    children,
    ...extra,
  });
}
