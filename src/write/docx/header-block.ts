// The two-column, borderless header (nd30 §3–4, ô 1–4): agency | national motto, Số | place and date.
import type { HeaderNode } from "../../model/nodes.js";
import { HEADER_COLUMNS, SHORT_RULE_RATIO, SIZE, TEXT_WIDTH } from "./layout.js";
import { line, rule, run, type LCell, type LPara, type LTable } from "./layout-nodes.js";
import { textWidthTwips } from "../../text/text-width.js";

const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };
const cell = (paras: LPara[], width: number): LCell => ({ width, margins: NO_MARGINS, paras });

export function headerTable(h: HeaderNode): LTable {
  const [leftW, rightW] = HEADER_COLUMNS;
  const left: LPara[] = [];
  if (h.parentAgency) left.push(line([run(h.parentAgency, { size: SIZE.parentAgency })]));
  for (const l of h.agency) left.push(line([run(l, { size: SIZE.agency, bold: true })]));
  const lastAgency = h.agency[h.agency.length - 1] ?? "";
  const agencyWidth = Math.min(leftW, textWidthTwips(lastAgency, SIZE.agency, true));
  left.push(rule(Math.round(agencyWidth * SHORT_RULE_RATIO), leftW));

  const right: LPara[] = [
    line([run(h.motto.nation, { size: SIZE.nation, bold: true })]),
    line([run(h.motto.slogan, { size: SIZE.slogan, bold: true })]),
    // The rule under the tiêu ngữ is exactly as long as the tiêu ngữ (§10).
    rule(textWidthTwips(h.motto.slogan, SIZE.slogan, true), rightW),
  ];

  return {
    kind: "table",
    width: TEXT_WIDTH,
    widths: [leftW, rightW],
    borders: "none",
    rows: [
      { cantSplit: true, cells: [cell(left, leftW), cell(right, rightW)] },
      {
        cantSplit: true,
        cells: [
          cell([line([run(h.numberLine, { size: SIZE.number })], { before: 120 })], leftW),
          cell([line([run(h.placeDate, { size: SIZE.placeDate, italic: true })], { before: 120 })], rightW),
        ],
      },
    ],
  };
}
