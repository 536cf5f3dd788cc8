// zod path → YAML node → line:column. A missing key points at the object that lacks it.
import { isMap, isNode, isPair, isScalar, isSeq, type Document, type Node } from "yaml";
import type { SourceFile } from "./source-file.js";

export type Path = readonly (string | number)[];

export interface Place {
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
export function keyNodeAt(doc: Document, path: Path): Node | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAt(doc, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(last));
  return pair && isNode(pair.key) ? pair.key : undefined;
}

function placeOf(source: SourceFile, node: Node): Place {
  const [start, end] = node.range ?? [0, 0];
  const { line, column } = source.position(start);
  const sameLine = source.lineText(line).length - column + 1;
  return { line, column, length: Math.max(1, Math.min(end - start, sameLine)) };
}

/** Where to point for a problem with the value at `path`: the value, else its key, else the nearest parent. */
export function locate(doc: Document, source: SourceFile, path: Path): Place {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    // For a missing or failing part of an object, the object's own key line ("ky:") is clearest.
    const key = n < path.length ? keyNodeAt(doc, sub) : undefined;
    if (key) return placeOf(source, key);
    const node = nodeAt(doc, sub);
    if (node?.range) return placeOf(source, node);
  }
  return { line: 1, column: 1, length: 1 };
}

/** Where a key is written (for unknown keys). */
export function locateKey(doc: Document, source: SourceFile, path: Path): Place {
  const key = keyNodeAt(doc, path);
  return key ? placeOf(source, key) : locate(doc, source, path);
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
