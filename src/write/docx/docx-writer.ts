// DocumentNode → .docx bytes (nd30 §1–11). The page is laid out once (page-layout.ts); then either
// the docx library serialises it (the reference), or the XML backend does — byte for byte the
// same, and fast enough for a province-wide batch. Parts that are the same in every document
// come from package-frame.ts, made by the docx library once.
import type { DocumentNode } from "../../model/nodes.js";
import { byZipOrder, CORE_PART, DOCUMENT_PART, packageFrame } from "./package-frame.js";
import { pageLayout } from "./page-layout.js";
import { bodyXml, escapeXml } from "./xml-backend.js";
import { prepareEntry, zipPrepared } from "./zip.js";

export type DocxEngine = "xml" | "library";

/** A fixed timestamp: the plan's own date, so no clock reaches the file. */
function stampCore(xml: string, isoDate: string): string {
  return xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${isoDate}T00:00:00Z$3`);
}

export async function writeDocx(doc: DocumentNode, isoDate: string, engine: DocxEngine = "xml"): Promise<Buffer> {
  const blocks = pageLayout(doc);
  const title = doc.summary.join(" ");
  if (engine === "library") {
    const { libraryDocument, libraryParts } = await import("./library-backend.js");
    const parts = await libraryParts(libraryDocument(blocks, title));
    parts.set(CORE_PART, Buffer.from(stampCore(Buffer.from(parts.get(CORE_PART) ?? "").toString("utf8"), isoDate), "utf8"));
    return zipPrepared([...parts.keys()].sort(byZipOrder).map((name) => prepareEntry({ name, data: parts.get(name)! })));
  }
  const frame = await packageFrame();
  const fresh = new Map<string, Buffer>([
    [DOCUMENT_PART, Buffer.from(frame.documentHead + bodyXml(blocks) + frame.documentTail, "utf8")],
    [CORE_PART, Buffer.from(stampCore(frame.coreHead + escapeXml(title) + frame.coreTail, isoDate), "utf8")],
  ]);
  return zipPrepared(frame.order.map((name) => frame.fixed.get(name) ?? prepareEntry({ name, data: fresh.get(name)! })));
}
