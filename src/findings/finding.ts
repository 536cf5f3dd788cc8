// What a stage or a check rule reports before it is located: where the problem is, in the terms
// the stage knows (a YAML path, a piece of text inside a value, an offset, a paragraph of a Word
// or PDF file, or the file as a whole), and a message id with its parameters.
import { type Message } from "../i18n/i18n.js";
import type { Severity } from "./diagnostic.js";

export type Path = readonly (string | number)[];

export interface Where {
  /** YAML path of the node the problem is about (a source path). */
  path?: Path;
  /** Point inside the node's value: `value` is the text the stage read, `index`/`length` the part
   * that is wrong. The locator finds that part in the node's source text. */
  within?: { value: string; index: number; length: number };
  /** A piece of text to look for in the node's source (tried after `within`). */
  needle?: string;
  /** Point at the key ("muc:") rather than at its value. */
  atKey?: boolean;
  /** A place already known as a line and a column (a CSV cell, a spreadsheet row); column 0: the
   * line as a whole. */
  line?: number;
  column?: number;
  /** An absolute offset into the raw source text. */
  offset?: number;
  /** How many characters the caret covers (default: what was found). */
  length?: number;
  /** A paragraph of a document without lines (Word, PDF): 1-based, with its text for the frame. */
  paragraph?: number;
  quote?: string;
  page?: number;
}

export interface Finding extends Where {
  message: Message;
  hint?: Message;
  /** The stage code or rule id; the locator's default when left out. */
  code?: string;
  severity?: Severity;
}
