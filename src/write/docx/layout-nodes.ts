// The page as the docx writers see it: paragraphs, runs and tables with every layout decision
// already taken (sizes, indents, spacing, borders). Two backends turn these into WordprocessingML:
// the docx library (the reference) and a direct XML serializer (fast, byte-identical).
import { BODY, SIZE } from "./layout.js";

export interface LRun {
  text: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
}

export type Align = "both" | "center" | "left";

export interface LPara {
  kind: "p";
  align: Align;
  indent: { firstLine: number; left?: number; right?: number };
  spacing: { before: number; after: number; line: number; exact?: boolean };
  keepNext?: boolean;
  /** A solid bottom border: how the short rules of nd30 §10 are drawn. */
  rule?: boolean;
  runs: LRun[];
}

export interface LCell {
  width: number;
  margins: { top: number; bottom: number; left: number; right: number };
  paras: LPara[];
}

export interface LRow {
  cells: LCell[];
  cantSplit?: boolean;
  header?: boolean;
}

export interface LTable {
  kind: "table";
  width: number;
  widths: number[];
  /** "none" for the header and signature layout tables, "single" for content tables. */
  borders: "none" | "single";
  rows: LRow[];
}

export type LBlock = LPara | LTable;

export function run(text: string, style: { size?: number; bold?: boolean; italic?: boolean } = {}): LRun {
  const r: LRun = { text, size: style.size ?? SIZE.body };
  if (style.bold) r.bold = true;
  if (style.italic) r.italic = true;
  return r;
}

/** A body paragraph: justified, first-line indent, 6 pt before, 1.2 line spacing (nd30 §5). */
export function bodyPara(runs: LRun[], opts: { keepNext?: boolean } = {}): LPara {
  return {
    kind: "p",
    align: "both",
    indent: { firstLine: BODY.firstLine },
    spacing: { before: BODY.before, after: BODY.after, line: BODY.line },
    keepNext: opts.keepNext || undefined,
    runs,
  };
}

/** A line with no indent: centred by default (header, title, signature). */
export function line(runs: LRun[], opts: { align?: Align; before?: number; after?: number; line?: number; keepNext?: boolean } = {}): LPara {
  return {
    kind: "p",
    align: opts.align ?? "center",
    indent: { firstLine: 0 },
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0, line: opts.line ?? 240 },
    keepNext: opts.keepNext || undefined,
    runs,
  };
}

/** A short solid rule `length` long, centred in a box `boxWidth` wide (nd30 §10). */
export function rule(length: number, boxWidth: number, spaceAfter = 0): LPara {
  const side = Math.max(0, Math.round((boxWidth - length) / 2));
  return {
    kind: "p",
    align: "center",
    indent: { firstLine: 0, left: side, right: side },
    spacing: { before: 0, after: spaceAfter, line: 80, exact: true },
    rule: true,
    runs: [{ text: "", size: 4 }],
  };
}
