// What a reader changed while rebuilding paragraphs from laid-out text (PDF, pdftotext, copy-paste):
// every removed page number, joined word or joined paragraph, so that import can report each one.
import type { ReadDocument } from "./read-document.js";

export type ReaderNoteKind = "pageNumberLine" | "runningHeader" | "splitWord" | "splitParagraph";

export interface ReaderNote {
  kind: ReaderNoteKind;
  /** ¶N of the paragraph the change is in (or the one after a removed line). */
  paragraph: number;
  /** The text as it was in the file ("\n" for a line break) and as the paragraph now has it. */
  old: string;
  new: string;
}

/** A ReadDocument with the reader's notes. */
export interface NotedDocument extends ReadDocument {
  notes?: ReaderNote[];
}
