// Word files built the way clerks make them, for the .docx reader and the layout rules: raw
// WordprocessingML (typed numbers, Word's automatic numbering, a header table with drawn lines,
// tables with a table style), zipped into a package as Word saves it.
import { zipEntries } from "../../src/write/docx/zip.js";

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable=""';

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export interface RunOpts {
  b?: boolean;
  i?: boolean;
  /** Size in points. */
  sz?: number;
  /** The font of the ascii/hAnsi/cs slots as Word sets it when a clerk picks one; null: none. */
  font?: string | null;
  color?: string;
  style?: string;
  /** rFonts' w:hint (Word writes "eastAsia" when the text was typed with an East Asian keyboard). */
  hint?: "eastAsia" | "cs" | "default";
}

/** One run; "\n" in the text becomes a line break (Shift+Enter), "\t" a tab. */
export function r(text: string, o: RunOpts = {}): string {
  const font = o.font === undefined ? "Times New Roman" : o.font;
  const rPr =
    (o.style ? `<w:rStyle w:val="${o.style}"/>` : "") +
    (font ? `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}"${o.hint ? ` w:hint="${o.hint}"` : ""}/>` : "") +
    (o.b ? "<w:b/><w:bCs/>" : "") +
    (o.i ? "<w:i/><w:iCs/>" : "") +
    (o.color ? `<w:color w:val="${o.color}"/>` : "") +
    (o.sz ? `<w:sz w:val="${o.sz * 2}"/><w:szCs w:val="${o.sz * 2}"/>` : "");
  const parts = text.split(/(\n|\t)/).map((t) => (t === "\n" ? "<w:br/>" : t === "\t" ? "<w:tab/>" : t ? `<w:t xml:space="preserve">${esc(t)}</w:t>` : ""));
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}${parts.join("")}</w:r>`;
}

export interface ParaOpts {
  jc?: "left" | "center" | "right" | "both";
  /** Indents in twips. */
  firstLine?: number;
  hanging?: number;
  left?: number;
  right?: number;
  /** Spacing in twips; `line` in 240ths of a line (auto). */
  before?: number;
  after?: number;
  line?: number;
  style?: string;
  numId?: number;
  ilvl?: number;
  /** A bottom border (one way to draw the short rule). */
  border?: boolean;
  /** Extra XML appended after the runs (a drawing). */
  extra?: string;
}

export function p(runs: string | string[], o: ParaOpts = {}): string {
  const ind =
    o.firstLine !== undefined || o.hanging !== undefined || o.left !== undefined || o.right !== undefined
      ? `<w:ind${o.left !== undefined ? ` w:left="${o.left}"` : ""}${o.right !== undefined ? ` w:right="${o.right}"` : ""}${o.firstLine !== undefined ? ` w:firstLine="${o.firstLine}"` : ""}${o.hanging !== undefined ? ` w:hanging="${o.hanging}"` : ""}/>`
      : "";
  const spacing =
    o.before !== undefined || o.after !== undefined || o.line !== undefined
      ? `<w:spacing${o.before !== undefined ? ` w:before="${o.before}"` : ""}${o.after !== undefined ? ` w:after="${o.after}"` : ""}${o.line !== undefined ? ` w:line="${o.line}" w:lineRule="auto"` : ""}/>`
      : "";
  const pPr =
    (o.style ? `<w:pStyle w:val="${o.style}"/>` : "") +
    (o.numId !== undefined ? `<w:numPr><w:ilvl w:val="${o.ilvl ?? 0}"/><w:numId w:val="${o.numId}"/></w:numPr>` : "") +
    (o.border ? '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>' : "") +
    spacing +
    ind +
    (o.jc ? `<w:jc w:val="${o.jc}"/>` : "");
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${Array.isArray(runs) ? runs.join("") : runs}${o.extra ?? ""}</w:p>`;
}

/** A straight line drawn with Insert → Shapes → Line (DrawingML, anchored in the paragraph), `widthPt` long. */
export function drawnLine(widthPt: number): string {
  const cx = Math.round(widthPt * 12700);
  return (
    `<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>700000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>50000</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="${cx}" cy="0"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="1" name="Straight Connector 1"/>` +
    `<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvCnPr/>` +
    `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>` +
    `</wp:anchor></w:drawing></w:r>`
  );
}

/** The same line as older Word versions (and the .doc converter) write it: VML. */
export function vmlLine(widthPt: number): string {
  return `<w:r><w:pict><v:line id="Line 2" style="position:absolute;z-index:1" from="60pt,4pt" to="${60 + widthPt}pt,4pt" strokeweight="1pt"/></w:pict></w:r>`;
}

export interface TableOpts {
  /** Column widths in twips. */
  widths: number[];
  /** "none": a layout table (header, signature); "single": visible grid; "style": borders from the TableGrid style. */
  borders?: "none" | "single" | "style";
}

/** A table; each cell is XML (paragraphs), or { xml, span, vMerge }. */
export function tbl(rows: (string | { xml: string; span?: number; vMerge?: "restart" | "continue" })[][], o: TableOpts): string {
  const sides = ["top", "left", "bottom", "right", "insideH", "insideV"];
  const borders =
    o.borders === "style"
      ? '<w:tblStyle w:val="TableGrid"/>'
      : `<w:tblBorders>${sides.map((s) => `<w:${s} w:val="${o.borders === "single" ? "single" : "nil"}" w:sz="4" w:color="auto"/>`).join("")}</w:tblBorders>`;
  const total = o.widths.reduce((a, b) => a + b, 0);
  let out = `<w:tbl><w:tblPr>${o.borders === "style" ? borders : ""}<w:tblW w:w="${total}" w:type="dxa"/>${o.borders === "style" ? "" : borders}</w:tblPr><w:tblGrid>`;
  out += o.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("") + "</w:tblGrid>";
  for (const row of rows) {
    out += "<w:tr>";
    let col = 0;
    for (const c of row) {
      const cell = typeof c === "string" ? { xml: c } : c;
      const span = cell.span ?? 1;
      const w = o.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      out += `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}${cell.vMerge ? `<w:vMerge${cell.vMerge === "restart" ? ' w:val="restart"' : ""}/>` : ""}</w:tcPr>${cell.xml || "<w:p/>"}</w:tc>`;
    }
    out += "</w:tr>";
  }
  return out + "</w:tbl>";
}

export interface Page {
  /** Twips. */
  w: number;
  h: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A4 with margins 20/20/30/20 mm, as a clerk sets it (Layout → Margins → Custom). */
export const A4: Page = { w: 11906, h: 16838, top: 1134, bottom: 1134, left: 1701, right: 1134 };

/** Word 2016's styles.xml, cut down: Calibri theme fonts in docDefaults, Normal, Table Grid, a heading. */
export const WORD_STYLES = wordStyles();

/** The same with `font` in every slot of docDefaults: Font → Set As Default, as offices do. */
export function wordStyles(font?: string): string {
  const fonts = font
    ? `<w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}"/>`
    : '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>`;
}

export const WORD_THEME = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;

export interface PackageOpts {
  page?: Page;
  styles?: string;
  /** numbering.xml's inner XML (abstractNum and num elements). */
  numbering?: string;
  /** Headers and footers (their paragraphs' XML), by type, and "Different First Page". */
  headers?: { default?: string; first?: string };
  footers?: { default?: string; first?: string };
  titlePg?: boolean;
}

/** A page number paragraph as Word's Insert → Page Number writes it (a PAGE field), aligned `jc`. */
export function pageNumberParagraph(jc: "left" | "center" | "right" = "center"): string {
  return `<w:p><w:pPr><w:jc w:val="${jc}"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
}

/** A .docx package as Word writes it. */
export function wordFile(body: string, o: PackageOpts = {}): Buffer {
  const pg = o.page ?? A4;
  const hf: { kind: "header" | "footer"; type: string; xml: string; id: string; part: string }[] = [];
  for (const kind of ["header", "footer"] as const) {
    for (const [type, xml] of Object.entries((kind === "header" ? o.headers : o.footers) ?? {})) {
      if (xml === undefined) continue;
      const n = hf.length + 1;
      hf.push({ kind, type, xml, id: `rId${10 + n}`, part: `${kind}${n}.xml` });
    }
  }
  const refs = hf.map((h) => `<w:${h.kind}Reference w:type="${h.type}" r:id="${h.id}"/>`).join("");
  const doc =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body}` +
    `<w:sectPr>${refs}<w:pgSz w:w="${pg.w}" w:h="${pg.h}"/><w:pgMar w:top="${pg.top}" w:right="${pg.right}" w:bottom="${pg.bottom}" w:left="${pg.left}" w:header="720" w:footer="720" w:gutter="0"/>${o.titlePg ? "<w:titlePg/>" : ""}</w:sectPr></w:body></w:document>`;
  const rels = [
    ["rId1", "styles", "styles.xml"],
    ["rId2", "theme", "theme/theme1.xml"],
    ...(o.numbering ? [["rId3", "numbering", "numbering.xml"]] : []),
    ...hf.map((h) => [h.id, h.kind, h.part]),
  ];
  const parts: [string, string][] = [
    [
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    ["_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    [
      "word/_rels/document.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map(([id, t, target]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}" Target="${target}"/>`).join("")}</Relationships>`,
    ],
    ["word/document.xml", doc],
    ["word/styles.xml", o.styles ?? WORD_STYLES],
    ["word/theme/theme1.xml", WORD_THEME],
  ];
  for (const h of hf) parts.push([`word/${h.part}`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${h.kind === "header" ? "hdr" : "ftr"} ${NS}>${h.xml}</w:${h.kind === "header" ? "hdr" : "ftr"}>`]);
  if (o.numbering) {
    // As in Word's files: every abstract list first, then the instances.
    const abstracts = o.numbering.match(/<w:abstractNum [\s\S]*?<\/w:abstractNum>/g) ?? [];
    const nums = o.numbering.replace(/<w:abstractNum [\s\S]*?<\/w:abstractNum>/g, "");
    parts.push(["word/numbering.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}>${abstracts.join("")}${nums}</w:numbering>`]);
  }
  return zipEntries(parts.map(([name, text]) => ({ name, data: Buffer.from(text, "utf8") })));
}

/** An abstract list and its instance: levels as [numFmt, lvlText, start?, indentLeftTwips?]. */
export function list(abstractId: number, numId: number, levels: [string, string, number?, number?][], overrides = ""): string {
  const lvls = levels
    .map(
      ([fmt, text, start, left], i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="${start ?? 1}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${esc(text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left ?? 720 * (i + 1)}" w:hanging="360"/></w:pPr>${fmt === "bullet" && text.charCodeAt(0) >= 0xf000 ? '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>' : ""}</w:lvl>`,
    )
    .join("");
  return `<w:abstractNum w:abstractNumId="${abstractId}"><w:multiLevelType w:val="multilevel"/>${lvls}</w:abstractNum><w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
}
