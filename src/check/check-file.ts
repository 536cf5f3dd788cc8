// One plan file through the check: load → validate → (expand) → model → rules → located diagnostics.
// A file that does not load or validate yields its load/validate diagnostics, never a crash. Only
// the parts of the render pipeline that check needs are imported: never a writer.
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";
import { uniqueSorted, type Diagnostic } from "../findings/diagnostic.js";
import { InputError } from "../findings/errors.js";
import { type Message, msg, t } from "../i18n/i18n.js";
import { andMore } from "../i18n/plural.js";
import { LIMITS } from "../limits.js";
import { parsePlanText, type LoadedPlan } from "../load/load-plan.js";
import { readSource } from "../load/read-input.js";
import { buildDocument } from "../model/build-document.js";
import type { DocumentNode } from "../model/nodes.js";
import { findWithin, locate, locateYaml, nodeAt, type Path } from "../findings/locate.js";
import type { SourceFile } from "../findings/source-file.js";
import type { PlanDate } from "../text/plan-date.js";
import type { Plan } from "../validate/plan-schema.js";
import { validatePlan, type ValidatedPlan } from "../validate/validate-plan.js";
import type { ExpandError, ExpandProblem } from "../expand/expand-plan.js";
import type { CheckConfig } from "./config.js";
import { planTexts } from "./plan-texts.js";
import { isPlanRule, type AnyRule, type Finding, type RawText, type Rule, type RuleContext, type RuleLevel, type TextEntry } from "./rule.js";
import { RULES } from "./rules/index.js";
import { templateView } from "./template-view.js";
import { PARENT_PREFIX } from "../text/reserved-names.js";

export const PLACEHOLDER_RULE = "unresolved-placeholder";
export const UNICODE_RULE = "unicode";

export interface DataRow {
  /** 1-based position among the rows ({{stt}}, as batch gives it). */
  index?: number;
  /** "xa.csv, dòng 3": for messages. */
  label: Message;
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
  placeFinding?: (f: Finding) => Finding;
}

/** A safe fix found by a rule, placed in the raw source text: replace [start, end) with `text`. */
export interface SourceFix {
  start: number;
  end: number;
  text: string;
  rule: string;
  line: number;
  column: number;
}

export type CheckFileResult = { skipped: true } | { skipped: false; diagnostics: Diagnostic[]; fixes: SourceFix[] };

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
  label?: Message;
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
    if (e instanceof InputError) return { skipped: false, diagnostics: e.diagnostics, fixes: [] };
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
    const { expandPlan, rowVars, TEMPLATE_PROBLEM_KINDS } = await import("../expand/expand-plan.js");
    /** The expand stage's problems: placeholder ones become unresolved-placeholder findings. */
    const problemsOf = (e: InputError, templateOnly: boolean): ExpandProblem[] => {
      const list: ExpandProblem[] =
        (e as Partial<ExpandError>).problems ?? e.diagnostics.map((d) => ({ ...d, kind: d.code === "placeholder" ? "missing" : "schema", bare: d.message }));
      return list.filter((p) => !templateOnly || (TEMPLATE_PROBLEM_KINDS.has(p.kind) && p.kind !== "missing"));
    };
    const rows = hasPlaceholders && opts.rows && opts.rows.length > 0 ? opts.rows : undefined;
    if (rows) {
      const perRow: { label: Message; problems: ExpandProblem[] }[] = [];
      for (const row of rows) {
        try {
          const x = expandPlan(v, { vars: rowVars(row, opts.parentVars), dataLabel: row.label });
          views.push({ plan: x.plan, date: x.date, sourcePathOf: pathsOf(x), template: false, label: row.label });
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          perRow.push({ label: row.label, problems: problemsOf(e, false) });
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

  const fixes: SourceFix[] = [];
  // Fixes are taken only from a plan checked as it stands (one view, not a template's rows): there
  // the values the rules read are the values in the file; never from a plan recognised in a Word
  // file (`loaded`), whose text is not a file the officer edits.
  const fixSink = !opts.loaded && views.length === 1 && !views[0]!.label ? fixes : undefined;
  const perView = views.map((view) => runRules(enabled, view, v, loaded, opts, fixSink));
  diagnostics.push(...mergeViews(perView, views));
  return { skipped: false, diagnostics: uniqueSorted(diagnostics), fixes: dedupeFixes(fixes) };
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
function groupRowProblems(perRow: { label: Message; problems: ExpandProblem[] }[], rowCount: number): Diagnostic[] {
  const groups = new Map<string, { p: ExpandProblem; rows: Message[] }>();
  for (const { label, problems } of perRow) {
    for (const p of problems) {
      const k = `${p.line}:${p.column}:${p.code}:${t(p.bare)}`;
      const g = groups.get(k);
      if (g) g.rows.push(label);
      else groups.set(k, { p, rows: [label] });
    }
  }
  return [...groups.values()].map(({ p, rows }) => {
    if (rows.length === 1) return p;
    const place = rows.length === rowCount ? msg("rows.every") : andMore(rows[0]!, rows.length - 1);
    return { ...p, message: msg("common.withPlace", { message: p.bare, place }) };
  });
}

function runRules(rules: readonly Rule[], view: View, v: ValidatedPlan, loaded: LoadedPlan, opts: CheckFileOptions, fixes?: SourceFix[]): Diagnostic[] {
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
    projectWords: opts.config.words ?? [],
  };
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = ruleLevel(rule, opts.config) as "error" | "warning";
    for (const f of rule.check(context)) {
      const { fix: _fix, fixes: _fixes, draftWarning, ...where } = f;
      const level = draftWarning && !opts.final ? "warning" : severity;
      if (opts.placeFinding) {
        // A plan recognised in a Word file: placed at its paragraph (¶N). Its source is not a
        // text the officer edits, so it has no fixes.
        out.push(locate({ ...opts.placeFinding(where), severity: level }, { file: loaded.source.path }, { code: rule.id }));
        continue;
      }
      const d = locateYaml(loaded, { ...where, severity: level }, rule.id);
      out.push(d);
      if (fixes && f.fix !== undefined) {
        const fix = placeFix(f, loaded);
        if (fix) fixes.push({ ...fix, rule: rule.id, line: d.line, column: d.column });
      }
      for (const x of fixes ? (f.fixes ?? []) : []) {
        const p = loaded.source.position(x.offset);
        fixes!.push({ start: x.offset, end: x.offset + x.length, text: x.text, rule: rule.id, line: p.line, column: p.column });
      }
    }
  }
  return out;
}

/** Where a finding's fix applies in the raw source; undefined unless the source there holds
 * exactly the text the rule read (escapes, folded lines, or a value built by a template). */
function placeFix(f: Finding, loaded: { doc: Document; source: SourceFile }): { start: number; end: number; text: string } | undefined {
  const text = loaded.source.text;
  if (f.offset !== undefined) return { start: f.offset, end: f.offset + (f.length ?? 1), text: f.fix! };
  if (!f.within || !f.path) return undefined;
  const node = nodeAt(loaded.doc, f.path);
  if (!node?.range) return undefined;
  const start = findWithin(text, node.range, f.within);
  if (start === undefined) return undefined;
  const want = f.within.value.slice(f.within.index, f.within.index + f.within.length);
  if (want.includes("\n") || text.slice(start, start + want.length) !== want) return undefined;
  return { start, end: start + want.length, text: f.fix! };
}

/** Fixes sorted by place; of two that overlap, the first is kept. */
function dedupeFixes(list: SourceFix[]): SourceFix[] {
  const out: SourceFix[] = [];
  for (const f of [...list].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (last && (f.start < last.end || (f.start === last.start && f.end === last.end))) continue;
    out.push(f);
  }
  return out;
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
  const seen = new Map<string, { d: Diagnostic; rows: Message[] }>();
  perView.forEach((list, i) => {
    for (const d of list) {
      const k = `${d.line}:${d.column}:${d.paragraph ?? ""}:${d.code}:${t(d.message)}`;
      const hit = seen.get(k);
      const label = views[i]!.label;
      if (hit) {
        if (label && !hit.rows.some((r) => t(r) === t(label))) hit.rows.push(label);
      } else seen.set(k, { d, rows: label ? [label] : [] });
    }
  });
  const all = views.length;
  return [...seen.values()].map(({ d, rows }) => {
    if (rows.length === all || rows.length === 0) return d;
    return { ...d, message: msg("common.withPlace", { message: d.message, place: andMore(rows[0]!, rows.length - 1) }) };
  });
}
