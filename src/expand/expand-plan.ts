// expand: fill {{placeholders}} in every string value after parsing (never in the raw YAML), and
// resolve the block directives neu/khac (keep or drop) and lap (repeat) (directives.ts). Strict: a
// name without a value is an error located in the template, reported together with every other
// one (expansion.ts). Values are text: they are protected (text/stand-ins.ts) so that they can never
// create markup. How each string is filled is the table of field-policy.ts. The filled plan is then
// checked again by validate/check-expanded.ts (its date, number and schema).
import { uniqueSorted } from "../findings/diagnostic.js";
import type { Path } from "../findings/locate.js";
import type { Message } from "../i18n/i18n.js";
import { defineOwn } from "../text/define-own.js";
import type { PlanDate } from "../text/plan-date.js";
import { FORBIDDEN_NAMES, PARENT_PREFIX } from "../text/reserved-names.js";
import { SourcePaths } from "../validate/blocks.js";
import { checkExpanded } from "../validate/check-expanded.js";
import type { Plan } from "../validate/plan-schema.js";
import type { ValidatedPlan } from "../validate/validate-plan.js";
import { expandBlocks } from "./expand-blocks.js";
import { ExpandError, Expansion, type Scope } from "./expansion.js";
import { FIELD_POLICY, type Field } from "./field-policy.js";

export { truthy } from "./helpers.js";
export { isBlankValue } from "./template-string.js";
export { ExpandError, TEMPLATE_PROBLEM_KINDS, type ExpandProblem, type ExpandProblemKind } from "./expansion.js";

export interface ExpandOptions {
  /** Values that override the plan's own `bien` (a data row, cap_tren from the parent plan). */
  vars?: Record<string, unknown>;
  /** Where the values came from, for messages: "xa.csv, dòng 5". */
  dataLabel?: Message;
}

export interface ExpandedPlan extends Omit<ValidatedPlan, "date"> {
  date: PlanDate;
  /** The YAML path a node of the expanded plan came from (directives move blocks around). */
  sourcePathOf(path: Path): Path;
}

/** bien, then the overriding values; keys that reach JavaScript internals are never copied. */
export function templateContext(bien: Record<string, unknown> | undefined, vars: Record<string, unknown> | undefined): Record<string, unknown> {
  const ctx: Record<string, unknown> = {};
  for (const source of [bien ?? {}, vars ?? {}]) {
    for (const [k, v] of Object.entries(source)) if (!FORBIDDEN_NAMES.has(k)) defineOwn(ctx, k, v);
  }
  return ctx;
}

/** The values of one data row as a template sees them: its position ({{stt}}), its cells, and
 * {{cap_tren.…}} (the parent plan's values), each an own property whatever its name. */
export function rowVars(row: { index?: number; values: Record<string, unknown> }, parentVars: Record<string, string> | undefined): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  if (row.index !== undefined) defineOwn(vars, "stt", row.index);
  for (const [k, v] of Object.entries(row.values)) defineOwn(vars, k, v);
  if (parentVars) defineOwn(vars, PARENT_PREFIX, parentVars);
  return vars;
}

export function expandPlan(v: ValidatedPlan, opts: ExpandOptions = {}): ExpandedPlan {
  const x = new Expansion(v, opts.dataLabel);
  const sources = new SourcePaths();
  const plan = fillPlan(x, v.plan, templateContext(v.plan.bien as Record<string, unknown> | undefined, opts.vars), sources);
  const sourcePathOf = (path: Path) => sources.sourcePathOf(path);

  let date: PlanDate | undefined;
  if (x.problems.length === 0) {
    const checked = checkExpanded(plan, x.touched, sourcePathOf);
    date = checked.date;
    for (const { finding, kind } of checked.problems) x.add(finding, "schema", kind);
  }
  if (x.problems.length > 0 || !date) throw new ExpandError(uniqueSorted(x.problems));
  return { ...v, plan, date, sourcePathOf };
}

/** Every string of the plan filled by its field's policy, the sections' blocks expanded. */
function fillPlan(x: Expansion, plan: Plan, ctx: Scope, sources: SourcePaths): Plan {
  /** A plan-level string: undefined for an optional field that is blank once filled. */
  const field = (s: string, path: Path, f: Field): string | undefined => x.fill(s, path, ctx, FIELD_POLICY[f]) ?? (FIELD_POLICY[f].blank === "drop" ? undefined : s);
  const required = (s: string, path: Path, f: Field): string => field(s, path, f) ?? s;
  const each = (list: string[], path: Path, f: Field) => list.map((s, i) => field(s, [...path, i], f)).filter((s): s is string => s !== undefined);
  const ky: Record<string, string> = {};
  for (const [k, s] of Object.entries(plan.ky)) {
    if (s === undefined) continue;
    const value = field(s, ["ky", k], `ky.${k}` in FIELD_POLICY ? (`ky.${k}` as Field) : "ky.*");
    if (value !== undefined) ky[k] = value;
  }
  return {
    ...plan,
    co_quan: {
      ...plan.co_quan,
      chu_quan: plan.co_quan.chu_quan === undefined ? undefined : field(plan.co_quan.chu_quan, ["co_quan", "chu_quan"], "co_quan.chu_quan"),
      ten: required(plan.co_quan.ten, ["co_quan", "ten"], "co_quan.ten"),
      viet_tat: required(plan.co_quan.viet_tat, ["co_quan", "viet_tat"], "co_quan.viet_tat").trim(),
    },
    so: typeof plan.so === "string" ? field(plan.so, ["so"], "so")?.trim() : plan.so,
    dia_danh: required(plan.dia_danh, ["dia_danh"], "dia_danh"),
    ngay: typeof plan.ngay === "string" ? required(plan.ngay, ["ngay"], "ngay").trim() : plan.ngay,
    trich_yeu: required(plan.trich_yeu, ["trich_yeu"], "trich_yeu"),
    can_cu: plan.can_cu && each(plan.can_cu, ["can_cu"], "can_cu.*"),
    muc: plan.muc.map((m, i) => ({
      ...m,
      ten: required(m.ten, ["muc", i, "ten"], "muc.*.ten"),
      noi_dung: m.noi_dung && expandBlocks(x, m.noi_dung, ["muc", i, "noi_dung"], ["muc", i, "noi_dung"], ctx, sources),
    })),
    ket_luan:
      plan.ket_luan === undefined
        ? undefined
        : Array.isArray(plan.ket_luan)
          ? each(plan.ket_luan, ["ket_luan"], "ket_luan")
          : field(plan.ket_luan, ["ket_luan"], "ket_luan"),
    noi_nhan: each(plan.noi_nhan, ["noi_nhan"], "noi_nhan.*"),
    ky: ky as Plan["ky"],
  };
}
