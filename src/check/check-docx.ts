// One Word file through the check (or a .doc, .odt, .rtf, .pdf or .txt named on the command line,
// read as import reads it): read it (src/read/), find its parts and run the layout rules; then, when the caller can recognise a plan in it (the import layer's recognition, passed
// in from the command), run every plan rule on that plan, with each finding placed back at the
// paragraph it came from. Every finding has its place: ¶N, the quoted words, the page where Word
// recorded it. A file that cannot be read yields its one read diagnostic, never a crash.
import { Document } from "yaml";
import type { Diagnostic } from "../findings/diagnostic.js";
import { compareDiagnostics } from "../findings/diagnostic.js";
import { InputError } from "../findings/errors.js";
import { msg, type Message } from "../i18n/i18n.js";
import { SourceFile } from "../findings/source-file.js";
import { locate } from "../findings/locate.js";
import { readDocxFile } from "../read/docx/read-docx-file.js";
import { readDocumentFile } from "../read/read-file.js";
import type { ReadDocument } from "../read/read-document.js";
import type { Path } from "../findings/locate.js";
import type { CheckFileOptions, CheckFileResult } from "./check-file.js";
import { checkFile, ruleLevel } from "./check-file.js";
import { docxParts, type Placed } from "./docx-parts.js";
import { collapse } from "./layout-helpers.js";
import { isLayoutRule, type Finding, type LayoutFinding, type RawText, type RuleContext } from "./rule.js";
import { rule as unicodeRule } from "./rules/unicode.js";
import { RULES, ruleById } from "./rules/index.js";

/** A plan recognised in a Word file, as the check needs it. */
export interface RecognizedForCheck {
  /** The plan's value (what `kehoach import` writes as YAML). */
  plan: unknown;
  /** Where each value of the plan came from: its YAML path and ¶N. */
  places: readonly { path: readonly (string | number)[]; paragraph: number }[];
  /** Changes the recognition made that a plan rule would have reported in the original
   * (a repeated typed number, a missing space after "KT."), under that rule's id. */
  corrections: readonly { rule: string; paragraph: number; quote: string; message: Message; /** Corrections of one cause share it ("items jump from 7 to 9"). */ group?: string }[];
}

export type PlanRecognizer = (doc: ReadDocument) => Promise<RecognizedForCheck>;

export interface CheckDocxOptions extends Omit<CheckFileOptions, "loaded" | "placeFinding" | "template" | "rows" | "parentVars" | "walked"> {
  recognizePlan?: PlanRecognizer;
}

/** The longest quote shown. */
const QUOTE_CHARS = 80;

export function quoteText(s: string): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > QUOTE_CHARS ? one.slice(0, QUOTE_CHARS - 1) + "…" : one;
}

export async function checkDocxFile(file: string, opts: CheckDocxOptions): Promise<CheckFileResult> {
  let doc: ReadDocument;
  try {
    doc = readDocxFile(file);
  } catch (e) {
    if (e instanceof InputError) return { skipped: false, diagnostics: e.diagnostics, fixes: [] };
    throw e;
  }
  return checkReadDocument(doc, opts);
}

/**
 * A plan the officer holds in another format: .doc, .odt and .rtf (converted to .docx through
 * LibreOffice, so the layout rules run as on a Word file), .pdf and .txt (no page layout to check:
 * the plan rules and the raw-character rule only).
 */
export async function checkDocumentFile(file: string, opts: CheckDocxOptions): Promise<CheckFileResult> {
  let doc: ReadDocument;
  try {
    doc = await readDocumentFile(file);
  } catch (e) {
    if (e instanceof InputError) return { skipped: false, diagnostics: e.diagnostics, fixes: [] };
    throw e;
  }
  return checkReadDocument(doc, opts);
}

/** The rules on a document already read: layout where it has a Word layout, raw characters, and
 * the plan rules on the plan recognised in it. */
async function checkReadDocument(doc: ReadDocument, opts: CheckDocxOptions): Promise<CheckFileResult> {
  const hasWordLayout = doc.format !== "pdf" && doc.format !== "txt";
  const diagnostics = [...(hasWordLayout ? checkLayout(doc, opts) : []), ...checkRawCharacters(doc, opts)];
  if (opts.recognizePlan) diagnostics.push(...(await checkRecognizedPlan(doc, await opts.recognizePlan(doc), opts)));
  return { skipped: false, diagnostics: diagnostics.sort(compareDiagnostics), fixes: [] };
}

/** The layout rules on a document already read. */
export function checkLayout(doc: ReadDocument, opts: Pick<CheckFileOptions, "config">): Diagnostic[] {
  const parts = docxParts(doc);
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    if (!isLayoutRule(rule)) continue;
    const level = ruleLevel(rule, opts.config);
    if (level === "off") continue;
    for (const f of rule.check({ file: doc.file, document: doc, parts })) out.push(placed(doc, parts.all, f, rule.id, level));
  }
  return out.sort(compareDiagnostics);
}

/**
 * The unicode rule's look at raw characters (zero-width spaces, control characters, legacy-font
 * letters, decomposed diacritics) on the paragraphs' text as the file holds it: the recognised plan
 * reaches the plan rules as a value that import has already corrected, so the rule would see nothing
 * there. Each finding lands at its paragraph, with the words around it.
 */
export function checkRawCharacters(doc: ReadDocument, opts: Pick<CheckFileOptions, "config">): Diagnostic[] {
  const level = ruleLevel(unicodeRule, opts.config);
  if (level === "off") return [];
  const all = docxParts(doc).all;
  let text = "";
  const rawTexts: RawText[] = all.map(({ p }) => {
    const start = text.length;
    text += p.text + "\n";
    return { path: [p.index], start, end: start + p.text.length };
  });
  // The rule reads only the raw text and where each value stands in it.
  const context = { source: new SourceFile(doc.file, text), rawTexts } as unknown as RuleContext;
  return unicodeRule.check(context).map((f) => {
    const raw = rawTexts.find((r) => r.path[0] === f.path?.[0])!;
    const at = (f.offset ?? raw.start) - raw.start;
    const value = text.slice(raw.start, raw.end);
    return placed(doc, all, { paragraph: Number(raw.path[0]), quote: around(value, at, f.length ?? 1), message: f.message, hint: f.hint }, unicodeRule.id, level);
  });
}

/** The plan rules on the plan recognised in the file, each finding placed at its paragraph. */
export async function checkRecognizedPlan(doc: ReadDocument, r: RecognizedForCheck, opts: CheckDocxOptions): Promise<Diagnostic[]> {
  const all = docxParts(doc).all;
  const places = [...r.places].sort((a, b) => b.path.length - a.path.length);
  const paragraphOf = (path: Path): number => places.find((p) => p.path.length <= path.length && p.path.every((k, i) => k === path[i]))?.paragraph ?? 0;
  // A finding at a YAML path moves to the paragraph its value came from, with the words around it.
  const placeFinding = (f: Finding): Finding => {
    const quote = f.within ? around(f.within.value, f.within.index, f.within.length) : f.needle;
    return paragraphPlace(all, { paragraph: f.path ? paragraphOf(f.path) : 0, quote, message: f.message, hint: f.hint });
  };
  // The plan goes to the rules as a value: writing it as YAML and parsing it again would cost a
  // third of the time of checking a Word file, and no finding needs a YAML line. (The unicode
  // rule's look at raw characters has no YAML text here: what import corrects is reported below.)
  // A header or signature the file lacks (text copied without them) would stop every rule: stand
  // in a placeholder, so the rules check the rest as in a template, and say which parts were missing.
  const { plan, missing } = withStandIns(r.plan);
  const yamlDoc = new Document(plan) as Document.Parsed;
  const loaded = { source: new SourceFile(doc.file, ""), doc: yamlDoc, value: plan };
  const result = await checkFile(doc.file, { ...opts, template: false, loaded, placeFinding });
  const out: Diagnostic[] = [];
  if (missing.length > 0) {
    out.push({ severity: "warning", file: doc.file, line: 0, column: 0, code: "import", message: msg("check.docx.partsMissing", { parts: missing.join(", ") }), hint: msg("check.docx.planIncompleteHint") });
  }
  if (!result.skipped) {
    const ruled = result.diagnostics.filter((d) => (d.paragraph !== undefined || ruleById(d.code) !== undefined) && !JSON.stringify(d.message).includes(STAND_IN));
    out.push(...ruled);
    // What went wrong before the rules (the recognised plan lacks a required field) is about the
    // recognition, not a line of the file: one note, so that silence does not read as "all fine".
    const stage = result.diagnostics.find((d) => d.severity === "error" && !ruled.includes(d) && !JSON.stringify(d.message).includes(STAND_IN));
    if (stage) out.push({ severity: "warning", file: doc.file, line: 0, column: 0, code: "import", message: msg("check.docx.planIncomplete", { detail: stage.message }), hint: msg("check.docx.planIncompleteHint") });
  }
  // One finding per cause: a skipped number shifts every number after it, and the officer needs
  // the first place and the list of the others, not one error each.
  const byRule = new Map<string, { key: string; finding: LayoutFinding }[]>();
  r.corrections.forEach((c, i) => {
    const list = byRule.get(c.rule) ?? [];
    list.push({ key: c.group ?? `#${i}`, finding: { paragraph: c.paragraph, quote: c.quote, message: c.message } });
    byRule.set(c.rule, list);
  });
  for (const [id, list] of byRule) {
    const rule = ruleById(id);
    if (!rule) continue;
    const level = ruleLevel(rule, opts.config);
    if (level === "off") continue;
    for (const f of collapse(list)) out.push(placed(doc, all, f, rule.id, level));
  }
  return out;
}

/** The placeholder that stands in for a part the file lacks; findings about it are not shown. */
const STAND_IN = "kehoach_khong_co_trong_tep";

/** The header and signature fields a plan needs, each given a stand-in where the file has none. */
function withStandIns(value: unknown): { plan: unknown; missing: string[] } {
  if (!value || typeof value !== "object" || Array.isArray(value)) return { plan: value, missing: [] };
  const plan = { ...(value as Record<string, unknown>) };
  const missing: string[] = [];
  const stand = `{{${STAND_IN}}}`;
  const need = (obj: Record<string, unknown>, key: string, name: string) => {
    const v = obj[key];
    if (v === undefined || v === null || v === "") {
      obj[key] = stand;
      missing.push(name);
    }
  };
  const sub = (key: string): Record<string, unknown> => {
    const v = plan[key];
    const obj = v && typeof v === "object" && !Array.isArray(v) ? { ...(v as Record<string, unknown>) } : {};
    plan[key] = obj;
    return obj;
  };
  const agency = sub("co_quan");
  need(agency, "ten", "co_quan.ten");
  need(agency, "viet_tat", "co_quan.viet_tat");
  need(plan, "dia_danh", "dia_danh");
  need(plan, "ngay", "ngay");
  need(plan, "trich_yeu", "trich_yeu");
  const signature = sub("ky");
  need(signature, "chuc_vu", "ky.chuc_vu");
  need(signature, "ho_ten", "ky.ho_ten");
  if (!Array.isArray(plan.noi_nhan)) {
    plan.noi_nhan = [stand];
    missing.push("noi_nhan");
  }
  return { plan, missing };
}

/** Some words around a part of a value: what the quote shows. */
function around(value: string, index: number, length: number): string {
  const from = Math.max(0, value.lastIndexOf(" ", Math.max(0, index - 25)) + 1);
  const to = value.indexOf(" ", Math.min(value.length, index + length + 25));
  return value.slice(index - from > 40 ? index : from, to < 0 ? value.length : to).replace(/\*\*/g, "");
}

/** A layout finding with its quote (the paragraph's text when the rule named none) and page. */
function paragraphPlace(all: Placed[], f: LayoutFinding): Finding {
  if (f.paragraph <= 0) return { message: f.message, hint: f.hint };
  const p = all[f.paragraph - 1]?.p;
  const quote = quoteText(f.quote ?? p?.text ?? "");
  return { ...f, quote: quote || undefined, page: p?.page };
}

function placed(doc: ReadDocument, all: Placed[], f: LayoutFinding, code: string, severity: "error" | "warning"): Diagnostic {
  return locate(paragraphPlace(all, f), { file: doc.file }, { code, severity });
}
