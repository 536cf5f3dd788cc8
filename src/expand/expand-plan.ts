// expand: fill {{placeholders}} in every string value after parsing (never in the raw YAML), and
// resolve the block directives neu (keep/drop) and lap (repeat). Strict: a name without a value
// is an error located in the template, reported together with every other one.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { compareDiagnostics } from "../diagnostics/diagnostic.js";
import { InputError } from "../diagnostics/errors.js";
import { pick } from "../i18n/i18n.js";
import { MSG } from "../i18n/messages.js";
import { nodeAt, type Path } from "../validate/locate.js";
import { parsePlanDate, type PlanDate } from "../validate/plan-date.js";
import type { Block, Plan } from "../validate/plan-schema.js";
import { diagnosticAt, type ValidatedPlan } from "../validate/validate-plan.js";
import { HELPER_NAMES } from "./helpers.js";
import { protectValue } from "./protect.js";
import { checkTemplate, hasPlaceholder, renderTemplate, type TemplateProblem } from "./template-string.js";

export interface ExpandOptions {
  /** Values that override the plan's own `bien` (a data row, the parent plan's fields). */
  vars?: Record<string, unknown>;
  /** Where the values came from, for messages: "xa.csv, dòng 5". */
  dataLabel?: string;
}

export interface ExpandedPlan extends Omit<ValidatedPlan, "date"> {
  date: PlanDate;
  /** The YAML path a node of the expanded plan came from (directives move blocks around). */
  sourcePathOf(path: Path): Path;
}

const TRUE_WORDS = new Set(["co", "có", "x", "1", "true", "yes", "dung", "đúng", "y"]);

export function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return TRUE_WORDS.has(v.trim().toLocaleLowerCase("vi"));
  return v !== null && v !== undefined;
}

function isObj(b: Block): b is Exclude<Block, string> {
  return typeof b === "object" && b !== null;
}

function protectDeep(v: unknown): unknown {
  if (typeof v === "string") return protectValue(v);
  if (Array.isArray(v)) return v.map(protectDeep);
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = protectDeep(x);
    return out;
  }
  return v;
}

/** A scope for the blocks inside `lap`: the element's fields, and the element itself as {{this}}. */
function elementScope(outer: Record<string, unknown>, el: unknown, index: number): Record<string, unknown> {
  const scope: Record<string, unknown> = { ...outer, so_thu_tu: index + 1 };
  if (el && typeof el === "object" && !Array.isArray(el)) Object.assign(scope, el);
  else Object.defineProperty(scope, "toString", { value: () => String(el), enumerable: false });
  return scope;
}

export function expandPlan(v: ValidatedPlan, opts: ExpandOptions = {}): ExpandedPlan {
  const errors: Diagnostic[] = [];
  const pathMap = new Map<string, Path>();
  const baseCtx: Record<string, unknown> = { ...(v.plan.bien ?? {}), ...(opts.vars ?? {}) };
  const suffix = opts.dataLabel ? ` (${opts.dataLabel})` : "";

  const report = (path: Path, value: string, p: TemplateProblem) => {
    const base = diagnosticAt(v, path, "", undefined, "placeholder");
    const place = placeInSource(v, path, value, p) ?? { line: base.line, column: base.column };
    let message: string;
    let hint: string | undefined;
    switch (p.kind) {
      case "missing":
        message = pick(MSG.placeholderMissing(p.name)) + suffix;
        hint = pick(MSG.placeholderMissingHint);
        break;
      case "helper":
        message = pick(MSG.unknownHelper(p.name)) + suffix;
        hint = pick(MSG.unknownHelperHint(HELPER_NAMES.join(", ")));
        break;
      case "forbidden":
        message = pick(MSG.forbiddenName(p.name)) + suffix;
        break;
      default:
        message = pick(MSG.placeholderSyntax(p.detail)) + suffix;
        hint = pick(MSG.placeholderSyntaxHint);
    }
    errors.push({ ...base, line: place.line, column: place.column, message, hint, frame: v.source.frame(place.line, place.column, Math.max(1, p.text.length)) });
  };

  const str = (s: string, path: Path, ctx: Record<string, unknown>): string => {
    if (!hasPlaceholder(s)) return s;
    const problems = checkTemplate(s, ctx);
    if (problems.length > 0) {
      problems.forEach((p) => report(path, s, p));
      return s;
    }
    const r = renderTemplate(s, protectDeep(ctx) as Record<string, unknown>);
    if (!r.ok) {
      report(path, s, r.problem);
      return s;
    }
    return r.text;
  };

  const lookup = (name: string, path: Path, ctx: Record<string, unknown>): unknown => {
    if (!Object.prototype.hasOwnProperty.call(ctx, name)) {
      report(path, name, { kind: "missing", name, line: 1, column: 0, text: name });
      return undefined;
    }
    return ctx[name];
  };

  const blocks = (list: Block[] | undefined, src: Path, out: Path, ctx: Record<string, unknown>): Block[] => {
    const result: Block[] = [];
    const emit = (b: Block, from: Path) => {
      pathMap.set(JSON.stringify([...out, result.length]), from);
      result.push(b);
    };
    const walk = (items: Block[], from: Path, scope: Record<string, unknown>) => {
      items.forEach((b, i) => {
        const p = [...from, i];
        if (!isObj(b)) return emit(str(b, p, scope), p);
        if ("neu" in b) {
          const keep = truthy(lookup(b.neu, [...p, "neu"], scope));
          return walk(keep ? b.noi_dung : (b.khac ?? []), [...p, keep ? "noi_dung" : "khac"], scope);
        }
        if ("lap" in b) {
          const list = lookup(b.lap, [...p, "lap"], scope);
          const elements = Array.isArray(list) ? list : list === undefined || list === "" ? [] : String(list).split(/\s*[;\n]\s*/).filter(Boolean);
          elements.forEach((el, k) => walk(b.noi_dung, [...p, "noi_dung"], elementScope(scope, el, k)));
          return;
        }
        const at = [...out, result.length];
        if ("bang" in b) {
          const t = b.bang;
          return emit(
            {
              bang: {
                ...t,
                tieu_de: t.tieu_de === undefined ? undefined : str(t.tieu_de, [...p, "bang", "tieu_de"], scope),
                cot: t.cot.map((c, k) => str(c, [...p, "bang", "cot", k], scope)),
                dong: t.dong.map((row, r) => row.map((cell, k) => (typeof cell === "string" ? str(cell, [...p, "bang", "dong", r, k], scope) : cell))),
              },
            },
            p,
          );
        }
        if ("gach" in b) {
          return emit({ gach: str(b.gach, [...p, "gach"], scope), cong: b.cong?.map((c, k) => str(c, [...p, "cong", k], scope)) }, p);
        }
        if ("diem" in b) {
          return emit({ diem: str(b.diem, [...p, "diem"], scope), noi_dung: b.noi_dung && blocks(b.noi_dung, [...p, "noi_dung"], [...at, "noi_dung"], scope) }, p);
        }
        return emit(
          {
            ...b,
            ten: b.ten === undefined ? undefined : str(b.ten, [...p, "ten"], scope),
            doan: b.doan === undefined ? undefined : str(b.doan, [...p, "doan"], scope),
            noi_dung: b.noi_dung && blocks(b.noi_dung, [...p, "noi_dung"], [...at, "noi_dung"], scope),
          },
          p,
        );
      });
    };
    walk(list ?? [], src, ctx);
    return result;
  };

  const plan = v.plan;
  const ctx = baseCtx;
  const expanded: Plan = {
    ...plan,
    co_quan: {
      ...plan.co_quan,
      chu_quan: plan.co_quan.chu_quan === undefined ? undefined : str(plan.co_quan.chu_quan, ["co_quan", "chu_quan"], ctx),
      ten: str(plan.co_quan.ten, ["co_quan", "ten"], ctx),
      viet_tat: str(plan.co_quan.viet_tat, ["co_quan", "viet_tat"], ctx),
    },
    so: typeof plan.so === "string" ? str(plan.so, ["so"], ctx) : plan.so,
    dia_danh: str(plan.dia_danh, ["dia_danh"], ctx),
    ngay: typeof plan.ngay === "string" ? str(plan.ngay, ["ngay"], ctx) : plan.ngay,
    trich_yeu: str(plan.trich_yeu, ["trich_yeu"], ctx),
    can_cu: plan.can_cu?.map((s, i) => str(s, ["can_cu", i], ctx)),
    muc: plan.muc.map((m, i) => ({
      ...m,
      ten: str(m.ten, ["muc", i, "ten"], ctx),
      noi_dung: m.noi_dung && blocks(m.noi_dung, ["muc", i, "noi_dung"], ["muc", i, "noi_dung"], ctx),
    })),
    ket_luan:
      plan.ket_luan === undefined
        ? undefined
        : Array.isArray(plan.ket_luan)
          ? plan.ket_luan.map((s, i) => str(s, ["ket_luan", i], ctx))
          : str(plan.ket_luan, ["ket_luan"], ctx),
    noi_nhan: plan.noi_nhan.map((s, i) => str(s, ["noi_nhan", i], ctx)),
    ky: Object.fromEntries(Object.entries(plan.ky).map(([k, s]) => [k, s === undefined ? s : str(s, ["ky", k], ctx)])) as Plan["ky"],
  };

  let date: PlanDate | undefined;
  if (errors.length === 0) {
    const d = parsePlanDate(expanded.ngay);
    if (d.ok) date = d.date;
    else {
      const shown = String(expanded.ngay);
      errors.push(
        diagnosticAt(v, ["ngay"], pick(d.reason === "format" ? MSG.badDate(shown) : MSG.impossibleDate(shown)) + suffix, pick(d.reason === "format" ? MSG.badDateHint : MSG.impossibleDateHint), "schema"),
      );
    }
    if (typeof expanded.so === "string" && !/^\d{1,6}$/.test(expanded.so)) {
      errors.push(diagnosticAt(v, ["so"], pick(MSG.badNumber(expanded.so)) + suffix, pick(MSG.badNumberHint), "schema"));
    }
  }
  if (errors.length > 0 || !date) throw new InputError(uniqueSorted(errors));

  return {
    ...v,
    plan: expanded,
    date,
    sourcePathOf: (path) => {
      // The longest prefix that was moved by a directive decides; the rest of the path follows it.
      for (let n = path.length; n > 0; n--) {
        const hit = pathMap.get(JSON.stringify(path.slice(0, n)));
        if (hit) return [...hit, ...path.slice(n)];
      }
      return path;
    },
  };
}

/** Where in the YAML source the failing {{…}} stands: found by its text inside the node's range. */
function placeInSource(v: ValidatedPlan, path: Path, value: string, p: TemplateProblem): { line: number; column: number } | undefined {
  const node = nodeAt(v.doc, path);
  if (!node?.range) return undefined;
  const slice = v.source.text.slice(node.range[0], node.range[1]);
  // Which occurrence of the text this is, counting in the value up to the problem's place.
  const lines = value.split("\n");
  const upto = lines.slice(0, p.line - 1).join("\n").length + (p.line > 1 ? 1 : 0) + p.column;
  let k = 0;
  for (let i = value.indexOf(p.text); i >= 0 && i < upto; i = value.indexOf(p.text, i + 1)) k++;
  let idx = -1;
  for (let i = 0; i <= k; i++) {
    idx = slice.indexOf(p.text, idx + 1);
    if (idx < 0) break;
  }
  if (idx < 0) return undefined;
  return v.source.position(node.range[0] + idx);
}

function uniqueSorted(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => (seen.has(`${d.line}:${d.column}:${d.message}`) ? false : (seen.add(`${d.line}:${d.column}:${d.message}`), true))).sort(compareDiagnostics);
}
