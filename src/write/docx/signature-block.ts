// Nơi nhận (left, ô 9b) level with the signature block (right, ô 7): one borderless table row
// that may not split across pages.
import type { RecipientsNode, SignatureNode } from "../../model/nodes.js";
import { SIGNATURE_COLUMNS, SIGNATURE_ROOM_LINES, SIZE, TEXT_WIDTH } from "./layout.js";
import { line, run, type LTable } from "./layout-nodes.js";

export function signatureTable(r: RecipientsNode, s: SignatureNode): LTable {
  const [leftW, rightW] = SIGNATURE_COLUMNS;
  const left = [
    line([run(r.label, { size: SIZE.recipientsLabel, bold: true, italic: true })], { align: "left" }),
    ...r.items.map((i) => line([run(i, { size: SIZE.recipients })], { align: "left" })),
  ];
  const right = [
    ...s.lines.map((l) => line([run(l, { size: SIZE.signature, bold: true })])),
    ...Array.from({ length: SIGNATURE_ROOM_LINES }, () => line([run("", { size: SIZE.signature })])),
    line([run(s.name, { size: SIZE.signature, bold: true })]),
  ];
  const margins = { top: 0, bottom: 0, left: 0, right: 0 };
  return {
    kind: "table",
    width: TEXT_WIDTH,
    widths: [leftW, rightW],
    borders: "none",
    rows: [{ cantSplit: true, cells: [{ width: leftW, margins, paras: left }, { width: rightW, margins, paras: right }] }],
  };
}
