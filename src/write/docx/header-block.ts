// The two-column, borderless header (nd30 §3–4, ô 1–4): agency | national motto, Số | place and date.
import { Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType, type Paragraph } from "docx";
import type { HeaderNode } from "../../model/nodes.js";
import { HEADER_COLUMNS, SHORT_RULE_RATIO, SIZE, TEXT_WIDTH } from "./layout.js";
import { ruleParagraph } from "./rule.js";
import { centredLine, textRun } from "./runs.js";
import { textWidthTwips } from "./text-width.js";

const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 } as const;

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, margins: NO_MARGINS });
}

export function headerTable(h: HeaderNode): Table {
  const [leftW, rightW] = HEADER_COLUMNS;
  const left: Paragraph[] = [];
  if (h.parentAgency) left.push(centredLine([textRun(h.parentAgency, { size: SIZE.parentAgency })]));
  for (const line of h.agency) left.push(centredLine([textRun(line, { size: SIZE.agency, bold: true })]));
  const lastAgency = h.agency[h.agency.length - 1] ?? "";
  const agencyWidth = Math.min(leftW, textWidthTwips(lastAgency, SIZE.agency, true));
  left.push(ruleParagraph(Math.round(agencyWidth * SHORT_RULE_RATIO), leftW));

  const right: Paragraph[] = [
    centredLine([textRun(h.motto.nation, { size: SIZE.nation, bold: true })]),
    centredLine([textRun(h.motto.slogan, { size: SIZE.slogan, bold: true })]),
    // The rule under the tiêu ngữ is exactly as long as the tiêu ngữ (§10).
    ruleParagraph(textWidthTwips(h.motto.slogan, SIZE.slogan, true), rightW),
  ];

  const numberCell = [centredLine([textRun(h.numberLine, { size: SIZE.number })], { spacing: { before: 120, after: 0, line: 240 } })];
  const dateCell = [centredLine([textRun(h.placeDate, { size: SIZE.placeDate, italic: true })], { spacing: { before: 120, after: 0, line: 240 } })];

  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftW, rightW],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [cell(left, leftW), cell(right, rightW)], cantSplit: true }),
      new TableRow({ children: [cell(numberCell, leftW), cell(dateCell, rightW)], cantSplit: true }),
    ],
  });
}
