// Title, sections, items, points, bullets and tables: the body of the plan (nd30 §4–5).
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import type { BlockNode, DocumentNode, SectionNode, TableNode } from "../../model/nodes.js";
import { COLOR, SHORT_RULE_RATIO, SIZE, TEXT_WIDTH } from "./layout.js";
import { ruleParagraph } from "./rule.js";
import { bodyParagraph, centredLine, modelRuns, textRun } from "./runs.js";
import { textWidthTwips } from "./text-width.js";

/** "KẾ HOẠCH", the summary line(s) and the short rule under them (ô 5a). */
export function titleBlock(doc: DocumentNode): Paragraph[] {
  const out = [centredLine([textRun(doc.typeName, { size: SIZE.typeName, bold: true })], { spacing: { before: 480, after: 0, line: 240 } })];
  for (const line of doc.summary) out.push(centredLine([textRun(line, { size: SIZE.summary, bold: true })], { spacing: { before: 0, after: 0, line: 264 } }));
  const longest = Math.max(...doc.summary.map((l) => textWidthTwips(l, SIZE.summary, true)));
  out.push(ruleParagraph(Math.round(Math.min(longest, TEXT_WIDTH) * SHORT_RULE_RATIO), TEXT_WIDTH, 240));
  return out;
}

export function sectionBlock(s: SectionNode): (Paragraph | Table)[] {
  return [bodyParagraph([textRun(s.heading, { bold: true })], { keepNext: true }), ...blocks(s.children)];
}

export function blocks(list: readonly BlockNode[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of list) {
    switch (b.kind) {
      case "paragraph":
        out.push(bodyParagraph(modelRuns(b.runs)));
        break;
      case "bullet":
        out.push(bodyParagraph([textRun(`${b.marker} `), ...modelRuns(b.runs)]));
        break;
      case "item":
        if (b.title) out.push(bodyParagraph([textRun(`${b.label} `, { bold: true }), ...modelRuns(b.title, { bold: true })], { keepNext: b.children.length > 0 }));
        else out.push(bodyParagraph([textRun(`${b.label} `), ...modelRuns(b.text ?? [])]));
        out.push(...blocks(b.children));
        break;
      case "point":
        out.push(bodyParagraph([textRun(`${b.label} `), ...modelRuns(b.runs)]));
        out.push(...blocks(b.children));
        break;
      case "table":
        out.push(...tableBlock(b));
        break;
    }
  }
  return out;
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: COLOR } as const;

/** A bordered table with explicit column widths (LibreOffice ignores automatic ones). */
function tableBlock(t: TableNode): (Paragraph | Table)[] {
  const widths = t.widths.map((w) => Math.round(w * TEXT_WIDTH));
  const cellPara = (runs: Parameters<typeof modelRuns>[0], header: boolean) =>
    new Paragraph({
      alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
      indent: { firstLine: 0 },
      spacing: { before: 40, after: 40, line: 240 },
      children: modelRuns(runs, { size: SIZE.table, bold: header || undefined }),
    });
  const row = (cells: Parameters<typeof modelRuns>[0][], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (c, k) =>
          new TableCell({
            width: { size: widths[k] ?? 0, type: WidthType.DXA },
            margins: { top: 0, bottom: 0, left: 80, right: 80 },
            children: [cellPara(c, header)],
          }),
      ),
    });
  const out: (Paragraph | Table)[] = [];
  if (t.title) out.push(centredLine(modelRuns(t.title, { bold: true }), { spacing: { before: 120, after: 60, line: 240 }, keepNext: true }));
  out.push(
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER, insideHorizontal: CELL_BORDER, insideVertical: CELL_BORDER },
      rows: [row(t.header, true), ...t.rows.map((r) => row(r, false))],
    }),
  );
  return out;
}
