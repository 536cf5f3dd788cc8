// Layout blocks → docx library objects → package parts. The reference backend: the fast XML
// backend (xml-backend.ts) must give the very same bytes, which a test checks on every plan.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { BODY, COLOR, FONT_SLOTS, MARGIN, PAGE, SIZE } from "./layout.js";
import type { LBlock, LPara, LTable } from "./layout-nodes.js";
import { unzipEntries } from "./zip.js";

const ALIGN = { both: AlignmentType.JUSTIFIED, center: AlignmentType.CENTER, left: AlignmentType.LEFT } as const;
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: COLOR } as const;

function paragraph(p: LPara): Paragraph {
  return new Paragraph({
    alignment: ALIGN[p.align],
    indent: p.indent,
    spacing: { before: p.spacing.before, after: p.spacing.after, line: p.spacing.line, lineRule: p.spacing.exact ? "exact" : undefined },
    keepNext: p.keepNext,
    border: p.rule ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR, space: 1 } } : undefined,
    children: p.runs.map((r) => new TextRun({ text: r.text, font: FONT_SLOTS, size: r.size, bold: r.bold, italics: r.italic, color: COLOR })),
  });
}

function table(t: LTable): Table {
  return new Table({
    width: { size: t.width, type: WidthType.DXA },
    columnWidths: t.widths,
    layout: TableLayoutType.FIXED,
    borders: t.borders === "none" ? TableBorders.NONE : { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE, insideHorizontal: SINGLE, insideVertical: SINGLE },
    rows: t.rows.map(
      (row) =>
        new TableRow({
          cantSplit: row.cantSplit,
          tableHeader: row.header,
          children: row.cells.map((c) => new TableCell({ width: { size: c.width, type: WidthType.DXA }, margins: c.margins, children: c.paras.map(paragraph) })),
        }),
    ),
  });
}

export function libraryBlock(b: LBlock): Paragraph | Table {
  return b.kind === "p" ? paragraph(b) : table(b);
}

/** The docx Document: page setup (nd30 §1), styles (§2), page numbers from page 2 (§9). */
export function libraryDocument(blocks: readonly LBlock[], title: string): Document {
  const pageNumberHeader = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT_SLOTS, size: SIZE.pageNumber, color: COLOR })],
      }),
    ],
  });
  const firstPageHeader = new Header({ children: [new Paragraph({ children: [] })] });
  const blackBold = { run: { font: FONT_SLOTS, color: COLOR, size: SIZE.body, bold: true } };
  return new Document({
    creator: "kehoach",
    lastModifiedBy: "kehoach",
    title,
    styles: {
      default: {
        document: {
          run: { font: FONT_SLOTS, size: SIZE.body, color: COLOR },
          paragraph: { spacing: { before: BODY.before, after: BODY.after, line: BODY.line } },
        },
        // Replace docx's blue heading styles: we use none, but nothing in the file may be coloured.
        title: blackBold,
        heading1: blackBold,
        heading2: blackBold,
        heading3: blackBold,
        heading4: blackBold,
        heading5: blackBold,
        heading6: blackBold,
        caption: blackBold,
        hyperlink: { run: { color: COLOR } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT }, margin: { ...MARGIN } },
        },
        headers: { default: pageNumberHeader, first: firstPageHeader },
        children: blocks.map(libraryBlock),
      },
    ],
  });
}

type Compiler = { compile(file: Document, prettify?: unknown, overrides?: unknown[]): Map<string, string | Uint8Array> };

/** The package's parts, by name. Uses the library's compiler directly (skipping its zip step). */
export async function libraryParts(file: Document): Promise<Map<string, Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  const out = new Map<string, Uint8Array>();
  if (compiler && typeof compiler.compile === "function") {
    for (const [name, data] of compiler.compile(file, undefined, [])) out.set(name, typeof data === "string" ? Buffer.from(data, "utf8") : data);
    return out;
  }
  for (const [name, data] of unzipEntries(await Packer.toBuffer(file))) out.set(name, data);
  return out;
}
