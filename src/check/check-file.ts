// One plan file through the check: load → validate → (expand) → model → rules → located diagnostics.
// A file that does not load or validate yields its load/validate diagnostics, never a crash. Only
// the parts of the render pipeline that check needs are imported: never a writer.
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { compareDiagnostics } from "../diagnostics/diagnostic.js";
import { InputError } from "../diagnostics/errors.js";
import { pick } from "../i18n/i18n.js";
import { LIMITS } from "../limits.js";
import { parsePlanText, type LoadedPlan } from "../load/load-plan.js";
import { readSource } from "../load/read-input.js";
import type { SourceFile } from "../load/source-file.js";
import { buildDocument } from "../model/build-document.js";
import type { DocumentNode } from "../model/nodes.js";
import { locate, locateKey, nodeAt, type Path } from "../validate/locate.js";
import type { PlanDate } from "../validate/plan-date.js";
import type { Plan } from "../validate/plan-schema.js";
import { validatePlan, type ValidatedPlan } from "../validate/validate-plan.js";
import type { ExpandError, ExpandProblem } from "../expand/expand-plan.js";
import type { CheckConfig } from "./config.js";
import { planTexts } from "./plan-texts.js";
import { isPlanRule, type AnyRule, type Finding, type RawText, type Rule, type RuleContext, type RuleLevel, type TextEntry } from "./rule.js";
import { RULES } from "./rules/index.js";
import { templateView } from "./template-view.js";

export const PLACEHOLDER_RULE = "unresolved-placeholder";
/** {{cap_tren.…}}: the parent plan's values (src/expand/parent-plan.ts). */
const PARENT_PREFIX = "cap_tren";
export const UNICODE_RULE = "unicode";

export interface DataRow {
  /** 1-based position among the rows ({{stt}}, as batch gives it). */
  index?: number;
  /** "xa.csv, dòng 3": for messages. */
  label: string;
  values: Record<string, unknown>;
}

export interface CheckFileOptions {
  config: CheckConfig;
  final: boolean;
  /** The file is a template: placeholders are allowed when it is checked without data. */
  template: boolean;
  /** --data rows: a file with placeholders is expanded and checked once per row. */
  rows?: readonly DataRow[];
  /** --cap-tren: the parent plan's values, as {{cap_tren.…}} (with or without --data). */
  parentVars?: Record<string, string>;
  today: Required<PlanDate>;
  /** Found by walking a folder (not named): a YAML list (a data table) is skipped, not a plan. */
  walked?: boolean;
  /** The plan already loaded, when it is not read from `file` (a plan recognised in a Word file). */
  loaded?: LoadedPlan;
  /** How a rule's finding is placed, instead of line:column in the source (¶N in a Word file). */
  placeFinding?: (f: Finding, code: string, severity: "error" | "warning") => Diagnostic;
}

export type CheckFileResult = { skipped: true } | { skipped: false; diagnostics: Diagnostic[] };

/** The configured level of each rule. */
export function ruleLevel(rule: AnyRule, config: CheckConfig): RuleLevel {
  return config.rules[rule.id] ?? rule.defaultSeverity;
}

/** One way of looking at the plan for the rules: expanded (per data row), or a template view. */
interface View {
  plan: Plan;
  date: PlanDate | undefined;
  sourcePathOf(path: Path): Path;
  template: boolean;
  label?: string;
}

const DIRECTIVE = /^[ \t-]*(?:neu|lap)\s*:/m;

export async function checkFile(file: string, opts: CheckFileOptions): Promise<CheckFileResult> {
  let loaded: LoadedPlan;
  let v: ValidatedPlan;
  try {
    loaded = opts.loaded ?? parsePlanText(readSource(file, LIMITS.maxPlanBytes));
    if (opts.walked && (Array.isArray(loaded.value) || loaded.value === null || typeof loaded.value !== "object")) return { skipped: true };
    v = validatePlan(loaded);
  } catch (e) {
    if (e instanceof InputError) return { skipped: false, diagnostics: e.diagnostics };
    throw e;
  }

  const enabled = RULES.filter(isPlanRule).filter((r) => ruleLevel(r, opts.config) !== "off");
  const placeholderLevel = ruleLevel(RULES.find((r) => r.id === PLACEHOLDER_RULE)!, opts.config);
  const diagnostics: Diagnostic[] = [];
  const unicodeOn = enabled.some((r) => r.id === UNICODE_RULE);
  // The unicode rule reports removed control characters where they are; otherwise keep validate's note.
  diagnostics.push(...v.warnings.filter((w) => !(unicodeOn && w.code === "control-characters")));

  const text = v.source.text;
  const hasPlaceholders = text.includes("{{");
  const views: View[] = [];

  const hasDirectives = (text.includes("neu") || text.includes("lap")) && DIRECTIVE.test(text);
  /** Without neu/lap nothing moves: a path of the expanded plan is its source path. */
  const pathsOf = (x: { sourcePathOf(p: Path): Path }) => (hasDirectives ? x.sourcePathOf : (p: Path) => p);
  if (!hasPlaceholders && !hasDirectives && v.date) {
    views.push({ plan: v.plan, date: v.date, sourcePathOf: (p) => p, template: false });
  } else {
    const { expandPlan, TEMPLATE_PROBLEM_KINDS } = await import("../expand/expand-plan.js");
    /** The expand stage's problems: placeholder ones become unresolved-placeholder findings. */
    const problemsOf = (e: InputError, templateOnly: boolean): ExpandProblem[] => {
      const list: ExpandProblem[] =
        (e as Partial<ExpandError>).problems ?? e.diagnostics.map((d) => ({ ...d, kind: d.code === "placeholder" ? "missing" : "schema", bare: d.message }));
      return list.filter((p) => !templateOnly || (TEMPLATE_PROBLEM_KINDS.has(p.kind) && p.kind !== "missing"));
    };
    const rows = hasPlaceholders && opts.rows && opts.rows.length > 0 ? opts.rows : undefined;
    if (rows) {
      const perRow: ExpandProblem[][] = [];
      for (const row of rows) {
        try {
          const x = expandPlan(v, { vars: rowVars(row, opts.parentVars), dataLabel: row.label });
          views.push({ plan: x.plan, date: x.date, sourcePathOf: pathsOf(x), template: false, label: row.label });
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          perRow.push(problemsOf(e, false).map((p) => ({ ...p, name: row.label })));
          if (!views.some((w) => w.template)) views.push({ ...templateView(v.plan), date: v.date, template: true, label: row.label });
        }
      }
      diagnostics.push(...groupRowProblems(perRow, rows.length).map((d) => asFinding(d, placeholderLevel)).filter(isDiagnostic));
    } else {
      try {
        const x = expandPlan(v, opts.parentVars ? { vars: { [PARENT_PREFIX]: opts.parentVars } } : {});
        views.push({ plan: x.plan, date: x.date, sourcePathOf: pathsOf(x), template: false });
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        // A template checked without data keeps its placeholders: only broken expressions are
        // problems. A plan reports each placeholder without a value. Both are then checked as
        // they stand, every branch kept.
        const problems = problemsOf(e, opts.template);
        diagnostics.push(...problems.map((p) => asFinding(p, placeholderLevel)).filter(isDiagnostic));
        views.push({ ...templateView(v.plan), date: v.date, template: true });
      }
    }
  }

  const perView = views.map((view) => runRules(enabled, view, v, loaded, opts));
  diagnostics.push(...mergeViews(perView, views));
  return { skipped: false, diagnostics: dedupe(diagnostics).sort(compareDiagnostics) };
}

/** The values of one row as batch gives them: its position (stt), its cells, and cap_tren. */
function rowVars(row: DataRow, parentVars: Record<string, string> | undefined): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  const define = (k: string, v: unknown) => Object.defineProperty(vars, k, { value: v, enumerable: true, writable: true, configurable: true });
  if (row.index !== undefined) define("stt", row.index);
  for (const [k, v] of Object.entries(row.values)) define(k, v);
  if (parentVars) define(PARENT_PREFIX, parentVars);
  return vars;
}

/** An expand-stage problem as a diagnostic: placeholder problems under unresolved-placeholder. */
function asFinding(p: Diagnostic, placeholderLevel: RuleLevel): Diagnostic | undefined {
  const d: Diagnostic = { severity: p.severity, file: p.file, line: p.line, column: p.column, message: p.message, hint: p.hint, code: p.code, frame: p.frame };
  if (d.code !== "placeholder") return d;
  if (placeholderLevel === "off") return undefined;
  return { ...d, code: PLACEHOLDER_RULE, severity: placeholderLevel };
}

function isDiagnostic(d: Diagnostic | undefined): d is Diagnostic {
  return d !== undefined;
}

/** The same problem in many rows is reported once: "… (xa.csv, dòng 3 và 12 dòng khác)". */
function groupRowProblems(perRow: ExpandProblem[][], rowCount: number): Diagnostic[] {
  const groups = new Map<string, { p: ExpandProblem; rows: string[] }>();
  for (const list of perRow) {
    for (const p of list) {
      const k = `${p.line}:${p.column}:${p.code}:${p.bare}`;
      const g = groups.get(k);
      if (g) g.rows.push(p.name ?? "");
      else groups.set(k, { p, rows: [p.name ?? ""] });
    }
  }
  return [...groups.values()].map(({ p, rows }) => {
    if (rows.length === 1) return p;
    const where = rows.length === rowCount ? pick({ vi: "mọi dòng dữ liệu", en: "every data row" }) : pick({ vi: `${rows[0]} và ${rows.length - 1} dòng khác`, en: `${rows[0]} and ${rows.length - 1} more rows` });
    return { ...p, message: `${p.bare} (${where})` };
  });
}

function runRules(rules: readonly Rule[], view: View, v: ValidatedPlan, loaded: LoadedPlan, opts: CheckFileOptions): Diagnostic[] {
  const date = view.date;
  const document: DocumentNode = buildDocument({ plan: view.plan, date: date ?? { year: opts.today.year, month: opts.today.month }, sourcePathOf: view.sourcePathOf });
  let texts: TextEntry[] | undefined;
  let rawTexts: RawText[] | undefined;
  const context: RuleContext = {
    file: v.source.path,
    source: v.source,
    plan: view.plan,
    document,
    date,
    template: view.template,
    final: opts.final,
    requiredSections: opts.config.requiredSections[view.plan.loai] ?? [],
    get texts() {
      return (texts ??= planTexts(view.plan, view.sourcePathOf));
    },
    get rawTexts() {
      return (rawTexts ??= stringScalars(loaded.doc));
    },
    sourcePathOf: view.sourcePathOf,
    today: opts.today,
  };
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = ruleLevel(rule, opts.config) as "error" | "warning";
    for (const f of rule.check(context)) out.push(opts.placeFinding ? opts.placeFinding(f, rule.id, severity) : toDiagnostic(f, rule.id, severity, loaded));
  }
  return out;
}

/** A finding → a Diagnostic at line:column (inside the node's value when the finding says where). */
export function toDiagnostic(f: Finding, code: string, severity: Diagnostic["severity"], loaded: { doc: Document; source: SourceFile }): Diagnostic {
  const { source, doc } = loaded;
  let offset: number | undefined = f.offset;
  let length = f.length ?? 1;
  if (offset === undefined && (f.within || f.needle)) {
    const node = nodeAt(doc, f.path);
    if (node?.range) {
      const found = f.within ? findWithin(source.text, node.range, f.within) : findNeedle(source.text, node.range, f.needle!);
      if (found !== undefined) {
        offset = found;
        length = f.within ? f.within.length : f.needle!.length;
      }
    }
  }
  let line: number, column: number;
  if (offset !== undefined) {
    ({ line, column } = source.position(offset));
  } else {
    const place = f.atKey ? locateKey(doc, source, f.path) : locate(doc, source, f.path);
    ({ line, column } = place);
    length = place.length;
  }
  const sameLine = Math.max(1, source.lineText(line).length - column + 1);
  return {
    severity,
    file: source.path,
    line,
    column,
    message: pick(f.message),
    hint: f.hint ? pick(f.hint) : undefined,
    code,
    frame: source.frame(line, column, Math.max(1, Math.min(length, sameLine))),
  };
}

/** Where the wrong part of a value stands in the node's source. The value and its source differ
 * (indentation, quotes, folded lines), so the part is looked for with the rest of its line after it,
 * then with the start of its line before it, then alone; the k-th occurrence in the value is taken
 * as the k-th in the source. */
function findWithin(text: string, range: readonly number[], w: { value: string; index: number; length: number }): number | undefined {
  const [start, end] = [range[0]!, range[1]!];
  const slice = text.slice(start, end);
  const { value, index } = w;
  const lineStart = value.lastIndexOf("\n", index - 1) + 1;
  const nl = value.indexOf("\n", index);
  const lineEnd = nl < 0 ? value.length : nl;
  const length = Math.max(1, Math.min(w.length, lineEnd - index));
  const lead = value.slice(lineStart, index).trimStart();
  const tries: [string, number][] = [
    [value.slice(index, Math.min(lineEnd, index + Math.max(length, 60))), 0],
    [lead + value.slice(index, index + length), lead.length],
    [value.slice(index, index + length), 0],
  ];
  for (const [needle, shift] of tries) {
    if (needle.trim() === "") continue;
    const from = index - shift;
    let k = 0;
    for (let i = value.indexOf(needle); i >= 0 && i < from; i = value.indexOf(needle, i + 1)) k++;
    let at = -1;
    for (let i = 0; i <= k; i++) {
      at = slice.indexOf(needle, at + 1);
      if (at < 0) break;
    }
    if (at >= 0) return start + at + shift;
  }
  return undefined;
}

/** A needle standing alone on a line is preferred (a paragraph of a text block), else its first occurrence. */
function findNeedle(text: string, range: readonly number[], needle: string): number | undefined {
  const slice = text.slice(range[0], range[1]);
  const alone = new RegExp(`^[ \\t]*(${needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})[ \\t]*$`, "m").exec(slice);
  if (alone) return range[0]! + alone.index + alone[0].indexOf(alone[1]!);
  const i = slice.indexOf(needle);
  return i < 0 ? undefined : range[0]! + i;
}

/** Every string scalar of the document with its path and its place in the raw text. */
function stringScalars(doc: Document): RawText[] {
  const out: RawText[] = [];
  const walk = (node: unknown, path: Path) => {
    if (isScalar(node)) {
      if (typeof node.value === "string" && node.range) out.push({ path, start: node.range[0], end: node.range[1] });
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        walk(pair.value, [...path, String(pair.key.value)]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node, [...path, i]));
    }
  };
  walk(doc.contents, []);
  return out;
}

/** With data rows, a finding every row shares is reported once; one some rows have names its row. */
function mergeViews(perView: Diagnostic[][], views: View[]): Diagnostic[] {
  if (perView.length <= 1) return perView[0] ?? [];
  const seen = new Map<string, { d: Diagnostic; rows: string[] }>();
  perView.forEach((list, i) => {
    for (const d of list) {
      const k = `${d.line}:${d.column}:${d.place?.paragraph ?? ""}:${d.code}:${d.message}`;
      const hit = seen.get(k);
      const label = views[i]!.label ?? "";
      if (hit) {
        if (!hit.rows.includes(label)) hit.rows.push(label);
      } else seen.set(k, { d, rows: [label] });
    }
  });
  const all = views.length;
  return [...seen.values()].map(({ d, rows }) => {
    if (rows.length === all || rows[0] === "") return d;
    const more = rows.length - 1;
    const where = more > 0 ? pick({ vi: `${rows[0]} và ${more} dòng khác`, en: `${rows[0]} and ${more} more` }) : rows[0];
    return { ...d, message: `${d.message} (${where})` };
  });
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${d.file}:${d.line}:${d.column}:${d.place?.paragraph ?? ""}:${d.code}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
