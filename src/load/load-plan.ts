// load: plan file → YAML document that keeps the position of every node, plus its plain value.
import { isAlias, isCollection, isPair, isScalar, Lexer, parseDocument, visit, type Document, type YAMLError } from "yaml";
import type { Diagnostic } from "../findings/diagnostic.js";
import { InputError } from "../findings/errors.js";
import { type Message, msg } from "../i18n/i18n.js";
import { LIMITS } from "../limits.js";
import { readSource } from "./read-input.js";
import { keepNumberText, scalarProblems, type ScalarProblem } from "./yaml-scalars.js";
import type { SourceFile } from "../findings/source-file.js";
import { locateYaml } from "../findings/locate.js";

export interface LoadedPlan {
  source: SourceFile;
  doc: Document.Parsed;
  /** The plain JS value of the document (aliases resolved, within the alias limit). */
  value: unknown;
}

/** At most this many YAML syntax errors are shown: after that they are mostly echoes of the first. */
const MAX_SYNTAX_ERRORS = 10;

export function loadPlanFile(path: string): LoadedPlan {
  return parsePlanText(readSource(path, LIMITS.maxPlanBytes));
}

type At = (offset: number, message: Message, hint: Message | undefined, code?: string, length?: number) => Diagnostic;

export function parsePlanText(source: SourceFile): LoadedPlan {
  const at: At = (offset, message, hint, code = "yaml-syntax", length = 1) => locateYaml({ source }, { offset, length, message, hint }, code);

  if (source.text.trim() === "") {
    throw new InputError([locateYaml({ source }, { message: msg("common.emptyFile"), hint: msg("common.emptyFileHint") }, "input")]);
  }

  let doc: Document.Parsed;
  try {
    // uniqueKeys is checked below, in one pass: the library compares each key with every earlier
    // one, and a 1.5 MB file of 150,000 keys then takes minutes.
    doc = parseDocument(source.text, { prettyErrors: false, uniqueKeys: false, strict: true });
  } catch (e) {
    // The parser itself ran out of stack (nesting far beyond any plan).
    if (e instanceof RangeError) throw new InputError([at(0, msg("common.tooDeep", { max: LIMITS.maxDepth }), msg("common.tooDeepHint"))]);
    throw e;
  }
  if (doc.errors.length > 0) throw new InputError(syntaxDiagnostics(doc.errors, source, at));

  const deep = findTooDeep(doc.contents, 0);
  if (deep !== undefined) throw new InputError([at(deep, msg("common.tooDeep", { max: LIMITS.maxDepth }), msg("common.tooDeepHint"))]);

  // YAML 1.1 and explicit tags change what was typed: refused. Numbers keep their text.
  const scalars = scalarProblems(doc, source);
  if (scalars.length > 0) throw new InputError(scalars.map((p) => at(p.offset, ...scalarMessage(p), "yaml-syntax", p.length)));
  keepNumberText(doc, (key) => key === "rong");

  const structural = structureProblems(doc, at);
  if (structural.length > 0) throw new InputError(structural);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch {
    throw new InputError([at(firstAliasOffset(doc), msg("common.aliasBomb"), msg("common.aliasBombHint"), "yaml-alias")]);
  }
  return { source, doc, value };
}

/** A refused %YAML version or tag, in words: message and hint. */
export function scalarMessage(p: ScalarProblem): [Message, Message] {
  return p.kind === "version"
    ? [msg("yaml.version11", { version: p.text }), msg("yaml.version11Hint", { version: p.text })]
    : [msg("yaml.tag", { tag: p.text }), msg("yaml.tagHint", { tag: p.text })];
}

/** Offset of the first node nested deeper than the limit, if any. */
function findTooDeep(node: unknown, depth: number): number | undefined {
  if (!isCollection(node)) return undefined;
  if (depth >= LIMITS.maxDepth) return node.range?.[0] ?? 0;
  for (const item of node.items) {
    const child = isPair(item) ? item.value : item;
    const found = findTooDeep(child, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * What the yaml library cannot refuse but the tool must: aliases to an anchor that does not exist
 * (or to a node that contains the alias: a cycle), keys that are lists or mappings, and a key
 * written twice in one mapping.
 */
function structureProblems(doc: Document.Parsed, at: At): Diagnostic[] {
  const out: Diagnostic[] = [];
  const anchors = new Map<string, unknown>();
  const keysOf = new WeakMap<object, Set<string>>();
  visit(doc, {
    Node(_key, node, path) {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        const offset = node.range?.[0] ?? 0;
        const length = node.source.length + 1;
        if (target === undefined) {
          out.push(at(offset, msg("yaml.unknownAlias", { a: node.source }), msg("yaml.unknownAliasHint", { a: node.source }), "yaml-alias", length));
        } else if (path.includes(target as never)) {
          out.push(at(offset, msg("yaml.cyclicAlias", { a: node.source }), msg("common.aliasBombHint"), "yaml-alias", length));
        }
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
      return undefined;
    },
    Pair(_key, pair, path) {
      const k = pair.key;
      const plainKey = k === null || (isScalar(k) && (k.value === null || ["string", "number", "boolean"].includes(typeof k.value)));
      if (!plainKey) {
        const range = (k as { range?: [number, number, number] } | undefined)?.range;
        out.push(at(range?.[0] ?? 0, msg("yaml.complexKey"), msg("yaml.complexKeyHint"), "yaml-syntax", Math.max(1, (range?.[1] ?? 1) - (range?.[0] ?? 0))));
        return visit.SKIP;
      }
      const map = path[path.length - 1];
      if (map && typeof map === "object") {
        const value = k === null ? null : (k as { value: unknown }).value;
        const id = `${typeof value}:${String(value)}`;
        let seen = keysOf.get(map);
        if (!seen) keysOf.set(map, (seen = new Set()));
        if (seen.has(id)) {
          const range = (k as { range?: [number, number, number] } | null)?.range;
          out.push(at(range?.[0] ?? 0, msg("common.yamlSyntax", { detail: msg("yaml.duplicateKey", { k: String(value ?? "") }) }), msg("yaml.duplicateKeyHint"), "yaml-syntax", Math.max(1, (range?.[1] ?? 1) - (range?.[0] ?? 0))));
        }
        seen.add(id);
      }
      return undefined;
    },
  });
  return out;
}

function firstAliasOffset(doc: Document.Parsed): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** The yaml library's errors → one located, translated message per line (the first one there). */
function syntaxDiagnostics(errors: readonly YAMLError[], source: SourceFile, at: At): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lines = new Set<number>();
  for (const e of errors) {
    if (e.code === "RESOURCE_EXHAUSTION") return [at(e.pos[0], msg("common.tooDeep", { max: LIMITS.maxDepth }), msg("common.tooDeepHint"))];
    let offset = e.pos[0];
    let length = Math.max(1, e.pos[1] - e.pos[0]);
    if (e.code === "MISSING_CHAR" && /quote/i.test(e.message)) {
      const open = unclosedQuote(source.text);
      if (open !== undefined) {
        offset = open;
        length = 1;
      }
    }
    let words = translate(e, source.text, offset);
    // "- **Kinh phí:** theo quy định." unquoted: YAML reads the "*" as an alias and then chokes.
    const star = e.code === "UNEXPECTED_TOKEN" ? leadingStar(source, offset) : undefined;
    if (star !== undefined) {
      offset = star;
      length = 1;
      words = { message: msg("yaml.leadingStar"), hint: msg("yaml.leadingStarHint") };
    }
    const { line } = source.position(offset);
    if (lines.has(line)) continue;
    lines.add(line);
    out.push(at(offset, msg("common.yamlSyntax", { detail: words.message }), words.hint ?? msg("common.yamlSyntaxHint"), "yaml-syntax", length));
    if (out.length >= MAX_SYNTAX_ERRORS) break;
  }
  return out;
}

/** Offset of a "*" that starts a plain value on the line of `offset`, before it. */
function leadingStar(source: SourceFile, offset: number): number | undefined {
  const lineStart = source.text.lastIndexOf("\n", Math.max(0, offset - 1)) + 1;
  const before = source.text.slice(lineStart, offset);
  const m = /^(\s*(?:-\s+)*(?:[^\s"'#][^:#]*:\s+)?)\*/.exec(before);
  return m ? lineStart + m[1]!.length : undefined;
}

/** Offset of the opening quote of a quoted string that is never closed. */
function unclosedQuote(text: string): number | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // eslint-disable-next-line no-control-regex -- the lexer marks tokens with control characters
    if (/^[\x02\x18\x1f]$/.test(token)) continue; // document, flow-end and scalar markers: no source text
    const q = token[0];
    if (q === '"' && !/^"(?:[^"\\]|\\[\s\S])*"$/.test(token)) return offset;
    if (q === "'" && !/^'(?:[^']|'')*'$/.test(token)) return offset;
    offset += token.length;
  }
  return undefined;
}

export function translate(e: YAMLError, text: string, offset: number): { message: Message; hint?: Message } {
  const original = e.message.replace(/ at line \d+, column \d+.*$/s, "").trim();
  switch (e.code) {
    case "TAB_AS_INDENT":
      return { message: msg("yaml.tab"), hint: msg("yaml.tabHint") };
    case "DUPLICATE_KEY": {
      const key = /^\s*(?:"([^"]*)"|'([^']*)'|([^:#\n]*?))\s*:/.exec(text.slice(offset, offset + 200));
      const name = (key?.[1] ?? key?.[2] ?? key?.[3] ?? "").trim();
      return { message: msg("yaml.duplicateKey", { k: name }), hint: msg("yaml.duplicateKeyHint") };
    }
    case "MISSING_CHAR":
      if (/quote/i.test(original)) return { message: msg("yaml.unclosedQuote"), hint: msg("yaml.unclosedQuoteHint") };
      return { message: msg("yaml.missingChar", { original }) };
    case "MULTIPLE_DOCS":
      return { message: msg("yaml.multipleDocs"), hint: msg("yaml.multipleDocsHint") };
    case "BLOCK_AS_IMPLICIT_KEY":
      return { message: msg("yaml.colonInValue"), hint: msg("yaml.colonInValueHint") };
    case "MULTILINE_IMPLICIT_KEY":
      return { message: msg("yaml.missingColon"), hint: msg("yaml.missingColonHint") };
    case "KEY_OVER_1024_CHARS":
      return { message: msg("yaml.longKey"), hint: msg("yaml.missingColonHint") };
    case "BAD_INDENT":
      return { message: msg("yaml.badIndent", { original }) };
    default:
      return { message: msg("common.text", { text: original }) };
  }
}
