// DocumentNode → .docx bytes (nd30 §1–11). The page is laid out once (page-layout.ts); then either
// the docx library serialises it (the reference), or the XML backend does — byte for byte the
// same, and fast enough for a province-wide batch. Parts that are the same in every document
// (styles, settings, theme, headers, content types) come from the library once per process.
import type { DocumentNode } from "../../model/nodes.js";
import { libraryDocument, libraryParts } from "./library-backend.js";
import { pageLayout } from "./page-layout.js";
import { bodyXml, escapeXml } from "./xml-backend.js";
import { prepareEntry, zipPrepared, type PreparedEntry } from "./zip.js";

export type DocxEngine = "xml" | "library";

const DOCUMENT = "word/document.xml";
const CORE = "docProps/core.xml";

/** Zip order: [Content_Types].xml first, then by name. */
function byZipOrder(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "[Content_Types].xml") return -1;
  if (b === "[Content_Types].xml") return 1;
  return a < b ? -1 : 1;
}

/** A fixed timestamp: the plan's own date, so no clock reaches the file. */
function stampCore(xml: string, isoDate: string): string {
  return xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${isoDate}T00:00:00Z$3`);
}

export async function writeDocx(doc: DocumentNode, isoDate: string, engine: DocxEngine = "xml"): Promise<Buffer> {
  const blocks = pageLayout(doc);
  const title = doc.summary.join(" ");
  if (engine === "library") {
    const parts = await libraryParts(libraryDocument(blocks, title));
    parts.set(CORE, Buffer.from(stampCore(Buffer.from(parts.get(CORE) ?? "").toString("utf8"), isoDate), "utf8"));
    return zipPrepared([...parts.keys()].sort(byZipOrder).map((name) => prepareEntry({ name, data: parts.get(name)! })));
  }
  const frame = await packageFrame();
  const fresh = new Map<string, Buffer>([
    [DOCUMENT, Buffer.from(frame.documentHead + bodyXml(blocks) + frame.documentTail, "utf8")],
    [CORE, Buffer.from(stampCore(frame.coreHead + escapeXml(title) + frame.coreTail, isoDate), "utf8")],
  ]);
  return zipPrepared(frame.order.map((name) => frame.fixed.get(name) ?? prepareEntry({ name, data: fresh.get(name)! })));
}

interface PackageFrame {
  order: string[];
  /** Every part but document.xml and core.xml, compressed once. */
  fixed: Map<string, PreparedEntry>;
  documentHead: string;
  documentTail: string;
  coreHead: string;
  coreTail: string;
}

const TITLE_MARK = "KEHOACH-TITLE-MARK";
let frame: Promise<PackageFrame> | undefined;

function packageFrame(): Promise<PackageFrame> {
  frame ??= (async () => {
    const parts = await libraryParts(libraryDocument([], TITLE_MARK));
    const text = (name: string) => Buffer.from(parts.get(name) ?? "").toString("utf8");
    const document = text(DOCUMENT);
    const bodyStart = document.indexOf("<w:body>") + "<w:body>".length;
    const core = text(CORE);
    const mark = core.indexOf(TITLE_MARK);
    if (bodyStart < "<w:body>".length || mark < 0) throw new Error("unexpected docx package layout");
    const fixed = new Map<string, PreparedEntry>();
    for (const [name, data] of parts) if (name !== DOCUMENT && name !== CORE) fixed.set(name, prepareEntry({ name, data }));
    return {
      order: [...parts.keys()].sort(byZipOrder),
      fixed,
      documentHead: document.slice(0, bodyStart),
      documentTail: document.slice(document.indexOf("<w:sectPr", bodyStart)),
      coreHead: core.slice(0, mark),
      coreTail: core.slice(mark + TITLE_MARK.length),
    };
  })();
  return frame;
}
