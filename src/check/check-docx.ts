// One Word file through the check: read it (src/read/docx), find its parts, run the layout rules,
// and give each finding its place: ¶N, the quoted words, and the page where Word recorded it.
// A file that cannot be read yields its one read diagnostic, never a crash.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { compareDiagnostics } from "../diagnostics/diagnostic.js";
import { InputError } from "../diagnostics/errors.js";
import { pick } from "../i18n/i18n.js";
import { readDocxFile } from "../read/docx/read-docx-file.js";
import type { ReadDocument } from "../read/read-document.js";
import type { CheckFileOptions, CheckFileResult } from "./check-file.js";
import { ruleLevel } from "./check-file.js";
import { docxParts } from "./docx-parts.js";
import { isLayoutRule, type LayoutFinding } from "./rule.js";
import { RULES } from "./rules/index.js";

export const DOCX_FILE = /\.docx$/i;

/** The longest quote shown. */
const QUOTE_CHARS = 80;

export function quoteText(s: string): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > QUOTE_CHARS ? one.slice(0, QUOTE_CHARS - 1) + "…" : one;
}

export async function checkDocxFile(file: string, opts: Pick<CheckFileOptions, "config">): Promise<CheckFileResult> {
  let doc: ReadDocument;
  try {
    doc = readDocxFile(file);
  } catch (e) {
    if (e instanceof InputError) return { skipped: false, diagnostics: e.diagnostics };
    throw e;
  }
  return { skipped: false, diagnostics: checkReadDocument(doc, opts) };
}

/** The layout rules on a document already read. */
export function checkReadDocument(doc: ReadDocument, opts: Pick<CheckFileOptions, "config">): Diagnostic[] {
  const parts = docxParts(doc);
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    if (!isLayoutRule(rule)) continue;
    const level = ruleLevel(rule, opts.config);
    if (level === "off") continue;
    for (const f of rule.check({ file: doc.file, document: doc, parts })) out.push(layoutDiagnostic(doc, parts.all, f, rule.id, level));
  }
  return out.sort(compareDiagnostics);
}

function layoutDiagnostic(doc: ReadDocument, all: ReturnType<typeof docxParts>["all"], f: LayoutFinding, code: string, severity: "error" | "warning"): Diagnostic {
  const d: Diagnostic = { severity, file: doc.file, line: 0, column: 0, message: pick(f.message), code };
  if (f.hint) d.hint = pick(f.hint);
  if (f.paragraph > 0) {
    const p = all[f.paragraph - 1]?.p;
    const quote = quoteText(f.quote ?? p?.text ?? "");
    d.place = { paragraph: f.paragraph, ...(quote ? { quote } : {}), ...(p?.page !== undefined ? { page: p.page } : {}) };
  }
  return d;
}
