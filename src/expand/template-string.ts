// One string with {{placeholders}}: strict checking (every name must have a value, only known
// helpers, no prototype access) on the Handlebars AST, then rendering with a cached compile.
// Problems carry 1-based lines and 0-based columns inside the string, as Handlebars counts them;
// expand-plan.ts turns them into the template file's line:column.
import Handlebars from "handlebars";
import { type Message, msg } from "../i18n/i18n.js";
import { asText, HELPERS, HelperValueError, isBlockHelperName, isHelperName, isNotText, truthy, type ArgMode } from "./helpers.js";
import { LIMITS } from "../limits.js";
import { FORBIDDEN_NAMES } from "../text/reserved-names.js";

export type ProblemKind = "missing" | "helper" | "forbidden" | "syntax" | "value" | "notText" | "tooLong";

export interface TemplateProblem {
  kind: ProblemKind;
  /** The missing name ("xa", "cap_tren.so_ky_hieu"), the helper, or the forbidden word. */
  name: string;
  /** For syntax and value problems: what is wrong, in both languages. */
  detail?: Message;
  /** 1-based line and 0-based column inside the string (Handlebars' counting). */
  line: number;
  column: number;
  /** The source text of the offending expression, to find it in the YAML file. */
  text: string;
}

// Handlebars parses (its grammar, whitespace control, \{{ escapes); this module evaluates the
// tree itself, so that helpers see the raw values and only what a {{…}} puts into the text is
// protected (text/stand-ins.ts) — a value can never create markup, whatever helper it went through.
const hb = Handlebars.create();

/** Minimum and maximum number of arguments of each helper (others: exactly one). */
const ARITY: Record<string, [number, number]> = { bang: [2, 2], noi: [1, 2] };

export function hasPlaceholder(s: string): boolean {
  return s.includes("{{");
}

const MAX_CACHE = 20_000;
const astCache = new Map<string, hbs.AST.Program | Error>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, value);
  return value;
}

/** Deepest nesting of (sub-expressions) inside one {{…}}: Handlebars' parser recurses on it. */
export const MAX_EXPRESSION_DEPTH = 20;

/** An expression nested too deeply: found by a scan before Handlebars parses (and recurses). */
class DepthError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
  ) {
    super("too deep");
  }
}

function tooDeep(s: string): DepthError | undefined {
  let inside = false;
  let depth = 0;
  let quote = "";
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "\n") {
      line++;
      lineStart = i + 1;
    }
    if (!inside) {
      if (c === "{" && s[i + 1] === "{") {
        inside = true;
        depth = 0;
        i++;
      }
      continue;
    }
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(" && ++depth > MAX_EXPRESSION_DEPTH) return new DepthError(line, i - lineStart);
    else if (c === ")") depth--;
    else if (c === "}" && s[i + 1] === "}") inside = false;
  }
  return undefined;
}

function parse(s: string): hbs.AST.Program | Error {
  const hit = astCache.get(s);
  if (hit) return hit;
  let ast: hbs.AST.Program | Error;
  try {
    ast = tooDeep(s) ?? hb.parse(s);
  } catch (e) {
    ast = e instanceof Error ? e : new Error(String(e));
  }
  return remember(astCache, s, ast);
}

/** The original text of an AST node, for messages and for finding it in the YAML source. */
function sliceLoc(s: string, loc: hbs.AST.SourceLocation): string {
  const lines = s.split("\n");
  if (loc.start.line === loc.end.line) return (lines[loc.start.line - 1] ?? "").slice(loc.start.column, loc.end.column);
  return (lines[loc.start.line - 1] ?? "").slice(loc.start.column);
}

function hasOwn(o: unknown, k: string): boolean {
  return o !== null && (typeof o === "object" || typeof o === "function") && Object.prototype.hasOwnProperty.call(o, k);
}

/** A value that cannot stand in the text: nothing, an empty cell, an empty list. */
export function isBlankValue(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === "string") return v.trim() === "";
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/** A Handlebars parse error → line (1-based), column (0-based) and a short reason. */
function syntaxProblem(s: string, e: Error): TemplateProblem {
  if (e instanceof DepthError) {
    const detail = msg("expand.tooDeep", { depth: MAX_EXPRESSION_DEPTH });
    return { kind: "syntax", name: "", detail, line: e.line, column: e.column, text: "(" };
  }
  const m = /line (\d+)/.exec(e.message);
  const line = m ? Number(m[1]) : 1;
  const lines = e.message.split("\n");
  // The message shows the line and a caret under the failing place: "...{{ xa }" / "---^".
  const caret = lines.findIndex((l) => /^-*\^$/.test(l));
  let column = 0;
  if (caret > 0) {
    const shown = lines[caret - 1] ?? "";
    const offset = (lines[caret] ?? "").length - 1;
    const srcLine = s.split("\n")[line - 1] ?? "";
    const shownBody = shown.startsWith("...") ? shown.slice(3) : shown;
    const start = shown.startsWith("...") ? srcLine.indexOf(shownBody) : 0;
    column = Math.max(0, (start < 0 ? 0 : start) + offset - (shown.startsWith("...") ? 3 : 0));
  }
  const open = (s.split("\n")[line - 1] ?? "").lastIndexOf("{{", column + 1);
  if (open >= 0) column = open;
  const expecting = lines.find((l) => /^Expecting /.test(l));
  const detail = expecting ? msg("expand.unexpectedCharacters") : msg("common.text", { text: lines[0] ?? "" });
  return { kind: "syntax", name: "", detail, line, column, text: "{{" };
}

/**
 * Every problem in one template string against one context, all at once. In "value" mode a name
 * must have a non-empty value; in "exists" mode (conditions) it only has to be defined.
 */
export function checkTemplate(s: string, ctx: Record<string, unknown>): TemplateProblem[] {
  const ast = parse(s);
  if (ast instanceof Error) return [syntaxProblem(s, ast)];
  const problems: TemplateProblem[] = [];
  const at = (node: hbs.AST.Node) => ({ line: node.loc.start.line, column: node.loc.start.column, text: sliceLoc(s, node.loc) });
  const syntax = (node: hbs.AST.Node, detail: Message) => problems.push({ kind: "syntax", name: "", detail, ...at(node) });

  const checkPath = (p: hbs.AST.PathExpression, mode: ArgMode) => {
    const bad = p.parts.find((part) => FORBIDDEN_NAMES.has(part));
    if (bad !== undefined) {
      problems.push({ kind: "forbidden", name: bad, ...at(p) });
      return;
    }
    // @root.x is the top context; other @data (@index, @first…) does not exist outside each.
    let parts = p.parts;
    if (p.data) {
      if (parts[0] !== "root") {
        problems.push({ kind: "missing", name: `@${parts.join(".")}`, ...at(p) });
        return;
      }
      parts = parts.slice(1);
    } else if (p.depth > 0) {
      // ../x: there is no enclosing context (lap merges the element into the same context).
      problems.push({ kind: "missing", name: p.original, ...at(p) });
      return;
    }
    let cur: unknown = ctx;
    for (const part of parts) {
      if (!hasOwn(cur, part)) {
        problems.push({ kind: "missing", name: p.original, ...at(p) });
        return;
      }
      cur = (cur as Record<string, unknown>)[part];
    }
    // {{this}}, {{.}}, {{@root}}, a mapping or a list of mappings: nothing that reads as text.
    if (mode === "value" && isNotText(cur)) {
      problems.push({ kind: "notText", name: p.original || "this", ...at(p) });
      return;
    }
    if (mode === "value" && isBlankValue(asText(cur))) {
      problems.push({ kind: "missing", name: p.original, ...at(p) });
    }
  };

  const checkExpr = (e: hbs.AST.Expression, mode: ArgMode) => {
    if (e.type === "PathExpression") checkPath(e as hbs.AST.PathExpression, mode);
    else if (e.type === "SubExpression") checkCall(e as hbs.AST.SubExpression, true);
    else if (e.type === "StringLiteral") {
      const v = (e as hbs.AST.StringLiteral).value;
      if (FORBIDDEN_NAMES.has(v)) problems.push({ kind: "forbidden", name: v, ...at(e) });
    }
  };

  const checkHash = (node: { hash?: hbs.AST.Hash }) => {
    if ((node.hash?.pairs.length ?? 0) > 0) {
      const pair = node.hash!.pairs[0]!;
      syntax(pair, msg("expand.namedArgument", { key: pair.key }));
    }
  };

  const checkCall = (node: hbs.AST.MustacheStatement | hbs.AST.SubExpression, sub: boolean) => {
    const path = node.path as hbs.AST.Expression;
    if (path.type !== "PathExpression") {
      syntax(node, msg("expand.nameAfterBraces"));
      return;
    }
    const p = path as hbs.AST.PathExpression;
    const name = p.original;
    const simple = !p.data && p.depth === 0 && p.parts.length === 1;
    if (simple && isHelperName(name)) {
      const [min, max] = ARITY[name] ?? [1, 1];
      if (node.params.length < min || node.params.length > max) {
        const want = min === max ? String(min) : `${min}–${max}`;
        syntax(node, msg("expand.helperArity", { name, want, example: HELPERS[name].doc }));
        return;
      }
      checkHash(node);
      node.params.forEach((param) => checkExpr(param, HELPERS[name].args));
      return;
    }
    if (simple && isBlockHelperName(name)) {
      syntax(node, msg("expand.blockHelperInline", { name, variable: msg("expand.nameWord") }));
      return;
    }
    if (node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0) {
      problems.push({ kind: "helper", name, ...at(node) });
      return;
    }
    checkPath(p, sub ? "exists" : "value");
  };

  const walk = (prog: hbs.AST.Program | undefined) => {
    for (const st of prog?.body ?? []) {
      if (st.type === "MustacheStatement") {
        const ms = st as hbs.AST.MustacheStatement;
        if (!ms.escaped) syntax(ms, msg("expand.tripleBraces", { variable: msg("expand.nameWord") }));
        else checkCall(ms, false);
      }
      else if (st.type === "BlockStatement") {
        const b = st as hbs.AST.BlockStatement;
        const name = b.path.type === "PathExpression" ? (b.path as hbs.AST.PathExpression).original : "";
        if (!isBlockHelperName(name) || !b.program) {
          problems.push({ kind: "helper", name: name || "#", ...at(b) });
          continue;
        }
        if (b.params.length !== 1) {
          syntax(b, msg("expand.blockCondition", { name }));
        } else {
          checkHash(b);
          checkExpr(b.params[0]!, "exists");
        }
        walk(b.program);
        walk(b.inverse);
      } else if (st.type !== "ContentStatement" && st.type !== "CommentStatement") {
        // Partials ({{> x}}), decorators: not part of the vocabulary.
        problems.push({ kind: "helper", name: st.type === "PartialStatement" || st.type === "PartialBlockStatement" ? ">" : "*", ...at(st) });
      }
    }
  };
  walk(ast);
  return problems;
}

type Scope = Record<string, unknown>;

/** A value as it stands in the text: a list as "A, B, C", a lap element as itself. */
export function valueText(v: unknown): string {
  return asText(v);
}

function evalPath(p: hbs.AST.PathExpression, ctx: Scope): unknown {
  let parts = p.parts;
  if (p.data) parts = parts.slice(1); // @root.x (checkTemplate refused any other @data)
  let cur: unknown = ctx;
  for (const part of parts) {
    if (!hasOwn(cur, part)) return undefined;
    cur = (cur as Scope)[part];
  }
  return cur;
}

function evalExpr(e: hbs.AST.Expression, ctx: Scope): unknown {
  switch (e.type) {
    case "PathExpression":
      return evalPath(e as hbs.AST.PathExpression, ctx);
    case "SubExpression":
      return call(e as hbs.AST.SubExpression, ctx);
    case "StringLiteral":
      return (e as hbs.AST.StringLiteral).value;
    case "NumberLiteral":
      return (e as hbs.AST.NumberLiteral).value;
    case "BooleanLiteral":
      return (e as hbs.AST.BooleanLiteral).value;
    default:
      return undefined;
  }
}

function call(node: hbs.AST.MustacheStatement | hbs.AST.SubExpression, ctx: Scope): unknown {
  const p = node.path as hbs.AST.PathExpression;
  if (node.params.length > 0 && isHelperName(p.original)) {
    const fn = HELPERS[p.original].fn as (...a: unknown[]) => unknown;
    return fn(...node.params.map((x) => evalExpr(x, ctx)));
  }
  return evalExpr(p, ctx);
}

class LocatedHelperError extends Error {
  readonly helperError: HelperValueError;
  readonly node: hbs.AST.Node;
  constructor(helperError: HelperValueError, node: hbs.AST.Node) {
    super(helperError.message);
    this.helperError = helperError;
    this.node = node;
  }
}

/** A filled string grew past the limit: stopped at the {{…}} that did it, before building more. */
class TooLongError extends Error {
  constructor(readonly node: hbs.AST.Node) {
    super("too long");
  }
}

function evalProgram(prog: hbs.AST.Program | undefined, ctx: Scope, out: (v: unknown) => string, budget: { chars: number }): string {
  let text = "";
  for (const st of prog?.body ?? []) {
    if (text.length > budget.chars) throw new TooLongError(st);
    switch (st.type) {
      case "ContentStatement":
        text += (st as hbs.AST.ContentStatement).value;
        break;
      case "MustacheStatement":
        try {
          const piece = out(call(st as hbs.AST.MustacheStatement, ctx));
          if (text.length + piece.length > budget.chars) throw new TooLongError(st);
          text += piece;
        } catch (e) {
          throw e instanceof HelperValueError ? new LocatedHelperError(e, st) : e;
        }
        break;
      case "BlockStatement": {
        const b = st as hbs.AST.BlockStatement;
        let cond: boolean;
        try {
          cond = truthy(evalExpr(b.params[0]!, ctx));
        } catch (e) {
          throw e instanceof HelperValueError ? new LocatedHelperError(e, b) : e;
        }
        if ((b.path as hbs.AST.PathExpression).original === "unless") cond = !cond;
        text += evalProgram(cond ? b.program : b.inverse, ctx, out, budget);
        break;
      }
      default:
        break; // comments
    }
  }
  return text;
}

/**
 * Render a string already checked by checkTemplate. `protect` turns each value put into the text
 * into safe text. A helper's complaint about a value becomes a problem at its {{…}}.
 */
export function renderTemplate(s: string, ctx: Scope, protect: (text: string) => string = (t) => t): { ok: true; text: string } | { ok: false; problem: TemplateProblem } {
  const ast = parse(s);
  if (ast instanceof Error) return { ok: false, problem: syntaxProblem(s, ast) };
  try {
    return { ok: true, text: evalProgram(ast, ctx, (v) => protect(valueText(v)), { chars: LIMITS.maxStringChars }) };
  } catch (e) {
    if (e instanceof TooLongError) {
      const at = { line: e.node.loc.start.line, column: e.node.loc.start.column, text: sliceLoc(s, e.node.loc) };
      return { ok: false, problem: { kind: "tooLong", name: "", detail: msg("expand.tooLong", { max: LIMITS.maxStringChars }), ...at } };
    }
    if (e instanceof LocatedHelperError) {
      const at = { line: e.node.loc.start.line, column: e.node.loc.start.column, text: sliceLoc(s, e.node.loc) };
      return { ok: false, problem: { kind: "value", name: e.helperError.helper, detail: e.helperError.detail, ...at } };
    }
    throw e;
  }
}

/** The variable names a string reads (first path segment), for reports such as "columns used". */
export function templateNames(s: string): string[] {
  const ast = parse(s);
  if (ast instanceof Error) return [];
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    const n = node as { type?: string; data?: boolean; depth?: number; parts?: string[]; original?: string };
    if (n.type === "PathExpression") {
      if (!n.data && n.depth === 0 && n.parts && n.parts.length > 0 && !(n.parts.length === 1 && (isHelperName(n.original ?? "") || isBlockHelperName(n.original ?? "")))) names.add(n.parts[0]!);
      return;
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === "loc") continue;
      if (Array.isArray(v)) v.forEach(visit);
      else visit(v);
    }
  };
  visit(ast);
  return [...names];
}
