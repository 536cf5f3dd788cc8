// One string with {{placeholders}}: strict checking (every name must have a value, only known
// helpers, no prototype access) on the Handlebars AST, then rendering with a cached compile.
import Handlebars from "handlebars";
import { BUILTIN_BLOCK_HELPERS, HELPER_NAMES, HELPERS } from "./helpers.js";

/** Names that would reach JavaScript internals; refused wherever they appear in a path. */
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"]);

export type TemplateProblem =
  | { kind: "missing"; name: string; line: number; column: number; text: string }
  | { kind: "helper"; name: string; line: number; column: number; text: string }
  | { kind: "forbidden"; name: string; line: number; column: number; text: string }
  | { kind: "syntax"; detail: string; line: number; column: number; text: string }
  | { kind: "runtime"; detail: string; line: number; column: number; text: string };

const hb = Handlebars.create();
for (const [name, h] of Object.entries(HELPERS)) hb.registerHelper(name, h.fn as Handlebars.HelperDelegate);
const KNOWN_HELPERS = Object.fromEntries([...HELPER_NAMES, ...BUILTIN_BLOCK_HELPERS].map((n) => [n, true]));

export function hasPlaceholder(s: string): boolean {
  return s.includes("{{");
}

const astCache = new Map<string, hbs.AST.Program | Error>();
const compiled = new Map<string, Handlebars.TemplateDelegate>();

function parse(s: string): hbs.AST.Program | Error {
  let ast = astCache.get(s);
  if (!ast) {
    try {
      ast = hb.parse(s);
    } catch (e) {
      ast = e instanceof Error ? e : new Error(String(e));
    }
    astCache.set(s, ast);
  }
  return ast;
}

/** The original text of an AST node, for messages and for finding it in the YAML source. */
function sliceLoc(s: string, loc: hbs.AST.SourceLocation): string {
  const lines = s.split("\n");
  if (loc.start.line === loc.end.line) return (lines[loc.start.line - 1] ?? "").slice(loc.start.column, loc.end.column);
  return (lines[loc.start.line - 1] ?? "").slice(loc.start.column);
}

function hasOwn(o: unknown, k: string): boolean {
  return o !== null && typeof o === "object" && Object.prototype.hasOwnProperty.call(o, k);
}

/** Every problem in one template string against one context, all at once. */
export function checkTemplate(s: string, ctx: Record<string, unknown>): TemplateProblem[] {
  const ast = parse(s);
  if (ast instanceof Error) {
    const m = /line (\d+)/.exec(ast.message);
    const line = m ? Number(m[1]) : 1;
    const detail = ast.message.split("\n").find((l) => /Expecting|Parse error|unexpected/i.test(l)) ?? ast.message.split("\n")[0] ?? "";
    return [{ kind: "syntax", detail: detail.replace(/^Parse error on line \d+:\s*/, ""), line, column: 0, text: "{{" }];
  }
  const problems: TemplateProblem[] = [];
  const at = (node: hbs.AST.Node) => ({ line: node.loc.start.line, column: node.loc.start.column, text: sliceLoc(s, node.loc) });

  const checkPath = (p: hbs.AST.PathExpression, scope: unknown) => {
    if (p.data) return; // @index, @first: Handlebars' own data
    const parts = p.parts;
    for (const part of parts) {
      if (FORBIDDEN.has(part)) {
        problems.push({ kind: "forbidden", name: part, ...at(p) });
        return;
      }
    }
    let cur: unknown = scope;
    for (const part of parts) {
      if (!hasOwn(cur, part)) {
        problems.push({ kind: "missing", name: p.original, ...at(p) });
        return;
      }
      cur = (cur as Record<string, unknown>)[part];
    }
  };
  const checkExpr = (e: hbs.AST.Expression, scope: unknown) => {
    if (e.type === "PathExpression") checkPath(e as hbs.AST.PathExpression, scope);
    else if (e.type === "SubExpression") checkCall(e as hbs.AST.SubExpression, scope);
    else if (e.type === "StringLiteral") {
      const v = (e as hbs.AST.StringLiteral).value;
      if (FORBIDDEN.has(v)) problems.push({ kind: "forbidden", name: v, ...at(e) });
    }
  };
  const checkCall = (node: hbs.AST.MustacheStatement | hbs.AST.SubExpression, scope: unknown) => {
    const path = node.path as hbs.AST.PathExpression;
    const isCall = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
    if (path.type === "PathExpression" && !path.data && path.parts.length === 1 && (HELPER_NAMES as string[]).includes(path.original)) {
      node.params.forEach((p) => checkExpr(p, scope));
      return;
    }
    if (isCall || path.original === "lookup" || path.original === "log") {
      problems.push({ kind: "helper", name: path.original, ...at(node) });
      return;
    }
    checkExpr(path, scope);
  };
  const walk = (prog: hbs.AST.Program | undefined, scope: unknown) => {
    for (const st of prog?.body ?? []) {
      if (st.type === "MustacheStatement") checkCall(st as hbs.AST.MustacheStatement, scope);
      else if (st.type === "BlockStatement") {
        const b = st as hbs.AST.BlockStatement;
        const name = (b.path as hbs.AST.PathExpression).original;
        if (!(BUILTIN_BLOCK_HELPERS as readonly string[]).includes(name)) {
          problems.push({ kind: "helper", name, ...at(b) });
          continue;
        }
        b.params.forEach((p) => checkExpr(p, scope));
        // Inside each/with the context changes: Handlebars' own strict mode checks those at run time.
        if (name === "if" || name === "unless") {
          walk(b.program, scope);
          walk(b.inverse, scope);
        }
      } else if (st.type === "PartialStatement" || st.type === "PartialBlockStatement" || st.type === "DecoratorBlock" || st.type === "Decorator") {
        problems.push({ kind: "helper", name: ">", ...at(st) });
      }
    }
  };
  walk(ast, ctx);
  return problems;
}

/** Render a string already checked by checkTemplate. A helper's own error becomes a problem. */
export function renderTemplate(s: string, ctx: Record<string, unknown>): { ok: true; text: string } | { ok: false; problem: TemplateProblem } {
  let fn = compiled.get(s);
  if (!fn) {
    fn = hb.compile(s, { strict: true, noEscape: true, knownHelpers: KNOWN_HELPERS, knownHelpersOnly: true });
    compiled.set(s, fn);
  }
  try {
    return { ok: true, text: fn(ctx, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }) };
  } catch (e) {
    const err = e as { message?: string; lineNumber?: number; column?: number };
    const detail = String(err.message ?? e).split("\n")[0] ?? "";
    return { ok: false, problem: { kind: "runtime", detail, line: err.lineNumber ?? 1, column: err.column ?? 0, text: "{{" } };
  }
}
