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

export const WRITERS = {
  docx: {
    extension: ".docx",
    async write(doc, ctx) {
      const { writeDocx } = await import("./docx/docx-writer.js");
      return writeDocx(doc, ctx.isoDate);
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
export const FORMAT_NAMES = Object.keys(WRITERS) as FormatName[];
