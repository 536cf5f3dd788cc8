// DocumentNode → .docx bytes (nd30 §1–11). Built with the docx library, then zipped by our own
// deterministic writer so the same plan always gives the same bytes.
import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from "docx";
import type { DocumentNode } from "../../model/nodes.js";
import { blocks, sectionBlock, titleBlock } from "./body-blocks.js";
import { headerTable } from "./header-block.js";
import { BODY, COLOR, FONT_SLOTS, MARGIN, PAGE, SIZE } from "./layout.js";
import { bodyParagraph, modelRuns } from "./runs.js";
import { signatureTable } from "./signature-block.js";
import { unzipEntries, zipEntries, type ZipEntry } from "./zip.js";

export function buildDocxDocument(doc: DocumentNode): Document {
  const body = [
    headerTable(doc.header),
    ...titleBlock(doc),
    ...doc.opening.map((p) => bodyParagraph(modelRuns(p.runs))),
    ...doc.sections.flatMap(sectionBlock),
    ...blocks(doc.closing),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    signatureTable(doc.recipients, doc.signature),
  ];

  // §9: page numbers centred at the top, from page 2 on (titlePg + an empty first-page header).
  const pageNumberHeader = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT_SLOTS, size: SIZE.pageNumber, color: COLOR })],
      }),
    ],
  });
  const firstPageHeader = new Header({ children: [new Paragraph({ children: [] })] });

  return new Document({
    creator: "kehoach",
    lastModifiedBy: "kehoach",
    title: doc.summary.join(" "),
    styles: {
      default: {
        document: {
          run: { font: FONT_SLOTS, size: SIZE.body, color: COLOR },
          paragraph: { spacing: { before: BODY.before, after: BODY.after, line: BODY.line } },
        },
        // Replace docx's blue heading styles: we use none, but nothing in the file may be coloured.
        ...Object.fromEntries(
          (["title", "heading1", "heading2", "heading3", "heading4", "heading5", "heading6", "caption"] as const).map((k) => [k, { run: { font: FONT_SLOTS, color: COLOR, size: SIZE.body, bold: true } }]),
        ),
        hyperlink: { run: { color: COLOR } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: { ...MARGIN },
          },
        },
        headers: { default: pageNumberHeader, first: firstPageHeader },
        children: body,
      },
    ],
  });
}

type Compiler = { compile(file: Document, prettify?: unknown, overrides?: unknown[]): Map<string, string | Uint8Array> };

/** The XML parts of the package. Uses the docx library's compiler directly (skipping its zip). */
async function packageParts(file: Document): Promise<Map<string, Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  const out = new Map<string, Uint8Array>();
  if (compiler && typeof compiler.compile === "function") {
    for (const [name, data] of compiler.compile(file, undefined, [])) out.set(name, typeof data === "string" ? Buffer.from(data, "utf8") : data);
    return out;
  }
  for (const [name, data] of unzipEntries(await Packer.toBuffer(file))) out.set(name, data);
  return out;
}

/** A fixed timestamp: the plan's own date, so no clock reaches the file. */
function stampCore(xml: string, isoDate: string): string {
  return xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${isoDate}T00:00:00Z$3`);
}

export async function writeDocx(doc: DocumentNode, isoDate: string): Promise<Buffer> {
  const parts = await packageParts(buildDocxDocument(doc));
  const core = parts.get("docProps/core.xml");
  if (core) parts.set("docProps/core.xml", Buffer.from(stampCore(Buffer.from(core).toString("utf8"), isoDate), "utf8"));
  const names = [...parts.keys()].sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const entries: ZipEntry[] = names.map((name) => ({ name, data: parts.get(name)! }));
  return zipEntries(entries);
}
