// Writers by name. Each turns the document model into bytes; the docx writer is loaded only when
// used, so commands that never write a .docx (check) start fast.
import type { DocumentNode } from "../model/nodes.js";
import { writeText } from "./txt/txt-writer.js";

export interface WriteContext {
  /** ISO date (yyyy-mm-dd) stamped into document metadata instead of the clock. */
  isoDate: string;
}

export interface Writer {
  extension: string;
  write(doc: DocumentNode, ctx: WriteContext): Promise<Buffer>;
}

// Loaded once, on first use (a dynamic import per document costs more than the XML itself).
let docxWriter: Promise<typeof import("./docx/docx-writer.js")> | undefined;

export const WRITERS = {
  docx: {
    extension: ".docx",
    async write(doc, ctx) {
      docxWriter ??= import("./docx/docx-writer.js");
      return (await docxWriter).writeDocx(doc, ctx.isoDate);
    },
  },
  txt: {
    extension: ".txt",
    async write(doc) {
      return Buffer.from(writeText(doc), "utf8");
    },
  },
} as const satisfies Record<string, Writer>;

export type FormatName = keyof typeof WRITERS;
/**
 * Every output format render and batch offer: the writers above, and PDF, which is the .docx
 * converted by LibreOffice (src/write/pdf/), many documents in one run.
 */
export type OutputFormat = FormatName | "pdf";

export function extensionOf(format: OutputFormat): string {
  return format === "pdf" ? ".pdf" : WRITERS[format].extension;
}

/** The writer that makes the bytes of a format: PDF starts as a .docx. */
export function writerFormat(format: OutputFormat): FormatName {
  return format === "pdf" ? "docx" : format;
}
