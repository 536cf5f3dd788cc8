// Read the parts of a .docx (a ZIP of XML files) for assertions.
import { unzipEntries } from "../../src/write/docx/zip.js";

export function docxParts(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, data] of unzipEntries(bytes)) out.set(name, data.toString("utf8"));
  return out;
}

export function docxPart(bytes: Uint8Array, name: string): string {
  const part = docxParts(bytes).get(name);
  if (part === undefined) throw new Error(`no part ${name} in the .docx`);
  return part;
}

/** The visible text of document.xml, paragraph by paragraph. */
export function docxParagraphTexts(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1] ?? "")).join(""),
  );
}

export function decodeXml(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}
