// A located finding: what every stage reports and every reporter prints. The words are chosen at
// the edge: `message` and `hint` are message ids with parameters, translated by the reporters.
import { type Message, t } from "../i18n/i18n.js";

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Diagnostic {
  severity: Severity;
  /** Path of the file as the user named it. */
  file: string;
  /** 1-based line and column; 0 when the problem is about the file as a whole or a paragraph. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** In a document without lines (Word, PDF): the 1-based paragraph, shown as file:¶N. */
  paragraph?: number;
  /** The words of that paragraph the problem is about (also shown quoted in `frame`). */
  quote?: string;
  /** The page of that paragraph, where the file records it (Word's rendered page breaks). */
  page?: number;
  /** What is wrong. */
  message: Message;
  /** How to fix it. */
  hint?: Message;
  /** Stable id: a check rule id, or a stage code such as "yaml-syntax", "schema", "placeholder". */
  code: string;
  /** Two-line code frame (or the quoted paragraph), filled in when the source text is known. */
  frame?: string;
}

/** "file:line:column", "file:¶N" ("file:¶N (trang P)" where the page is known) or "file". */
export function placeOf(d: Pick<Diagnostic, "file" | "line" | "column" | "paragraph" | "page">): string {
  if (d.line > 0) return `${d.file}:${d.line}:${d.column}`;
  if (d.paragraph !== undefined) return `${d.file}:¶${d.paragraph}${d.page !== undefined ? ` (${t("report.paragraphPage", { page: d.page })})` : ""}`;
  return d.file;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.paragraph ?? 0) - (b.paragraph ?? 0) ||
    a.code.localeCompare(b.code) ||
    t(a.message).localeCompare(t(b.message))
  );
}

/** Each problem once (same file, place, code and words), in reading order. */
export function uniqueSorted<D extends Diagnostic>(list: readonly D[]): D[] {
  const seen = new Set<string>();
  return list
    .filter((d) => {
      const k = `${d.file}:${d.line}:${d.column}:${d.paragraph ?? ""}:${d.code}:${t(d.message)}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort(compareDiagnostics);
}
