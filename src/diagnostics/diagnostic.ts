// One shape for every problem any stage reports: load, validate, expand, check, write.
export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Diagnostic {
  severity: Severity;
  /** Path of the file as the user named it. */
  file: string;
  /** 1-based line and column; 0 when the problem is about the file as a whole. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** What is wrong, in the user's language. */
  message: string;
  /** How to fix it, in the user's language. */
  hint?: string;
  /** Stable id: a check rule id, or a stage code such as "yaml-syntax", "schema", "placeholder". */
  code: string;
  /** Two-line code frame, filled in when the source text is known. */
  frame?: string;
  /** In a document read as paragraphs (a Word file): ¶N (1-based; line and column are then 0),
   * the words the problem is about, and the page where the file tells it. */
  place?: ParagraphPlace;
}

export interface ParagraphPlace {
  paragraph: number;
  quote?: string;
  page?: number;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.place?.paragraph ?? 0) - (b.place?.paragraph ?? 0) ||
    a.code.localeCompare(b.code) ||
    a.message.localeCompare(b.message)
  );
}
