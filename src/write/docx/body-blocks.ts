// Title, sections, items, points, bullets and tables: the body of the plan (nd30 §4–5).
import type { BlockNode, DocumentNode, Run, SectionNode, TableNode } from "../../model/nodes.js";
import { SHORT_RULE_RATIO, SIZE, TEXT_WIDTH } from "./layout.js";
import { bodyPara, line, rule, run, type LBlock, type LPara, type LRun } from "./layout-nodes.js";
import { textWidthTwips } from "../../text/text-width.js";

export function modelRuns(runs: readonly Run[], style: { size?: number; bold?: boolean; italic?: boolean } = {}): LRun[] {
  return runs.map((r) => run(r.text, { size: style.size, bold: style.bold || r.bold, italic: style.italic || r.italic }));
}

/** "KẾ HOẠCH", the summary line(s) and the short rule under them (ô 5a). */
export function titleBlock(doc: DocumentNode): LPara[] {
  const out = [line([run(doc.typeName, { size: SIZE.typeName, bold: true })], { before: 480 })];
  for (const l of doc.summary) out.push(line([run(l, { size: SIZE.summary, bold: true })], { line: 264 }));
  const longest = Math.max(...doc.summary.map((l) => textWidthTwips(l, SIZE.summary, true)));
  out.push(rule(Math.round(Math.min(longest, TEXT_WIDTH) * SHORT_RULE_RATIO), TEXT_WIDTH, 240));
  return out;
}

export function sectionBlock(s: SectionNode): LBlock[] {
  return [bodyPara([run(s.heading, { bold: true })], { keepNext: true }), ...blocks(s.children)];
}

export function blocks(list: readonly BlockNode[]): LBlock[] {
  const out: LBlock[] = [];
  for (const b of list) {
    switch (b.kind) {
      case "paragraph":
        out.push(bodyPara(modelRuns(b.runs)));
        break;
      case "bullet":
        out.push(bodyPara([run(`${b.marker} `), ...modelRuns(b.runs)]));
        break;
      case "item":
        if (b.title) out.push(bodyPara([run(`${b.label} `, { bold: true }), ...modelRuns(b.title, { bold: true })], { keepNext: b.children.length > 0 }));
        else out.push(bodyPara([run(`${b.label} `), ...modelRuns(b.text ?? [])]));
        out.push(...blocks(b.children));
        break;
      case "point":
        out.push(bodyPara([run(`${b.label} `), ...modelRuns(b.runs)]));
        out.push(...blocks(b.children));
        break;
      case "table":
        out.push(...tableBlock(b));
        break;
    }
  }
  return out;
}

/** A bordered table with explicit column widths (LibreOffice ignores automatic ones). */
function tableBlock(t: TableNode): LBlock[] {
  const widths = t.widths.map((w) => Math.round(w * TEXT_WIDTH));
  const margins = { top: 0, bottom: 0, left: 80, right: 80 };
  const row = (cells: Run[][], header: boolean) => ({
    header: header || undefined,
    cantSplit: true,
    cells: cells.map((c, k) => ({
      width: widths[k] ?? 0,
      margins,
      paras: [line(modelRuns(c, { size: SIZE.table, bold: header }), { align: header ? "center" : "left", before: 40, after: 40 })],
    })),
  });
  const out: LBlock[] = [];
  if (t.title) out.push(line(modelRuns(t.title, { bold: true }), { before: 120, after: 60, keepNext: true }));
  out.push({ kind: "table", width: TEXT_WIDTH, widths, borders: "single", rows: [row(t.header, true), ...t.rows.map((r) => row(r, false))] });
  return out;
}
