// .docx → ReadDocument. Reads the package (load/zip-reader.ts), the theme's fonts, styles.xml,
// numbering.xml and document.xml, and the PAGE fields of the headers and footers; walks the body in
// reading order: paragraphs (runs with their resolved formatting, line breaks as "\n", tabs as
// "\t", the number Word's automatic numbering shows), tables (grid widths, spans, borders, the
// paragraphs of each cell, nested tables flattened into their cell), and lines drawn as shapes.
// Text boxes are out of scope: their text is not read.
import { ZipError, ZipReader } from "../../load/zip-reader.js";
import type { PageNumber, PageSetup, ReadBlock, ReadCell, ReadDocument, ReadParagraph, ReadTable, TextRun } from "../read-document.js";
import { Numbering, symbolGlyph } from "./numbering.js";
import { mergePara, mergeRun, readPPr, readRPr, toggle, visibleBorder, type ParaProps, type RunProps, type ThemeFonts } from "./properties.js";
import { readTheme, Styles } from "./styles.js";
import { child, children, parseXml, XmlError, type XmlElement } from "./xml.js";

/** Largest .docx file read, and the most any one part may expand to (zip bombs stop here). */
export const DOCX_LIMITS = {
  maxFileBytes: 50 * 1024 * 1024,
  maxPartBytes: 64 * 1024 * 1024,
  /** All parts read, together. */
  maxTotalBytes: 128 * 1024 * 1024,
} as const;

export type DocxProblem =
  | { kind: "not-docx"; detail: string }
  | { kind: "encrypted" }
  | { kind: "too-large"; part: string }
  | { kind: "corrupt"; part: string; detail: string }
  | { kind: "no-document" };

/** Why a .docx cannot be read; the caller words it for the user. */
export class DocxReadError extends Error {
  constructor(readonly problem: DocxProblem) {
    super(problem.kind);
    this.name = "DocxReadError";
  }
}

const EMU_PER_PT = 12700;
const DEFAULT_CELL_MARGIN_TW = 108;

interface Context {
  styles: Styles;
  numbering: Numbering;
  theme: ThemeFonts;
  /** Page numbers are known only when Word recorded where its pages broke. */
  pagesKnown: boolean;
}

class Walker {
  private index = 0;
  private page = 1;
  readonly lines: { anchorIndex: number; widthPt?: number }[] = [];
  constructor(readonly ctx: Context) {}

  /** Block-level content: paragraphs and tables, through content controls and custom XML. */
  blocks(el: XmlElement, widthTw: number, out: ReadBlock[], inCell: boolean, table?: TableFormat): void {
    for (const c of el.children) {
      if (typeof c === "string") continue;
      switch (c.name) {
        case "w:p":
          out.push(this.paragraph(c, widthTw, table));
          break;
        case "w:tbl": {
          const t = this.table(c, widthTw);
          if (inCell) for (const row of t.rows) for (const cell of row.cells) out.push(...cell.paragraphs);
          else out.push(t);
          break;
        }
        case "w:sdt":
          this.blocks(child(c, "w:sdtContent") ?? c, widthTw, out, inCell, table);
          break;
        case "w:customXml":
        case "w:ins":
        case "w:moveTo":
          this.blocks(c, widthTw, out, inCell, table);
          break;
      }
    }
  }

  paragraph(p: XmlElement, widthTw: number, table?: TableFormat): ReadParagraph {
    const { styles, numbering } = this.ctx;
    const direct = readPPr(child(p, "w:pPr"));
    const style = styles.get("paragraph", direct.pStyle);
    let props: ParaProps = mergePara(styles.defaultPara, table?.pPr ?? {});
    props = mergePara(props, style?.pPr ?? {});
    const numId = direct.numId ?? style?.pPr.numId;
    const ilvl = direct.ilvl ?? (direct.numId !== undefined ? 0 : style?.pPr.ilvl) ?? 0;
    let numberLabel: string | undefined;
    if (numId !== undefined && numId !== "0") {
      props = mergePara(props, numbering.levelPPr(numId, ilvl) ?? {});
      numberLabel = numbering.next(numId, ilvl);
    }
    props = mergePara(props, { ...direct, numId: undefined, ilvl: undefined });

    const base = mergeRun(mergeRun(styles.defaultRun, table?.rPr ?? {}), style?.rPr ?? {});
    const para: ReadParagraph = { kind: "paragraph", index: ++this.index, runs: [], text: "" };
    const collector = new RunCollector(para, this, base);
    collector.content(p);
    if (para.page === undefined && this.ctx.pagesKnown) para.page = this.page;

    if (numberLabel) para.numberLabel = numberLabel;
    if (style) para.style = style.name;
    if (props.align) para.align = props.align;
    if (props.indentLeftPt !== undefined) para.indentLeftPt = props.indentLeftPt;
    if (props.indentRightPt !== undefined) para.indentRightPt = props.indentRightPt;
    if (props.indentFirstLinePt !== undefined) para.indentFirstLinePt = props.indentFirstLinePt;
    if (props.spacingBeforePt !== undefined) para.spacingBeforePt = props.spacingBeforePt;
    if (props.spacingAfterPt !== undefined) para.spacingAfterPt = props.spacingAfterPt;
    if (props.lineSpacing) para.lineSpacing = props.lineSpacing;
    if (props.borderBottom) para.borderBottom = true;
    if (widthTw > 0) para.widthPt = round2(widthTw / 20 - (props.indentLeftPt ?? 0) - (props.indentRightPt ?? 0));
    return para;
  }

  /** A page break or a rendered page break inside a paragraph. */
  pageBreak(para: ReadParagraph, rendered: boolean, textSoFar: boolean): void {
    // Only Word's own record of where pages broke tells the page; an explicit break alone does not.
    if (!rendered || !this.ctx.pagesKnown) return;
    this.page++;
    if (!textSoFar) para.page = this.page;
    else if (para.page === undefined) para.page = this.page - 1;
  }

  drawing(anchor: number, el: XmlElement): void {
    for (const widthPt of drawnLines(el)) this.lines.push(widthPt === undefined ? { anchorIndex: anchor } : { anchorIndex: anchor, widthPt });
  }

  table(tbl: XmlElement, outerWidthTw: number): ReadTable {
    const { styles } = this.ctx;
    const tblPr = child(tbl, "w:tblPr");
    const style = styles.get("table", child(tblPr, "w:tblStyle")?.attrs["w:val"]);
    const grid = children(child(tbl, "w:tblGrid"), "w:gridCol").map((g) => Number(g.attrs["w:w"]) || 0);
    const direct = child(tblPr, "w:tblBorders");
    let borders = direct ? direct.children.some((b) => typeof b !== "string" && visibleBorder(b)) : (style?.tableBorders ?? false);
    const mar = child(tblPr, "w:tblCellMar");
    const tableMargins = {
      left: twips(child(mar, "w:left") ?? child(mar, "w:start")) ?? DEFAULT_CELL_MARGIN_TW,
      right: twips(child(mar, "w:right") ?? child(mar, "w:end")) ?? DEFAULT_CELL_MARGIN_TW,
    };
    const format: TableFormat = { pPr: style?.pPr ?? {}, rPr: style?.rPr ?? {} };
    const rows: { cells: ReadCell[] }[] = [];
    for (const tr of childrenThroughControls(tbl, "w:tr")) {
      const cells: ReadCell[] = [];
      let col = 0;
      for (const tc of childrenThroughControls(tr, "w:tc")) {
        const tcPr = child(tc, "w:tcPr");
        const span = Math.max(1, Number(child(tcPr, "w:gridSpan")?.attrs["w:val"]) || 1);
        const tcW = child(tcPr, "w:tcW");
        let widthTw = grid.slice(col, col + span).reduce((a, b) => a + b, 0);
        if (!widthTw && tcW && (tcW.attrs["w:type"] ?? "dxa") === "dxa") widthTw = Number(tcW.attrs["w:w"]) || 0;
        if (!widthTw && tcW?.attrs["w:type"] === "pct") widthTw = (outerWidthTw * (Number(tcW.attrs["w:w"]) || 0)) / 5000;
        col += span;
        const cellMar = child(tcPr, "w:tcMar");
        const left = twips(child(cellMar, "w:left") ?? child(cellMar, "w:start")) ?? tableMargins.left;
        const right = twips(child(cellMar, "w:right") ?? child(cellMar, "w:end")) ?? tableMargins.right;
        const tcBorders = child(tcPr, "w:tcBorders");
        if (tcBorders && tcBorders.children.some((b) => typeof b !== "string" && visibleBorder(b))) borders = true;
        const blocks: ReadBlock[] = [];
        this.blocks(tc, widthTw ? Math.max(0, widthTw - left - right) : 0, blocks, true, format);
        const cell: ReadCell = { paragraphs: blocks.filter((b): b is ReadParagraph => b.kind === "paragraph") };
        if (widthTw) cell.widthPt = round2(widthTw / 20);
        if (span > 1) cell.span = span;
        const vMerge = child(tcPr, "w:vMerge");
        if (vMerge && vMerge.attrs["w:val"] !== "restart") cell.mergedAbove = true;
        cells.push(cell);
      }
      rows.push({ cells });
    }
    const t: ReadTable = { kind: "table", rows };
    if (grid.length > 0) t.columnWidthsPt = grid.map((w) => round2(w / 20));
    t.borders = borders;
    return t;
  }
}

interface TableFormat {
  pPr: ParaProps;
  rPr: RunProps;
}

/** The children named `name` (w:tr of a table, w:tc of a row), through the content controls
 * (w:sdt, w:customXml) Word may wrap around them. */
function childrenThroughControls(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.name === name) out.push(c);
    else if (c.name === "w:sdt") childrenThroughControls(child(c, "w:sdtContent") ?? c, name, out);
    else if (c.name === "w:customXml") childrenThroughControls(c, name, out);
  }
  return out;
}

function twips(el: XmlElement | undefined): number | undefined {
  if (!el) return undefined;
  if (el.attrs["w:type"] && el.attrs["w:type"] !== "dxa") return undefined;
  const n = Number(el.attrs["w:w"]);
  return Number.isFinite(n) ? n : undefined;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Builds a paragraph's runs: one TextRun per stretch of identical formatting. */
class RunCollector {
  /** Per open field: true while its instruction (not its result) is being read. */
  private inInstruction: boolean[] = [];
  constructor(
    private para: ReadParagraph,
    private walker: Walker,
    private base: RunProps,
  ) {}

  content(el: XmlElement): void {
    for (const c of el.children) {
      if (typeof c === "string") continue;
      switch (c.name) {
        case "w:r":
          this.run(c);
          break;
        case "w:hyperlink":
        case "w:ins":
        case "w:moveTo":
        case "w:smartTag":
        case "w:customXml":
        case "w:fldSimple":
        case "w:dir":
        case "w:bdo":
          this.content(c);
          break;
        case "w:sdt":
          this.content(child(c, "w:sdtContent") ?? c);
          break;
        case "mc:AlternateContent":
          this.content(child(c, "mc:Choice") ?? child(c, "mc:Fallback") ?? c);
          break;
      }
    }
  }

  private run(r: XmlElement): void {
    const { styles, theme } = this.walker.ctx;
    const direct = readRPr(child(r, "w:rPr"), theme);
    const charStyle = direct.rStyle ? styles.get("character", direct.rStyle) : undefined;
    const props = mergeRun(mergeRun(this.base, charStyle?.rPr ?? {}), direct);
    for (const c of r.children) {
      if (typeof c === "string") continue;
      switch (c.name) {
        case "w:t":
          if (!this.hidden(props)) this.text(c.children.filter((x): x is string => typeof x === "string").join(""), props);
          break;
        case "w:tab":
        case "w:ptab":
          if (!this.hidden(props)) this.text("\t", props);
          break;
        case "w:br": {
          const type = c.attrs["w:type"];
          if (type === "page") this.walker.pageBreak(this.para, false, this.para.text.trim() !== "");
          else if (!this.hidden(props)) this.text("\n", props);
          break;
        }
        case "w:cr":
          if (!this.hidden(props)) this.text("\n", props);
          break;
        case "w:noBreakHyphen":
          if (!this.hidden(props)) this.text("-", props);
          break;
        case "w:sym": {
          const code = parseInt(c.attrs["w:char"] ?? "", 16);
          if (Number.isFinite(code) && !this.hidden(props)) this.text(symbolGlyph(String.fromCharCode(code < 0xf000 && code < 0x100 ? code + 0xf000 : code)), props);
          break;
        }
        case "w:lastRenderedPageBreak":
          this.walker.pageBreak(this.para, true, this.para.text.trim() !== "");
          break;
        case "w:fldChar": {
          const t = c.attrs["w:fldCharType"];
          if (t === "begin") this.inInstruction.push(true);
          else if (t === "separate" && this.inInstruction.length > 0) this.inInstruction[this.inInstruction.length - 1] = false;
          else if (t === "end") this.inInstruction.pop();
          break;
        }
        case "w:drawing":
        case "w:pict":
          this.walker.drawing(this.para.index, c);
          break;
        case "mc:AlternateContent": {
          const choice = child(c, "mc:Choice") ?? child(c, "mc:Fallback");
          if (choice) this.walker.drawing(this.para.index, choice);
          break;
        }
      }
    }
  }

  private hidden(props: RunProps): boolean {
    return props.hidden === true || this.inInstruction.some((x) => x);
  }

  private text(s: string, props: RunProps): void {
    if (s === "") return;
    const runs = this.para.runs;
    const last = runs[runs.length - 1];
    const next = toTextRun(s, props);
    if (last && sameFormat(last, next)) last.text += s;
    else runs.push(next);
    this.para.text += s;
  }
}

function toTextRun(text: string, p: RunProps): TextRun {
  const r: TextRun = { text };
  if (p.bold) r.bold = true;
  if (p.italic) r.italic = true;
  if (p.underline) r.underline = true;
  if (p.fonts) {
    const f: TextRun["fonts"] = {};
    for (const k of ["ascii", "hAnsi", "eastAsia", "cs"] as const) if (p.fonts[k]) f[k] = p.fonts[k];
    r.fonts = f;
  }
  if (p.fontHint && p.fontHint !== "default") r.fontHint = p.fontHint;
  if (p.complexScript) r.complexScript = true;
  // Word's size when no style says: 10 pt.
  r.sizePt = p.sizePt ?? 10;
  if (p.caps) r.allCaps = true;
  if (p.color) r.color = p.color;
  return r;
}

function sameFormat(a: TextRun, b: TextRun): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.sizePt === b.sizePt &&
    a.allCaps === b.allCaps &&
    a.color === b.color &&
    a.fontHint === b.fontHint &&
    a.complexScript === b.complexScript &&
    a.fonts?.ascii === b.fonts?.ascii &&
    a.fonts?.hAnsi === b.fonts?.hAnsi &&
    a.fonts?.eastAsia === b.fonts?.eastAsia &&
    a.fonts?.cs === b.fonts?.cs
  );
}

const LINE_SHAPES = new Set(["line", "straightConnector1"]);

/** Widths (pt) of the straight lines drawn in a w:drawing or w:pict (DrawingML or VML). */
function drawnLines(el: XmlElement): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  const walk = (e: XmlElement, extentPt: number | undefined) => {
    for (const c of e.children) {
      if (typeof c === "string") continue;
      if (c.name === "wps:txbx" || c.name === "v:textbox" || c.name === "w:txbxContent") continue;
      if (c.name === "wp:anchor" || c.name === "wp:inline") {
        const cx = Number(child(c, "wp:extent")?.attrs.cx);
        walk(c, Number.isFinite(cx) ? cx / EMU_PER_PT : undefined);
        continue;
      }
      if (c.name === "wps:wsp") {
        const geom = child(child(c, "wps:spPr"), "a:prstGeom")?.attrs.prst;
        if (geom && LINE_SHAPES.has(geom)) {
          const cx = Number(child(child(child(c, "wps:spPr"), "a:xfrm"), "a:ext")?.attrs.cx);
          out.push(Number.isFinite(cx) && cx > 0 ? round2(cx / EMU_PER_PT) : extentPt !== undefined ? round2(extentPt) : undefined);
        }
        continue;
      }
      if (c.name === "v:line") {
        const from = vmlPoint(c.attrs.from);
        const to = vmlPoint(c.attrs.to);
        out.push(from && to ? round2(Math.hypot(to[0] - from[0], to[1] - from[1])) : undefined);
        continue;
      }
      if (c.name === "v:shape" && /(^|#)_x0000_t32$/.test(c.attrs.type ?? "")) {
        const w = /(?:^|;)\s*width:\s*([\d.]+)(pt|in|cm|mm|px)?/.exec(c.attrs.style ?? "");
        out.push(w ? round2(toPt(Number(w[1]), w[2])) : undefined);
        continue;
      }
      walk(c, extentPt);
    }
  };
  walk(el, undefined);
  return out;
}

function toPt(n: number, unit: string | undefined): number {
  switch (unit) {
    case "in":
      return n * 72;
    case "cm":
      return (n / 2.54) * 72;
    case "mm":
      return (n / 25.4) * 72;
    case "px":
      return n * 0.75;
    default:
      return n;
  }
}

function vmlPoint(s: string | undefined): [number, number] | undefined {
  if (!s) return undefined;
  const parts = s.split(",").map((p) => /^\s*(-?[\d.]+)(pt|in|cm|mm|px)?\s*$/.exec(p));
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  return [toPt(Number(parts[0][1]), parts[0][2]), toPt(Number(parts[1][1]), parts[1][2])];
}

/** The first section's page: the sectPr of the first section break, or the body's. */
function pageSetup(body: XmlElement): { page?: PageSetup; textWidthTw: number; sect?: XmlElement } {
  let sect: XmlElement | undefined;
  for (const c of body.children) {
    if (typeof c === "string") continue;
    if (c.name === "w:p") {
      const s = child(child(c, "w:pPr"), "w:sectPr");
      if (s) {
        sect = s;
        break;
      }
    }
    if (c.name === "w:sectPr") sect = c;
  }
  const pgSz = child(sect, "w:pgSz");
  const pgMar = child(sect, "w:pgMar");
  if (!pgSz || !pgMar) return { textWidthTw: 0, sect };
  const num = (el: XmlElement, k: string) => Number(el.attrs[k] ?? 0) || 0;
  const mm = (tw: number) => round2((tw / 1440) * 25.4);
  let w = num(pgSz, "w:w");
  let h = num(pgSz, "w:h");
  // A landscape page may be written with w/h either way round; orient says which.
  if (pgSz.attrs["w:orient"] === "landscape" && w < h) [w, h] = [h, w];
  const m = { top: Math.abs(num(pgMar, "w:top")), bottom: Math.abs(num(pgMar, "w:bottom")), left: num(pgMar, "w:left") + num(pgMar, "w:gutter"), right: num(pgMar, "w:right") };
  return {
    page: { widthMm: mm(w), heightMm: mm(h), marginsMm: { top: mm(m.top), bottom: mm(m.bottom), left: mm(m.left), right: mm(m.right) } },
    textWidthTw: Math.max(0, w - m.left - m.right),
    sect,
  };
}

/** A PAGE field's instruction ("PAGE", "PAGE \\* MERGEFORMAT"), not NUMPAGES or SECTIONPAGES. */
const PAGE_FIELD = /(?:^|\s)PAGE(?:\s|$)/i;

/**
 * The PAGE fields of the section's headers and footers (w:headerReference, w:footerReference), each
 * with its paragraph's alignment and the pages it shows on: with w:titlePg, the "first" part is
 * page 1's and the "default" one the others'; without it, "default" shows on every page.
 */
function pageNumbers(sect: XmlElement | undefined, rels: XmlElement | undefined, part: (name: string) => XmlElement | undefined, styles: Styles): PageNumber[] {
  const out: PageNumber[] = [];
  const differentFirst = toggle(child(sect, "w:titlePg")) === true;
  for (const ref of sect?.children ?? []) {
    if (typeof ref === "string" || (ref.name !== "w:headerReference" && ref.name !== "w:footerReference")) continue;
    const target = relTargetById(rels, ref.attrs["r:id"]);
    const root = target ? part(target) : undefined;
    if (!root) continue;
    const type = ref.attrs["w:type"] ?? "default";
    const onFirstPage = differentFirst ? type === "first" : type === "default";
    const onOtherPages = type === "default" || type === "even";
    if (!onFirstPage && !onOtherPages) continue;
    for (const p of paragraphsWithPageField(root)) {
      const pPr = readPPr(child(p, "w:pPr"));
      const align = pPr.align ?? styles.get("paragraph", pPr.pStyle)?.pPr.align ?? styles.defaultPara.align;
      out.push({ where: ref.name === "w:headerReference" ? "header" : "footer", ...(align ? { align } : {}), onFirstPage, onOtherPages });
    }
  }
  return out;
}

/** The paragraphs (anywhere: tables, content controls, text boxes) holding a PAGE field. */
function paragraphsWithPageField(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.name === "w:p" && hasPageField(c)) out.push(c);
    else if (c.name !== "w:p") paragraphsWithPageField(c, out);
  }
  return out;
}

function hasPageField(el: XmlElement): boolean {
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.name === "w:fldSimple" && PAGE_FIELD.test(c.attrs["w:instr"] ?? "")) return true;
    if (c.name === "w:instrText" && PAGE_FIELD.test(c.children.filter((x): x is string => typeof x === "string").join(""))) return true;
    if (hasPageField(c)) return true;
  }
  return false;
}


/** The target of the relationship of `type` from word/document.xml. */
function relTarget(rels: XmlElement | undefined, type: string): string | undefined {
  return partOf(children(rels, "Relationship").find((r) => (r.attrs.Type ?? "").endsWith(`/${type}`) && r.attrs.TargetMode !== "External"));
}

/** The part a relationship of word/document.xml points to, by its id. */
function relTargetById(rels: XmlElement | undefined, id: string | undefined): string | undefined {
  return id === undefined ? undefined : partOf(children(rels, "Relationship").find((r) => r.attrs.Id === id && r.attrs.TargetMode !== "External"));
}

/** A relationship's target as a part name: relative to word/, or absolute from the package root. */
function partOf(r: XmlElement | undefined): string | undefined {
  if (!r) return undefined;
  const t = r.attrs.Target ?? "";
  return t.startsWith("/") ? t.slice(1) : `word/${t}`;
}

/** Read a .docx from its bytes. `file` is the name the user gave (kept in the result). */
export function readDocx(file: string, bytes: Buffer): ReadDocument {
  const zip = (() => {
    try {
      return new ZipReader(bytes, { maxTotalBytes: DOCX_LIMITS.maxTotalBytes, maxPartBytes: DOCX_LIMITS.maxPartBytes });
    } catch (e) {
      throw asProblem(e, "[zip]");
    }
  })();
  const part = (name: string): XmlElement | undefined => {
    try {
      const data = zip.read(name);
      return data && parseXml(data.toString("utf8"));
    } catch (err) {
      throw asProblem(err, zip.storedName(name) ?? name);
    }
  };

  const contentTypes = zip.has("[Content_Types].xml");
  const rels = part("word/_rels/document.xml.rels");
  const mainName = (() => {
    const root = part("_rels/.rels");
    for (const r of children(root, "Relationship")) if ((r.attrs.Type ?? "").endsWith("/officeDocument")) return (r.attrs.Target ?? "").replace(/^\//, "");
    return "word/document.xml";
  })();
  const document = part(mainName);
  if (!document) throw new DocxReadError(contentTypes ? { kind: "no-document" } : { kind: "not-docx", detail: "no word/document.xml" });
  const body = child(document, "w:body");
  if (!body) throw new DocxReadError({ kind: "corrupt", part: mainName, detail: "no w:body" });

  const theme = readTheme(part(relTarget(rels, "theme") ?? "word/theme/theme1.xml"));
  const styles = new Styles(part(relTarget(rels, "styles") ?? "word/styles.xml"), theme);
  const numbering = new Numbering(part(relTarget(rels, "numbering") ?? "word/numbering.xml"), (id) => styles.get("paragraph", id)?.pPr.numId);
  const pagesKnown = hasRenderedBreaks(body);
  const walker = new Walker({ styles, numbering, theme, pagesKnown });
  const { page, textWidthTw, sect } = pageSetup(body);
  const blocks: ReadBlock[] = [];
  walker.blocks(body, textWidthTw, blocks, false);
  const out: ReadDocument = { file, format: "docx", blocks };
  if (page) out.page = page;
  if (textWidthTw) out.textWidthPt = round2(textWidthTw / 20);
  if (walker.lines.length > 0) out.lines = walker.lines;
  out.pageNumbers = pageNumbers(sect, rels, part, styles);
  return out;
}

function hasRenderedBreaks(el: XmlElement): boolean {
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.name === "w:lastRenderedPageBreak" || hasRenderedBreaks(c)) return true;
  }
  return false;
}

function asProblem(e: unknown, part: string): DocxReadError {
  if (e instanceof ZipError) {
    if (e.reason === "not-zip") return new DocxReadError({ kind: "not-docx", detail: e.message });
    if (e.reason === "encrypted") return new DocxReadError({ kind: "encrypted" });
    if (e.reason === "too-large") return new DocxReadError({ kind: "too-large", part: e.part ?? part });
    return new DocxReadError({ kind: "corrupt", part, detail: e.message });
  }
  if (e instanceof XmlError) return new DocxReadError({ kind: "corrupt", part, detail: e.message });
  throw e;
}

