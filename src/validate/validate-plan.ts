// validate: YAML value → typed Plan. Every problem at once, each located at file:line:column.
import type { Document } from "yaml";
import { uniqueSorted, type Diagnostic } from "../findings/diagnostic.js";
import { InputError } from "../findings/errors.js";
import { msg } from "../i18n/i18n.js";
import { LIMITS } from "../limits.js";
import type { LoadedPlan } from "../load/load-plan.js";
import type { SourceFile } from "../findings/source-file.js";
import { cleanValue } from "../text/clean-text.js";
import { locateYaml, valueAt, type Path } from "../findings/locate.js";
import { parsePlanDate, type PlanDate } from "../text/plan-date.js";
import { PlanSchema, type Block, type Plan } from "./plan-schema.js";
import { issueTexts } from "./zod-messages.js";
import { blockKind, innerBlocks } from "./blocks.js";

export interface ValidatedPlan {
  plan: Plan;
  /** Undefined while the date is still a {{placeholder}} (a template); expand fills it. */
  date: PlanDate | undefined;
  source: SourceFile;
  doc: Document.Parsed;
  warnings: Diagnostic[];
}

/** Word's curly quotes where YAML expects straight ones: the usual cause of a baffling shape error. */
const CURLY_QUOTES = /[“”„‟‘’]/;

function withCurlyQuoteHint(d: Diagnostic, source: SourceFile): Diagnostic {
  if (d.line < 1 || !CURLY_QUOTES.test(source.lineText(d.line))) return d;
  return { ...d, hint: d.hint ? msg("schema.curlyQuotesAnd", { hint: d.hint }) : msg("schema.curlyQuotes") };
}


/** At most this many schema errors are located and shown for one file. */
const MAX_SHOWN = 100;

export function validatePlan(loaded: LoadedPlan): ValidatedPlan {
  const warnings: Diagnostic[] = [];
  const errors: Diagnostic[] = [];
  const value = cleanValue(loaded.value, (path) =>
    warnings.push(locateYaml(loaded, { path, message: msg("common.controlChars"), severity: "warning" }, "control-characters")),
  );

  const parsed = PlanSchema.safeParse(value);
  if (!parsed.success) {
    // A file of 30,000 unknown keys gets the first MAX_SHOWN messages and a count of the rest
    // (locating each one costs time, and nobody reads past the first screens).
    let hidden = 0;
    for (const issue of parsed.error.issues) {
      const input = valueAt(value, issue.path as Path);
      for (const text of issueTexts(issue, input)) {
        if (errors.length >= MAX_SHOWN) {
          hidden++;
          continue;
        }
        const path = text.atKey === undefined ? (issue.path as Path) : [...(issue.path as Path), text.atKey];
        errors.push(locateYaml(loaded, { path, message: text.message, hint: text.hint, atKey: text.atKey !== undefined }, "schema"));
      }
    }
    const shown = uniqueSorted(errors).map((d) => withCurlyQuoteHint(d, loaded.source));
    if (hidden > 0) {
      shown.push({
        severity: "info",
        file: loaded.source.path,
        line: 0,
        column: 0,
        message: msg("schema.moreErrorsNotShown", { hidden }),
        code: "schema",
      });
    }
    throw new InputError(shown);
  }
  const plan = parsed.data as Plan;

  // The schema has checked the date already; a {{placeholder}} date is parsed after expansion.
  const parsedDate = parsePlanDate(plan.ngay);
  const date = parsedDate.ok ? parsedDate.date : undefined;
  errors.push(...limitErrors(loaded, plan));
  if (errors.length > 0) throw new InputError(uniqueSorted(errors));
  return { plan, date, source: loaded.source, doc: loaded.doc, warnings };
}

/**
 * Limits on what the plan asks the writers to produce. "Blocks" counts what becomes a paragraph
 * or a table cell: each line of a text block, each item, point, bullet and sub-bullet, each cell,
 * each opening and closing paragraph and each recipient. (A lap repeats its blocks: expand and
 * the model see the count after repetition.)
 */
function limitErrors(loaded: LoadedPlan, plan: Plan): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (plan.muc.length > LIMITS.maxSections) {
    out.push(locateYaml(loaded, { path: ["muc", LIMITS.maxSections], message: msg("common.tooMany", { what: msg("schema.sections"), max: LIMITS.maxSections }) }, "limit"));
  }
  let blocks = 0;
  let overAt: Path | undefined;
  const add = (n: number, path: Path): void => {
    blocks += n;
    if (blocks > LIMITS.maxBlocks && !overAt) overAt = path;
  };
  let firstLong: Path | undefined;
  const visit = (v: unknown, path: Path): void => {
    if (typeof v === "string") {
      if (v.length > LIMITS.maxStringChars && !firstLong) firstLong = path;
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
  };
  // A lap over one of the plan's own lists repeats its blocks once per element: counted here, so
  // three nested laps over a list of 200 are refused rather than expanded into 8 million blocks.
  const repeats = (name: string): number => {
    let cur: unknown = plan.bien ?? {};
    for (const part of name.trim().split(".")) {
      if (cur === null || typeof cur !== "object" || !Object.prototype.hasOwnProperty.call(cur, part)) return 1;
      cur = (cur as Record<string, unknown>)[part];
    }
    if (Array.isArray(cur)) return cur.length;
    if (typeof cur === "string") return cur.split(/[;\n]/).length;
    return 1;
  };
  /** `site`: the outermost lap the blocks are repeated by, which is where the message points. */
  const countBlocks = (list: Block[] | undefined, path: Path, times: number, site?: Path): void => {
    (list ?? []).forEach((b, i) => {
      const at = [...path, i];
      const p = site ?? at;
      const k = blockKind(b);
      switch (k.kind) {
        case "paragraph":
          return add(times * Math.max(1, k.block.split("\n").length), p);
        case "table":
          return add(times * ((k.block.bang.dong.length + 1) * k.block.bang.cot.length + 1), p);
        case "bullet":
          return add(times * (1 + (k.block.cong?.length ?? 0)), p);
        case "repeat":
          return countBlocks(k.block.noi_dung, [...at, "noi_dung"], Math.min(times * repeats(k.block.lap), LIMITS.maxBlocks + 1), site ?? [...at, "lap"]);
        case "condition":
          break;
        default:
          add(times, p);
      }
      for (const [key, inner] of innerBlocks(b)) countBlocks(inner, [...at, key], times, site);
    });
  };
  (plan.can_cu ?? []).forEach((_, i) => add(1, ["can_cu", i]));
  plan.muc.forEach((s, i) => {
    add(1, ["muc", i]);
    countBlocks(s.noi_dung, ["muc", i, "noi_dung"], 1);
  });
  if (Array.isArray(plan.ket_luan)) plan.ket_luan.forEach((_, i) => add(1, ["ket_luan", i]));
  plan.noi_nhan.forEach((_, i) => add(1, ["noi_nhan", i]));
  visit(plan, []);
  // Too many sections already says the plan is too big: one message for one problem.
  if (overAt && plan.muc.length <= LIMITS.maxSections) {
    const what = msg("schema.blocks");
    out.push(locateYaml(loaded, { path: overAt, message: msg("common.tooMany", { what, max: LIMITS.maxBlocks }) }, "limit"));
  }
  if (firstLong) out.push(locateYaml(loaded, { path: firstLong, message: msg("common.stringTooLong", { max: LIMITS.maxStringChars }) }, "limit"));
  return out;
}
