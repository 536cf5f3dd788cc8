// Nơi nhận (left, ô 9b) level with the signature block (right, ô 7): one borderless table row
// that may not split across pages.
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from "docx";
import type { RecipientsNode, SignatureNode } from "../../model/nodes.js";
import { SIGNATURE_COLUMNS, SIGNATURE_ROOM_LINES, SIZE, TEXT_WIDTH } from "./layout.js";
import { centredLine, textRun } from "./runs.js";

const leftLine = (children: ReturnType<typeof textRun>[]) =>
  new Paragraph({ alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, spacing: { before: 0, after: 0, line: 240 }, children });

export function signatureTable(r: RecipientsNode, s: SignatureNode): Table {
  const [leftW, rightW] = SIGNATURE_COLUMNS;
  const left = [leftLine([textRun(r.label, { size: SIZE.recipientsLabel, bold: true, italic: true })]), ...r.items.map((i) => leftLine([textRun(i, { size: SIZE.recipients })]))];
  const right = [
    ...s.lines.map((l) => centredLine([textRun(l, { size: SIZE.signature, bold: true })])),
    ...Array.from({ length: SIGNATURE_ROOM_LINES }, () => centredLine([textRun("", { size: SIZE.signature })])),
    centredLine([textRun(s.name, { size: SIZE.signature, bold: true })]),
  ];
  const margins = { top: 0, bottom: 0, left: 0, right: 0 };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftW, rightW],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ children: left, width: { size: leftW, type: WidthType.DXA }, margins }),
          new TableCell({ children: right, width: { size: rightW, type: WidthType.DXA }, margins }),
        ],
      }),
    ],
  });
}
