// validate: YAML value → typed Plan. Every problem at once, each located at file:line:column.
import type { Document } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { compareDiagnostics } from "../diagnostics/diagnostic.js";
import { InputError } from "../diagnostics/errors.js";
import { pick } from "../i18n/i18n.js";
import { MSG } from "../i18n/messages.js";
import { LIMITS } from "../limits.js";
import type { LoadedPlan } from "../load/load-plan.js";
import type { SourceFile } from "../load/source-file.js";
import { cleanValue } from "./clean-text.js";
import { locate, locateKey, type Path } from "./locate.js";
import { parsePlanDate, type PlanDate } from "./plan-date.js";
import { PlanSchema, type Block, type Plan } from "./plan-schema.js";
import { issueTexts } from "./zod-messages.js";

export interface ValidatedPlan {
  plan: Plan;
  /** Undefined while the date is still a {{placeholder}} (a template); expand fills it. */
  date: PlanDate | undefined;
  source: SourceFile;
  doc: Document.Parsed;
  warnings: Diagnostic[];
}

export function diagnosticAt(
  loaded: { source: SourceFile; doc: Document },
  path: Path,
  message: string,
  hint: string | undefined,
  code: string,
  severity: Diagnostic["severity"] = "error",
  atKey = false,
): Diagnostic {
  const place = atKey ? locateKey(loaded.doc, loaded.source, path) : locate(loaded.doc, loaded.source, path);
  return {
    severity,
    file: loaded.source.path,
    line: place.line,
    column: place.column,
    message,
    hint,
    code,
    frame: loaded.source.frame(place.line, place.column, place.length),
  };
}

function valueAt(value: unknown, path: Path): unknown {
  let cur = value;
  for (const k of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = Object.prototype.hasOwnProperty.call(cur, k) ? (cur as Record<string | number, unknown>)[k] : undefined;
  }
  return cur;
}

export function validatePlan(loaded: LoadedPlan): ValidatedPlan {
  const warnings: Diagnostic[] = [];
  const errors: Diagnostic[] = [];
  const value = cleanValue(loaded.value, (path) =>
    warnings.push(diagnosticAt(loaded, path, pick(MSG.controlChars), undefined, "control-characters", "warning")),
  );

  const parsed = PlanSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const input = valueAt(value, issue.path as Path);
      for (const t of issueTexts(issue, input)) {
        const path = t.atKey === undefined ? (issue.path as Path) : [...(issue.path as Path), t.atKey];
        errors.push(diagnosticAt(loaded, path, t.message, t.hint, "schema", "error", t.atKey !== undefined));
      }
    }
    throw new InputError(dedupe(errors));
  }
  const plan = parsed.data as Plan;

  // The schema has checked the date already; a {{placeholder}} date is parsed after expansion.
  const parsedDate = parsePlanDate(plan.ngay);
  const date = parsedDate.ok ? parsedDate.date : undefined;
  errors.push(...limitErrors(loaded, plan));
  if (errors.length > 0) throw new InputError(dedupe(errors));
  return { plan, date, source: loaded.source, doc: loaded.doc, warnings };
}

function limitErrors(loaded: LoadedPlan, plan: Plan): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (plan.muc.length > LIMITS.maxSections) {
    out.push(diagnosticAt(loaded, ["muc", LIMITS.maxSections], pick(MSG.tooMany(pick({ vi: "mục", en: "sections" }), LIMITS.maxSections)), undefined, "limit"));
  }
  let blocks = 0;
  let firstLong: Path | undefined;
  const visit = (v: unknown, path: Path): void => {
    if (typeof v === "string") {
      if (v.length > LIMITS.maxStringChars && !firstLong) firstLong = path;
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
  };
  const countBlocks = (list: Block[] | undefined): void => {
    for (const b of list ?? []) {
      blocks++;
      if (typeof b === "object" && "noi_dung" in b) countBlocks(b.noi_dung);
      if (typeof b === "object" && "khac" in b) countBlocks(b.khac);
    }
  };
  plan.muc.forEach((s) => countBlocks(s.noi_dung));
  visit(plan, []);
  if (blocks > LIMITS.maxBlocks) {
    out.push(diagnosticAt(loaded, ["muc"], pick(MSG.tooMany(pick({ vi: "khối nội dung", en: "content blocks" }), LIMITS.maxBlocks)), undefined, "limit"));
  }
  if (firstLong) out.push(diagnosticAt(loaded, firstLong, pick(MSG.stringTooLong(LIMITS.maxStringChars)), undefined, "limit"));
  return out;
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list
    .filter((d) => {
      const k = `${d.line}:${d.column}:${d.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort(compareDiagnostics);
}
