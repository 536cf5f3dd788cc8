// load: plan file → YAML document that keeps the position of every node, plus its plain value.
import { isAlias, isCollection, isPair, isScalar, Lexer, parseDocument, visit, type Document, type YAMLError } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { InputError } from "../diagnostics/errors.js";
import { pick, type Localized } from "../i18n/i18n.js";
import { MSG } from "../i18n/messages.js";
import { LIMITS } from "../limits.js";
import { readSource } from "./read-input.js";
import { keepNumberText, scalarProblems, type ScalarProblem } from "./yaml-scalars.js";
import { hostile } from "../i18n/feature-hostile.js";
import type { SourceFile } from "./source-file.js";

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

type At = (offset: number, message: string, hint: string | undefined, code?: string, length?: number) => Diagnostic;

export function parsePlanText(source: SourceFile): LoadedPlan {
  const at: At = (offset, message, hint, code = "yaml-syntax", length = 1) => {
    const { line, column } = source.position(offset);
    return { severity: "error", file: source.path, line, column, message, hint, code, frame: source.frame(line, column, length) };
  };

  if (source.text.trim() === "") {
    throw new InputError([{ severity: "error", file: source.path, line: 0, column: 0, message: pick(MSG.emptyFile), hint: pick(MSG.emptyFileHint), code: "input" }]);
  }

  let doc: Document.Parsed;
  try {
    // uniqueKeys is checked below, in one pass: the library compares each key with every earlier
    // one, and a 1.5 MB file of 150,000 keys then takes minutes.
    doc = parseDocument(source.text, { prettyErrors: false, uniqueKeys: false, strict: true });
  } catch (e) {
    // The parser itself ran out of stack (nesting far beyond any plan).
    if (e instanceof RangeError) throw new InputError([at(0, pick(MSG.tooDeep(LIMITS.maxDepth)), pick(MSG.tooDeepHint))]);
    throw e;
  }
  if (doc.errors.length > 0) throw new InputError(syntaxDiagnostics(doc.errors, source, at));

  const deep = findTooDeep(doc.contents, 0);
  if (deep !== undefined) throw new InputError([at(deep, pick(MSG.tooDeep(LIMITS.maxDepth)), pick(MSG.tooDeepHint))]);

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
    throw new InputError([at(firstAliasOffset(doc), pick(MSG.aliasBomb), pick(MSG.aliasBombHint), "yaml-alias")]);
  }
  return { source, doc, value };
}

/** A refused %YAML version or tag, in words: message and hint. */
export function scalarMessage(p: ScalarProblem): [string, string] {
  return p.kind === "version"
    ? [pick(hostile("yaml.version11", { version: p.text })), pick(hostile("yaml.version11.hint", { version: p.text }))]
    : [pick(hostile("yaml.tag", { tag: p.text })), pick(hostile("yaml.tag.hint", { tag: p.text }))];
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
          out.push(at(offset, pick(L.unknownAlias(node.source)), pick(L.unknownAliasHint(node.source)), "yaml-alias", length));
        } else if (path.includes(target as never)) {
          out.push(at(offset, pick(L.cyclicAlias(node.source)), pick(MSG.aliasBombHint), "yaml-alias", length));
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
        out.push(at(range?.[0] ?? 0, pick(L.complexKey), pick(L.complexKeyHint), "yaml-syntax", Math.max(1, (range?.[1] ?? 1) - (range?.[0] ?? 0))));
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
          out.push(at(range?.[0] ?? 0, pick(MSG.yamlSyntax(pick(L.duplicateKey(String(value ?? ""))))), pick(L.duplicateKeyHint), "yaml-syntax", Math.max(1, (range?.[1] ?? 1) - (range?.[0] ?? 0))));
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
    if (e.code === "RESOURCE_EXHAUSTION") return [at(e.pos[0], pick(MSG.tooDeep(LIMITS.maxDepth)), pick(MSG.tooDeepHint))];
    let offset = e.pos[0];
    let length = Math.max(1, e.pos[1] - e.pos[0]);
    if (e.code === "MISSING_CHAR" && /quote/i.test(e.message)) {
      const open = unclosedQuote(source.text);
      if (open !== undefined) {
        offset = open;
        length = 1;
      }
    }
    let t = translate(e, source.text, offset);
    // "- **Kinh phí:** theo quy định." unquoted: YAML reads the "*" as an alias and then chokes.
    const star = e.code === "UNEXPECTED_TOKEN" ? leadingStar(source, offset) : undefined;
    if (star !== undefined) {
      offset = star;
      length = 1;
      t = { message: L.leadingStar, hint: L.leadingStarHint };
    }
    const { line } = source.position(offset);
    if (lines.has(line)) continue;
    lines.add(line);
    out.push(at(offset, pick(MSG.yamlSyntax(pick(t.message))), pick(t.hint ?? MSG.yamlSyntaxHint), "yaml-syntax", length));
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
    if (/^[\x02\x18\x1f]$/.test(token)) continue; // document, flow-end and scalar markers: no source text
    const q = token[0];
    if (q === '"' && !/^"(?:[^"\\]|\\[\s\S])*"$/.test(token)) return offset;
    if (q === "'" && !/^'(?:[^']|'')*'$/.test(token)) return offset;
    offset += token.length;
  }
  return undefined;
}

export function translate(e: YAMLError, text: string, offset: number): { message: Localized; hint?: Localized } {
  const original = e.message.replace(/ at line \d+, column \d+.*$/s, "").trim();
  switch (e.code) {
    case "TAB_AS_INDENT":
      return { message: L.tab, hint: L.tabHint };
    case "DUPLICATE_KEY": {
      const key = /^\s*(?:"([^"]*)"|'([^']*)'|([^:#\n]*?))\s*:/.exec(text.slice(offset, offset + 200));
      const name = (key?.[1] ?? key?.[2] ?? key?.[3] ?? "").trim();
      return { message: L.duplicateKey(name), hint: L.duplicateKeyHint };
    }
    case "MISSING_CHAR":
      if (/quote/i.test(original)) return { message: L.unclosedQuote, hint: L.unclosedQuoteHint };
      return { message: { vi: `thiếu ký tự đóng (${original})`, en: original } };
    case "MULTIPLE_DOCS":
      return { message: L.multipleDocs, hint: L.multipleDocsHint };
    case "BLOCK_AS_IMPLICIT_KEY":
      return { message: L.colonInValue, hint: L.colonInValueHint };
    case "MULTILINE_IMPLICIT_KEY":
      return { message: L.missingColon, hint: L.missingColonHint };
    case "KEY_OVER_1024_CHARS":
      return { message: L.longKey, hint: L.missingColonHint };
    case "BAD_INDENT":
      return { message: { vi: `thụt lề sai (${original})`, en: original } };
    default:
      return { message: { vi: original, en: original } };
  }
}

/** Messages of the load stage that the shared catalogue does not have. */
const L = {
  tab: { vi: "dòng được thụt lề bằng phím Tab.", en: "the line is indented with a Tab." },
  tabHint: {
    vi: "YAML chỉ nhận dấu cách để thụt lề: thay mỗi Tab ở đầu dòng bằng dấu cách (thường là 2). Trong trình soạn thảo, bật \"chèn dấu cách khi nhấn Tab\".",
    en: "YAML indents with spaces only: replace each Tab at the start of the line with spaces (usually 2), and set your editor to insert spaces for Tab.",
  },
  duplicateKey: (k: string) => ({ vi: `khóa "${k}" được viết hai lần.`, en: `the key "${k}" is written twice.` }),
  duplicateKeyHint: { vi: "Mỗi khóa chỉ được viết một lần trong cùng một nhóm: xóa hoặc gộp dòng bị lặp.", en: "Each key may appear once in a mapping: remove or merge the repeated line." },
  unclosedQuote: { vi: "chuỗi mở dấu ngoặc kép ở đây nhưng không đóng lại.", en: "a quoted string opens here and is never closed." },
  unclosedQuoteHint: {
    vi: "Thêm dấu ngoặc đóng ở cuối chuỗi. Ngoặc cong “ ” của Word không dùng được: gõ lại bằng dấu \" thẳng.",
    en: "Close the string with the same quote. Word's curly quotes “ ” do not count: retype them as straight \" quotes.",
  },
  multipleDocs: { vi: "tệp có nhiều tài liệu YAML (ngăn bởi dòng ---).", en: "the file holds several YAML documents (separated by ---)." },
  multipleDocsHint: { vi: "Mỗi tệp chỉ chứa một kế hoạch: xóa dòng --- hoặc tách thành nhiều tệp.", en: "One file holds one plan: remove the --- line or split the file." },
  colonInValue: { vi: "giá trị có dấu \": \" bên trong, hoặc dòng bị thụt lề sai.", en: "the value contains \": \", or the line is indented wrongly." },
  colonInValueHint: {
    vi: "Nếu giá trị có dấu hai chấm, đặt cả giá trị trong ngoặc kép (\"…\"); nếu không, thụt lề dòng này bằng các dòng cùng cấp.",
    en: "If the value contains a colon, quote the whole value (\"…\"); otherwise indent the line like its siblings.",
  },
  missingColon: { vi: "thiếu dấu hai chấm sau tên khóa, hoặc dòng bị thụt lề sai.", en: "a colon is missing after the key, or the line is indented wrongly." },
  missingColonHint: { vi: "Viết \"khóa: giá trị\" (có dấu cách sau dấu hai chấm) và thụt lề bằng các dòng cùng cấp.", en: "Write \"key: value\" (with a space after the colon) and indent the line like its siblings." },
  longKey: { vi: "khóa dài quá 1024 ký tự: có lẽ thiếu dấu hai chấm, hoặc một đoạn văn bị viết như một khóa.", en: "a key longer than 1024 characters: probably a missing colon, or a paragraph written as a key." },
  unknownAlias: (a: string) => ({
    vi: `Giá trị bắt đầu bằng dấu * nên YAML hiểu "*${a}" là một bí danh (alias), nhưng bí danh này chưa được khai báo.`,
    en: `The value starts with "*", so YAML reads "*${a}" as an alias, and no such anchor exists.`,
  }),
  unknownAliasHint: (a: string) => ({
    vi: `Nếu đây là chữ đậm hoặc nghiêng, đặt cả giá trị trong ngoặc kép, ví dụ "*${a} …". Nếu là bí danh, khai báo &${a} ở phía trên.`,
    en: `If this is bold or italic text, quote the whole value, e.g. "*${a} …". If it is an alias, define &${a} above it.`,
  }),
  leadingStar: {
    vi: "giá trị bắt đầu bằng dấu * (chữ đậm, nghiêng) phải đặt trong ngoặc kép.",
    en: "a value that starts with * (bold, italic) must be quoted.",
  },
  leadingStarHint: {
    vi: "Ví dụ: - \"**Kinh phí:** theo quy định.\" (không có ngoặc kép, YAML hiểu dấu * ở đầu là một bí danh).",
    en: "For example: - \"**Kinh phí:** theo quy định.\" (unquoted, YAML reads a leading * as an alias).",
  },
  cyclicAlias: (a: string) => ({ vi: `Bí danh YAML *${a} tự trỏ vào chính nó (vòng lặp).`, en: `The YAML alias *${a} refers to itself (a cycle).` }),
  complexKey: { vi: "Khóa phải là một tên (chữ), không phải danh sách hay nhóm khóa.", en: "A key must be a name, not a list or a mapping." },
  complexKeyHint: { vi: "Viết \"ten_khoa: giá trị\"; dấu \"?\" và ngoặc [ ] hoặc { } không dùng làm khóa.", en: "Write \"key: value\"; \"?\", [ ] and { } cannot form a key." },
} as const;
