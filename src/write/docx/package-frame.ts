// The parts of a .docx that are the same in every plan (styles, settings, theme, headers,
// content types, relationships), already compressed, plus the head and tail of document.xml and
// core.xml. Made by the docx library; `npm run build` saves them beside this module as
// package-frame.json so that rendering does not even load the library. Without that file (tests
// run from src/) they are made on first use.
import { existsSync, readFileSync } from "node:fs";
import type { PreparedEntry } from "./zip.js";

export const DOCUMENT_PART = "word/document.xml";
export const CORE_PART = "docProps/core.xml";
const TITLE_MARK = "KEHOACH-TITLE-MARK";
const FRAME_FILE = new URL("./package-frame.json", import.meta.url);

export interface PackageFrame {
  /** Every part name, in zip order. */
  order: string[];
  /** Every part but document.xml and core.xml, compressed once. */
  fixed: Map<string, PreparedEntry>;
  documentHead: string;
  documentTail: string;
  coreHead: string;
  coreTail: string;
}

/** Zip order: [Content_Types].xml first, then by name. */
export function byZipOrder(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "[Content_Types].xml") return -1;
  if (b === "[Content_Types].xml") return 1;
  return a < b ? -1 : 1;
}

export async function computePackageFrame(): Promise<PackageFrame> {
  const { libraryDocument, libraryParts } = await import("./library-backend.js");
  const { prepareEntry } = await import("./zip.js");
  const parts = await libraryParts(libraryDocument([], TITLE_MARK));
  const text = (name: string) => Buffer.from(parts.get(name) ?? "").toString("utf8");
  const document = text(DOCUMENT_PART);
  const bodyStart = document.indexOf("<w:body>") + "<w:body>".length;
  const core = text(CORE_PART);
  const mark = core.indexOf(TITLE_MARK);
  if (bodyStart < "<w:body>".length || mark < 0) throw new Error("unexpected docx package layout");
  const fixed = new Map<string, PreparedEntry>();
  for (const [name, data] of parts) if (name !== DOCUMENT_PART && name !== CORE_PART) fixed.set(name, prepareEntry({ name, data }));
  return {
    order: [...parts.keys()].sort(byZipOrder),
    fixed,
    documentHead: document.slice(0, bodyStart),
    documentTail: document.slice(document.indexOf("<w:sectPr", bodyStart)),
    coreHead: core.slice(0, mark),
    coreTail: core.slice(mark + TITLE_MARK.length),
  };
}

type FrameJson = Omit<PackageFrame, "fixed"> & {
  fixed: { name: string; flags: number; method: 0 | 8; crc: number; size: number; body: string }[];
};

export function frameToJson(f: PackageFrame): string {
  const fixed = [...f.fixed.values()].map((e) => ({ name: e.name.toString("utf8"), flags: e.flags, method: e.method, crc: e.crc, size: e.size, body: e.body.toString("base64") }));
  return JSON.stringify({ ...f, fixed } satisfies FrameJson);
}

export function frameFromJson(json: string): PackageFrame {
  const j = JSON.parse(json) as FrameJson;
  const fixed = new Map<string, PreparedEntry>(
    j.fixed.map((e) => [e.name, { name: Buffer.from(e.name, "utf8"), flags: e.flags, method: e.method, crc: e.crc, size: e.size, body: Buffer.from(e.body, "base64") }]),
  );
  return { ...j, fixed };
}

let frame: Promise<PackageFrame> | undefined;

export function packageFrame(): Promise<PackageFrame> {
  frame ??= existsSync(FRAME_FILE) ? Promise.resolve(frameFromJson(readFileSync(FRAME_FILE, "utf8"))) : computePackageFrame();
  return frame;
}
