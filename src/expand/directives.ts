// The block directives of a template: `neu` (keep noi_dung when a condition holds, else khac) and
// `lap` (one copy of noi_dung per element of a list, each with the element's fields in scope).
// Conditions: `name`, `!name`, `name = value`, `name == value`, `name != value`.
import type { Path } from "../findings/locate.js";
import { msg } from "../i18n/i18n.js";
import { defineOwn } from "../text/define-own.js";
import { FORBIDDEN_NAMES } from "../text/reserved-names.js";
import type { Block, ConditionalBlock, RepeatBlock } from "../validate/plan-schema.js";
import type { BlockList } from "../validate/blocks.js";
import type { Expansion, Scope } from "./expansion.js";
import { FIELD_POLICY } from "./field-policy.js";
import { comparable, ELEMENT, toList, truthy } from "./helpers.js";
import { hasPlaceholder } from "./template-string.js";

const NAME = "[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*";
const CONDITION = new RegExp(`^\\s*(!)?\\s*(${NAME})\\s*(?:(==|=|!=)\\s*(.*?))?\\s*$`, "s");
const LIST_NAME = new RegExp(`^\\s*(${NAME})\\s*$`);

/** neu: the blocks that take its place (noi_dung or khac), with where they are in the template. */
export function conditionBranch(x: Expansion, b: ConditionalBlock, at: Path, scope: Scope): BlockList<Scope> {
  const keep = conditionHolds(x, b.neu, [...at, "neu"], scope);
  return { list: keep ? b.noi_dung : (b.khac ?? []), from: [...at, keep ? "noi_dung" : "khac"], scope };
}

/** lap: one copy of noi_dung per element of the list it names, each in the element's scope. */
export function* repetitions(x: Expansion, b: RepeatBlock, at: Path, scope: Scope): Generator<BlockList<Scope>> {
  const m = LIST_NAME.exec(b.lap);
  if (!m) {
    x.add({ path: [...at, "lap"], message: msg("expand.badCondition", { cond: b.lap }), hint: msg("expand.badConditionHint") }, "placeholder", "condition");
    return;
  }
  const r = lookUp(x, m[1]!, [...at, "lap"], scope);
  if (!r.ok) return;
  const body: Block[] = b.noi_dung;
  const outer = x.lapPath;
  x.lapPath ??= [...at, "lap"];
  try {
    let n = 0;
    for (const el of toList(r.value)) {
      x.countRepetition([...at, "lap"]);
      yield { list: body, from: [...at, "noi_dung"], scope: elementScope(scope, el, n++) };
    }
  } finally {
    x.lapPath = outer;
  }
}

function conditionHolds(x: Expansion, cond: string, path: Path, ctx: Scope): boolean {
  const m = CONDITION.exec(cond);
  if (!m) {
    x.add({ path, message: msg("expand.badCondition", { cond }), hint: msg("expand.badConditionHint") }, "placeholder", "condition");
    return false;
  }
  const [, not, name, op] = m;
  let rhs = m[4];
  // "chuc_vu = {{ct}}": the right-hand side is filled like any text (a missing value is reported
  // there), then compared.
  if (rhs !== undefined && hasPlaceholder(rhs)) {
    const before = x.problems.length;
    rhs = x.fill(rhs, path, ctx, FIELD_POLICY["block.neu"]);
    if (x.problems.length > before || rhs === undefined) return false;
  }
  const r = lookUp(x, name!, path, ctx);
  if (!r.ok) return false;
  let result: boolean;
  if (op === undefined) result = truthy(r.value);
  else {
    const value = Array.isArray(r.value) ? r.value.join("; ") : r.value;
    result = (comparable(value) === comparable(unquote(rhs ?? ""))) === (op !== "!=");
  }
  return not ? !result : result;
}

/** A dotted name in a directive (neu: tram_y_te, lap: thon) → its value, or a reported problem. */
function lookUp(x: Expansion, name: string, path: Path, ctx: Scope): { ok: boolean; value?: unknown } {
  let cur: unknown = ctx;
  for (const part of name.split(".")) {
    if (FORBIDDEN_NAMES.has(part)) {
      x.add({ path, message: msg("common.forbiddenName", { name: part }) }, "placeholder", "forbidden", part);
      return { ok: false };
    }
    if (cur === null || typeof cur !== "object" || !Object.prototype.hasOwnProperty.call(cur, part)) {
      const hint = name.startsWith("cap_tren") ? msg("expand.missingParentHint") : msg("common.placeholderMissingHint");
      x.add({ path, message: msg("common.placeholderMissing", { name }), hint }, "placeholder", "missing", name);
      return { ok: false };
    }
    cur = (cur as Record<string, unknown>)[part];
  }
  return { ok: true, value: cur };
}

function unquote(s: string): string {
  const t = s.trim();
  return /^(["']).*\1$/s.test(t) ? t.slice(1, -1) : t;
}

/** A scope for the blocks inside `lap`: the element's fields, and the element itself as {{this}}. */
function elementScope(outer: Scope, el: unknown, index: number): Scope {
  const scope: Scope = {};
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
