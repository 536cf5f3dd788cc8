// Where a finding is: YAML path (and a needle or a part of the value inside it), offset or
// paragraph → file:line:column (or file:¶N) with a code frame. The one place positions are found.
import { isMap, isNode, isPair, isScalar, isSeq, type Document, type Node } from "yaml";
import type { Diagnostic, Severity } from "./diagnostic.js";
import type { Finding, Path } from "./finding.js";
import type { SourceFile } from "./source-file.js";

export type { Path };

/** What findings are located in: the file, and its text and YAML tree when there are any. */
export interface LocateTarget {
  file: string;
  source?: SourceFile;
  doc?: Document;
}

interface Place {
  line: number;
  column: number;
  length: number;
}

export function nodeAt(doc: Document, path: Path): Node | undefined {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      node = pair?.value;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key];
    } else {
      return undefined;
    }
  }
  return isNode(node) ? node : undefined;
}

/** The key node of the pair at `path` (e.g. the "noi_nhan" in "noi_nhan: …"). */
function keyNodeAt(doc: Document, path: Path): Node | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAt(doc, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(last));
  return pair && isNode(pair.key) ? pair.key : undefined;
}

function nodePlace(source: SourceFile, node: Node): Place {
  const [start, end] = node.range ?? [0, 0];
  const { line, column } = source.position(start);
  const sameLine = source.lineText(line).length - column + 1;
  return { line, column, length: Math.max(1, Math.min(end - start, sameLine)) };
}

/** Where to point for a problem with the value at `path`: the value, else its key, else the nearest parent. */
function pathPlace(doc: Document, source: SourceFile, path: Path): Place {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    // For a missing or failing part of an object, the object's own key line ("ky:") is clearest.
    const key = n < path.length ? keyNodeAt(doc, sub) : undefined;
    if (key) return nodePlace(source, key);
    const node = nodeAt(doc, sub);
    if (node?.range) return nodePlace(source, node);
  }
  return { line: 1, column: 1, length: 1 };
}

/** The plain value at `path` (own properties only), or undefined. */
export function valueAt(value: unknown, path: Path): unknown {
  let cur = value;
  for (const k of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = Object.prototype.hasOwnProperty.call(cur, k) ? (cur as Record<string | number, unknown>)[k] : undefined;
  }
  return cur;
}

/**
 * Where the wrong part of a value stands in the node's source. The value and its source differ
 * (indentation, quotes, folded lines), so the part is looked for with the rest of its line after
 * it, then with the start of its line before it, then alone; the k-th occurrence in the value is
 * taken as the k-th in the source.
 */
export function findWithin(text: string, range: readonly number[], w: { value: string; index: number; length: number }): number | undefined {
  const [start, end] = [range[0]!, range[1]!];
  const slice = text.slice(start, end);
  const { value, index } = w;
  const lineStart = value.lastIndexOf("\n", index - 1) + 1;
  const nl = value.indexOf("\n", index);
  const lineEnd = nl < 0 ? value.length : nl;
  const length = Math.max(1, Math.min(w.length, lineEnd - index));
  const lead = value.slice(lineStart, index).trimStart();
  const tries: [string, number][] = [
    [value.slice(index, Math.min(lineEnd, index + Math.max(length, 60))), 0],
    [lead + value.slice(index, index + length), lead.length],
    [value.slice(index, index + length), 0],
  ];
  for (const [needle, shift] of tries) {
    if (needle.trim() === "") continue;
    const from = index - shift;
    let k = 0;
    for (let i = value.indexOf(needle); i >= 0 && i < from; i = value.indexOf(needle, i + 1)) k++;
    let at = -1;
    for (let i = 0; i <= k; i++) {
      at = slice.indexOf(needle, at + 1);
      if (at < 0) break;
    }
    if (at >= 0) return start + at + shift;
  }
  return undefined;
}

/**
 * A needle standing alone on a line is preferred (a paragraph of a text block), else its first
 * occurrence. Plain string search: a regular expression built from the needle breaks on long
 * input ("Regular expression too large" on a paragraph of 35,000 dots).
 */
function findNeedle(text: string, range: readonly number[], needle: string): number | undefined {
  const slice = text.slice(range[0], range[1]);
  const blank = (s: string) => /^[ \t]*$/.test(s);
  if (!needle.includes("\n")) {
    // Line by line: linear whatever the text.
    let lineStart = 0;
    for (const line of slice.split("\n")) {
      const k = line.indexOf(needle);
      if (k >= 0 && blank(line.slice(0, k)) && blank(line.slice(k + needle.length).replace(/\r$/, ""))) return range[0]! + lineStart + k;
      lineStart += line.length + 1;
    }
  } else {
    for (let i = slice.indexOf(needle); i >= 0; i = slice.indexOf(needle, i + 1)) {
      const lineStart = slice.lastIndexOf("\n", i - 1) + 1;
      const next = slice.indexOf("\n", i + needle.length);
      if (blank(slice.slice(lineStart, i)) && blank(slice.slice(i + needle.length, next < 0 ? slice.length : next).replace(/\r$/, ""))) return range[0]! + i;
    }
  }
  const i = slice.indexOf(needle);
  return i < 0 ? undefined : range[0]! + i;
}

/** The place of a finding in a YAML source. */
function sourcePlace(f: Finding, source: SourceFile, doc: Document | undefined): Place {
  let offset = f.offset;
  let length = f.length ?? 1;
  if (offset === undefined && doc && f.path && (f.within || f.needle)) {
    const node = nodeAt(doc, f.path);
    if (node?.range) {
      const inside = f.within ? findWithin(source.text, node.range, f.within) : undefined;
      const found = inside ?? (f.needle ? findNeedle(source.text, node.range, f.needle) : undefined);
      if (found !== undefined) {
        offset = found;
        length = f.length ?? (inside !== undefined ? f.within!.length : f.needle!.length);
      }
    }
  }
  if (offset !== undefined) return { ...source.position(offset), length };
  if (!doc || !f.path) return { line: 1, column: 1, length: 1 };
  if (f.atKey) {
    const key = keyNodeAt(doc, f.path);
    if (key) return nodePlace(source, key);
  }
  const place = pathPlace(doc, source, f.path);
  return f.length === undefined ? place : { ...place, length: f.length };
}

/** A finding → a located diagnostic: line:column and code frame in a source, ¶N in a document, or the file. */
export function locate(f: Finding, target: LocateTarget, defaults: { code: string; severity?: Severity }): Diagnostic {
  const base = {
    severity: f.severity ?? defaults.severity ?? "error",
    file: target.file,
    message: f.message,
    hint: f.hint,
    code: f.code ?? defaults.code,
  };
  if (f.paragraph !== undefined) {
    const quote = f.quote === undefined ? undefined : oneLine(f.quote);
    return { ...base, line: 0, column: 0, paragraph: f.paragraph, ...(quote ? { quote, frame: `“${quote}”` } : {}), ...(f.page !== undefined ? { page: f.page } : {}) };
  }
  const { source } = target;
  if (f.line !== undefined) {
    const column = f.column ?? 0;
    return { ...base, line: f.line, column, frame: source && column > 0 ? source.frame(f.line, column, f.length ?? 1) : undefined };
  }
  if (!source || (f.path === undefined && f.offset === undefined)) return { ...base, line: 0, column: 0 };
  const place = sourcePlace(f, source, target.doc);
  const sameLine = Math.max(1, source.lineText(place.line).length - place.column + 1);
  return { ...base, line: place.line, column: place.column, frame: source.frame(place.line, place.column, Math.max(1, Math.min(place.length, sameLine))) };
}

/** A paragraph's words as quoted: the start of its text, on one line. */
function oneLine(quote: string): string {
  const one = quote.replace(/\s+/g, " ").trim();
  return one.length > 100 ? one.slice(0, 100) + "…" : one;
}

/** A finding in a YAML file that has been read: `loaded` gives its text and tree. */
export function locateYaml(loaded: { source: SourceFile; doc?: Document }, f: Finding, code: string): Diagnostic {
  return locate(f, { file: loaded.source.path, source: loaded.source, doc: loaded.doc }, { code });
}
