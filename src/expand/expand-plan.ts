// expand: fill {{placeholders}} in every string value after parsing (never in the raw YAML), and
// resolve the block directives neu/khac (keep or drop) and lap (repeat). Strict: a name without a
// value is an error located in the template, reported together with every other one. Values are
// text: they are protected (text/stand-ins.ts) so that they can never create markup. The filled
// plan is then checked again by validate/check-expanded.ts (its date, number and schema).
import type { Diagnostic } from "../findings/diagnostic.js";
import { uniqueSorted } from "../findings/diagnostic.js";
import { InputError } from "../findings/errors.js";
import { type Message, msg } from "../i18n/i18n.js";
import type { Path } from "../findings/locate.js";
import type { PlanDate } from "../text/plan-date.js";
import type { Block, Plan } from "../validate/plan-schema.js";
import type { ValidatedPlan } from "../validate/validate-plan.js";
import { locateYaml } from "../findings/locate.js";
import type { Finding } from "../findings/finding.js";
import { comparable, ELEMENT, toList, truthy } from "./helpers.js";
import { LIMITS } from "../limits.js";
import { BLOCK_HELPERS, HELPER_NAMES, PARENT_PREFIX } from "../text/reserved-names.js";
import { defineOwn } from "../text/define-own.js";
import { plainValue, protectValue } from "../text/stand-ins.js";
import { FORBIDDEN_NAMES } from "../text/reserved-names.js";
import { checkTemplate, hasPlaceholder, isBlankValue, renderTemplate, type ProblemKind, type TemplateProblem } from "./template-string.js";
import { blockKind } from "../validate/blocks.js";
import { checkExpanded } from "../validate/check-expanded.js";

export { truthy } from "./helpers.js";

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

/**
 * One problem found while expanding. `kind` tells a batch how to treat it: the template-level
 * kinds (missing, helper, forbidden, syntax, condition) stop a whole batch before anything is
 * written; the others (a helper given a bad value, a date that does not exist…) fail one row.
 */
export type ExpandProblemKind = ProblemKind | "condition" | "empty" | "date" | "number" | "schema" | "limit";

export interface ExpandProblem extends Diagnostic {
  kind: ExpandProblemKind;
  /** The missing variable or the helper ("xa", "cap_tren.ngay", "ngay_dai"). */
  name?: string;
  /** The message without the data label, for grouping problems of several rows. */
  bare: Message;
}

export const TEMPLATE_PROBLEM_KINDS: ReadonlySet<ExpandProblemKind> = new Set(["missing", "helper", "forbidden", "syntax", "condition", "notText", "tooLong"]);

export class ExpandError extends InputError {
  readonly problems: ExpandProblem[];
  constructor(problems: ExpandProblem[]) {
    super(problems);
    this.name = "ExpandError";
    this.problems = problems;
  }
}

/** What to do when a string is empty once filled: drop the optional value, keep it, or report it. */
type Blank = "drop" | "keep" | "error";
interface StrMode {
  /** Parsed for **bold**, bullets…: values are protected against creating that markup. */
  markup: boolean;
  blank: Blank;
}
const MARKUP_DROP: StrMode = { markup: true, blank: "drop" };
const MARKUP_ERROR: StrMode = { markup: true, blank: "error" };
const MARKUP_KEEP: StrMode = { markup: true, blank: "keep" };
const PLAIN_DROP: StrMode = { markup: false, blank: "drop" };
const PLAIN_ERROR: StrMode = { markup: false, blank: "error" };
const PLAIN_KEEP: StrMode = { markup: false, blank: "keep" };

/**
 * How each string of the plan is filled, by its schema path ("*": any list index or key; block
 * fields are relative to their block). A field whose blank mode is "drop" is optional.
 */
const FIELD_POLICY = {
  "co_quan.chu_quan": PLAIN_DROP,
  "co_quan.ten": PLAIN_ERROR,
  "co_quan.viet_tat": PLAIN_ERROR,
  so: PLAIN_DROP,
  dia_danh: PLAIN_ERROR,
  ngay: PLAIN_ERROR,
  trich_yeu: PLAIN_ERROR,
  "can_cu.*": MARKUP_DROP,
  "muc.*.ten": PLAIN_ERROR,
  ket_luan: MARKUP_DROP,
  "noi_nhan.*": PLAIN_DROP,
  "ky.chuc_vu": PLAIN_ERROR,
  "ky.ho_ten": PLAIN_ERROR,
  "ky.*": PLAIN_DROP,
  "block.paragraph": MARKUP_DROP,
  "block.bang.tieu_de": MARKUP_DROP,
  "block.bang.cot.*": MARKUP_ERROR,
  "block.bang.dong.*.*": MARKUP_KEEP,
  "block.gach": MARKUP_ERROR,
  "block.cong.*": MARKUP_DROP,
  "block.diem": MARKUP_ERROR,
  "block.ten": MARKUP_ERROR,
  "block.doan": MARKUP_ERROR,
} as const satisfies Record<string, StrMode>;
type Field = keyof typeof FIELD_POLICY;

const NAME = "[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*";
const CONDITION = new RegExp(`^\\s*(!)?\\s*(${NAME})\\s*(?:(==|=|!=)\\s*(.*?))?\\s*$`, "s");
const LIST_NAME = new RegExp(`^\\s*(${NAME})\\s*$`);

function unquote(s: string): string {
  const t = s.trim();
  return /^(["']).*\1$/s.test(t) ? t.slice(1, -1) : t;
}

/** A scope for the blocks inside `lap`: the element's fields, and the element itself as {{this}}. */
function elementScope(outer: Record<string, unknown>, el: unknown, index: number): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(outer)) defineOwn(scope, k, v);
  defineOwn(scope, "so_thu_tu", index + 1);
  if (el !== null && typeof el === "object" && !Array.isArray(el)) {
    for (const [k, v] of Object.entries(el)) if (!FORBIDDEN_NAMES.has(k)) defineOwn(scope, k, v);
  } else {
    // {{this}} is the element itself (never through a toString of ours or the user's).
    Object.defineProperty(scope, ELEMENT, { value: el, enumerable: false });
  }
  return scope;
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
  const problems: ExpandProblem[] = [];
  const pathMap = new Map<string, Path>();
  const baseCtx = templateContext(v.plan.bien as Record<string, unknown> | undefined, opts.vars);
  const label = opts.dataLabel;
  let touched = false;

  const add = (f: Finding, code: string, kind: ExpandProblemKind, name?: string) => {
    const d = locateYaml(v, f, code);
    problems.push({ ...d, message: label ? msg("common.withPlace", { message: d.message, place: label }) : d.message, bare: d.message, kind, name });
  };

  const report = (path: Path, value: string, p: TemplateProblem, ctx: Record<string, unknown>) => {
    let message: Message;
    let hint: Message | undefined;
    let code = "placeholder";
    switch (p.kind) {
      case "missing": {
        message = msg("common.placeholderMissing", { name: p.name });
        const root = p.name.split(".")[0] ?? "";
        if (root === "cap_tren") hint = msg("expand.missingParentHint");
        else if (Object.prototype.hasOwnProperty.call(ctx, root)) hint = msg("expand.missingHintEmpty");
        else hint = msg("common.placeholderMissingHint");
        break;
      }
      case "helper":
        message = msg("common.unknownHelper", { name: p.name });
        hint = msg("common.unknownHelperHint", { list: [...HELPER_NAMES, ...BLOCK_HELPERS.map((b) => `#${b}`)].join(", ") });
        break;
      case "forbidden":
        message = msg("common.forbiddenName", { name: p.name });
        break;
      case "notText": {
        message = msg("expand.notText", { name: p.name });
        const first = Object.keys(ctx)[0] ?? "xa";
        hint = msg("expand.notTextHint", { example: p.name === "this" || p.name === "." || p.name === "@root" ? first : `${p.name}.ten` });
        break;
      }
      case "tooLong":
        message = p.detail ?? msg("expand.tooLong", { max: LIMITS.maxStringChars });
        code = "value";
        break;
      case "value":
        message = msg("expand.helperValue", { helper: p.name, detail: p.detail ?? "" });
        hint = msg("expand.helperValueHint");
        code = "value";
        break;
      default:
        message = msg("expand.syntax", { detail: p.detail ?? "" });
        hint = msg("common.placeholderSyntaxHint");
    }
    // The failing {{…}} in the node's source (the k-th occurrence of its text, counting in the value
    // up to the problem's place); written differently there (escapes, folded lines): the first "{{".
    const lines = value.split("\n");
    const index = lines.slice(0, p.line - 1).join("\n").length + (p.line > 1 ? 1 : 0) + p.column;
    add({ path, within: { value, index, length: p.text.length }, needle: "{{", length: Math.max(1, p.text.length), message, hint }, code, p.kind, p.name || undefined);
  };

  /** A required string (blank: error or keep): always a string back (the template's on error). */
  const str = (s: string, path: Path, ctx: Record<string, unknown>, mode: StrMode): string => fill(s, path, ctx, mode) ?? s;
  /** An optional string: undefined when it is empty once filled. */
  const opt = (s: string, path: Path, ctx: Record<string, unknown>, mode: StrMode): string | undefined => fill(s, path, ctx, mode);

  function fill(s: string, path: Path, ctx: Record<string, unknown>, mode: StrMode): string | undefined {
    if (!hasPlaceholder(s)) return s;
    touched = true;
    const found = checkTemplate(s, ctx);
    if (found.length > 0) {
      found.forEach((p) => report(path, s, p, ctx));
      return s;
    }
    const r = renderTemplate(s, ctx, mode.markup ? protectValue : plainValue);
    if (!r.ok) {
      report(path, s, r.problem, ctx);
      return s;
    }
    if (r.text.trim() === "") {
      if (mode.blank === "drop") return undefined;
      if (mode.blank === "error") {
        add({ path, message: msg("expand.emptyAfterExpansion"), hint: msg("expand.emptyAfterExpansionHint") }, "value", "empty");
        return s;
      }
    }
    return r.text;
  }

  /** A dotted name in a directive (neu: tram_y_te, lap: thon) → its value, or a reported problem. */
  const resolve = (name: string, path: Path, ctx: Record<string, unknown>): { ok: boolean; value?: unknown } => {
    let cur: unknown = ctx;
    for (const part of name.split(".")) {
      if (FORBIDDEN_NAMES.has(part)) {
        add({ path, message: msg("common.forbiddenName", { name: part }) }, "placeholder", "forbidden", part);
        return { ok: false };
      }
      if (cur === null || typeof cur !== "object" || !Object.prototype.hasOwnProperty.call(cur, part)) {
        const hint = name.startsWith("cap_tren") ? msg("expand.missingParentHint") : msg("common.placeholderMissingHint");
        add({ path, message: msg("common.placeholderMissing", { name }), hint }, "placeholder", "missing", name);
        return { ok: false };
      }
      cur = (cur as Record<string, unknown>)[part];
    }
    return { ok: true, value: cur };
  };

  const condition = (cond: string, path: Path, ctx: Record<string, unknown>): boolean => {
    const m = CONDITION.exec(cond);
    if (!m) {
      add({ path, message: msg("expand.badCondition", { cond }), hint: msg("expand.badConditionHint") }, "placeholder", "condition");
      return false;
    }
    const [, not, name, op] = m;
    let rhs = m[4];
    // "chuc_vu = {{ct}}": the right-hand side is filled like any text (a missing value is reported
    // there), then compared.
    if (rhs !== undefined && hasPlaceholder(rhs)) {
      const before = problems.length;
      rhs = fill(rhs, path, ctx, PLAIN_KEEP);
      if (problems.length > before || rhs === undefined) return false;
    }
    const r = resolve(name!, path, ctx);
    if (!r.ok) return false;
    let result: boolean;
    if (op === undefined) result = truthy(r.value);
    else {
      const value = Array.isArray(r.value) ? r.value.join("; ") : r.value;
      result = (comparable(value) === comparable(unquote(rhs ?? ""))) === (op !== "!=");
    }
    return not ? !result : result;
  };

  // The block limit holds after expansion, whatever the source (a lap over a long data cell,
  // laps inside laps): counted as blocks are made, and expansion stops at the first one too many,
  // before building the rest. Lap repetitions are counted too (a repetition may make no block).
  const made = { blocks: 0, repetitions: 0 };
  let lapPath: Path | undefined;
  const overLimit = (path: Path): never => {
    add({ path: lapPath ?? path, message: msg("expand.tooManyBlocks", { max: LIMITS.maxBlocks }), hint: msg("expand.tooManyBlocksHint") }, "limit", "limit");
    throw new ExpandError(uniqueSorted(problems));
  };

  const blocks = (list: Block[] | undefined, src: Path, out: Path, ctx: Record<string, unknown>): Block[] => {
    const result: Block[] = [];
    const emit = (b: Block, from: Path) => {
      const k = blockKind(b);
      made.blocks += k.kind === "table" ? 1 + k.block.bang.dong.length * Math.max(1, k.block.bang.cot.length) : k.kind === "bullet" ? 1 + (k.block.cong?.length ?? 0) : 1;
      if (made.blocks > LIMITS.maxBlocks) overLimit(from);
      pathMap.set(JSON.stringify([...out, result.length]), from);
      result.push(b);
    };
    const walk = (items: Block[], from: Path, scope: Record<string, unknown>) => {
      items.forEach((b, i) => {
        const p = [...from, i];
        const k = blockKind(b);
        const at = [...out, result.length];
        switch (k.kind) {
          case "paragraph": {
            const text = opt(k.block, p, scope, FIELD_POLICY["block.paragraph"]);
            if (text !== undefined) emit(text, p);
            return;
          }
          case "condition": {
            const keep = condition(k.block.neu, [...p, "neu"], scope);
            return walk(keep ? k.block.noi_dung : (k.block.khac ?? []), [...p, keep ? "noi_dung" : "khac"], scope);
          }
          case "repeat": {
            const lap = k.block;
            const m = LIST_NAME.exec(lap.lap);
            if (!m) {
              add({ path: [...p, "lap"], message: msg("expand.badCondition", { cond: lap.lap }), hint: msg("expand.badConditionHint") }, "placeholder", "condition");
              return;
            }
            const r = resolve(m[1]!, [...p, "lap"], scope);
            if (!r.ok) return;
            const outer = lapPath;
            lapPath ??= [...p, "lap"];
            toList(r.value).forEach((el, n) => {
              if (++made.repetitions > LIMITS.maxBlocks) overLimit([...p, "lap"]);
              walk(lap.noi_dung, [...p, "noi_dung"], elementScope(scope, el, n));
            });
            lapPath = outer;
            return;
          }
          case "table": {
            const t = k.block.bang;
            return emit(
              {
                bang: {
                  ...t,
                  tieu_de: t.tieu_de === undefined ? undefined : opt(t.tieu_de, [...p, "bang", "tieu_de"], scope, FIELD_POLICY["block.bang.tieu_de"]),
                  cot: t.cot.map((c, j) => str(c, [...p, "bang", "cot", j], scope, FIELD_POLICY["block.bang.cot.*"])),
                  dong: t.dong.map((row, r) => row.map((cell, j) => (typeof cell === "string" ? str(cell, [...p, "bang", "dong", r, j], scope, FIELD_POLICY["block.bang.dong.*.*"]) : cell))),
                },
              },
              p,
            );
          }
          case "bullet": {
            const g = k.block;
            const cong = g.cong?.map((c, j) => opt(c, [...p, "cong", j], scope, FIELD_POLICY["block.cong.*"])).filter((c): c is string => c !== undefined);
            return emit({ gach: str(g.gach, [...p, "gach"], scope, FIELD_POLICY["block.gach"]), cong }, p);
          }
          case "point": {
            const d = k.block;
            return emit({ diem: str(d.diem, [...p, "diem"], scope, FIELD_POLICY["block.diem"]), noi_dung: d.noi_dung && blocks(d.noi_dung, [...p, "noi_dung"], [...at, "noi_dung"], scope) }, p);
          }
          case "item": {
            const item = k.block;
            return emit(
              {
                ...item,
                ten: item.ten === undefined ? undefined : str(item.ten, [...p, "ten"], scope, FIELD_POLICY["block.ten"]),
                doan: item.doan === undefined ? undefined : str(item.doan, [...p, "doan"], scope, FIELD_POLICY["block.doan"]),
                noi_dung: item.noi_dung && blocks(item.noi_dung, [...p, "noi_dung"], [...at, "noi_dung"], scope),
              },
              p,
            );
          }
        }
      });
    };
    walk(list ?? [], src, ctx);
    return result;
  };

  const plan = v.plan;
  const ctx = baseCtx;
  /** A plan-level string by its field's policy: always a string for a required field. */
  const field = (s: string, path: Path, f: Field): string | undefined => fill(s, path, ctx, FIELD_POLICY[f]) ?? (FIELD_POLICY[f].blank === "drop" ? undefined : s);
  const required = (s: string, path: Path, f: Field): string => field(s, path, f) ?? s;
  const each = (list: string[], path: Path, f: Field) => list.map((s, i) => field(s, [...path, i], f)).filter((s): s is string => s !== undefined);
  const ky: Record<string, string> = {};
  for (const [k, s] of Object.entries(plan.ky)) {
    if (s === undefined) continue;
    const value = field(s, ["ky", k], `ky.${k}` in FIELD_POLICY ? (`ky.${k}` as Field) : "ky.*");
    if (value !== undefined) ky[k] = value;
  }
  const expanded: Plan = {
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
      noi_dung: m.noi_dung && blocks(m.noi_dung, ["muc", i, "noi_dung"], ["muc", i, "noi_dung"], ctx),
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

  const sourcePathOf = (path: Path): Path => {
    // The longest prefix that was moved by a directive decides; the rest of the path follows it.
    for (let n = path.length; n > 0; n--) {
      const hit = pathMap.get(JSON.stringify(path.slice(0, n)));
      if (hit) return [...hit, ...path.slice(n)];
    }
    return path;
  };

  let date: PlanDate | undefined;
  if (problems.length === 0) {
    const checked = checkExpanded(expanded, touched, sourcePathOf);
    date = checked.date;
    for (const { finding, kind } of checked.problems) add(finding, "schema", kind);
  }
  if (problems.length > 0 || !date) throw new ExpandError(uniqueSorted(problems));

  return { ...v, plan: expanded, date, sourcePathOf };
}

export { isBlankValue };
