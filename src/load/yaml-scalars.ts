// Scalars as the officer typed them. YAML reads "0912345678" as 912345678, "10.000" as 10,
// "12.50" as 12.5, "0x1F" as 31 and rounds 20-digit numbers; a document must print what was
// written. So a plain scalar read as a number keeps its source text unless the number gives that
// text back exactly ("12", "1.5", "-3" stay numbers: they print the same). YAML 1.1 (octal 012,
// sexagesimal 7:30, timestamps) and explicit tags (!!binary, !!timestamp, !!int…) are refused,
// located, for plans and for YAML/JSON data alike: they change or hide what was typed.
import { isCollection, isPair, isScalar, visit, type Document } from "yaml";
import type { SourceFile } from "../findings/source-file.js";

/** Tags that change nothing: a string, a mapping, a list. */
const NEUTRAL_TAGS = new Set(["tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"]);

export interface ScalarProblem {
  kind: "version" | "tag";
  offset: number;
  length: number;
  /** The declared version ("1.1") or the tag as written ("!!binary"). */
  text: string;
}

/** A %YAML directive other than 1.2, and every explicit tag that is not !!str, !!map or !!seq. */
export function scalarProblems(doc: Document.Parsed, source: SourceFile): ScalarProblem[] {
  const out: ScalarProblem[] = [];
  const directive = /^%YAML[ \t]+(\S+)/m.exec(source.text);
  if (directive && directive[1] !== "1.2") out.push({ kind: "version", offset: directive.index, length: directive[0].length, text: directive[1]! });
  visit(doc, {
    Node(_k, node) {
      if ((isScalar(node) || isCollection(node)) && node.tag && !NEUTRAL_TAGS.has(node.tag)) {
        // The tag is written just before the node's range: find it as typed ("!!binary", "!foo").
        const start = node.range?.[0] ?? 0;
        const before = source.text.slice(Math.max(0, start - 200), start);
        const m = /(![^\s,[\]{}]*)\s*$/.exec(before);
        const offset = m ? start - m[0].length : start;
        out.push({ kind: "tag", offset, length: m ? m[1]!.length : 1, text: m ? m[1]! : node.tag });
      }
      return undefined;
    },
  });
  return out;
}

/**
 * Give plain scalars read as numbers their source text back where the number would print
 * differently. `keep(path)` names keys whose values must stay numbers (a table's column widths).
 */
export function keepNumberText(doc: Document.Parsed, keepNumber: (key: unknown) => boolean = () => false): void {
  visit(doc, {
    Scalar(_k, node, path) {
      if (typeof node.value !== "number" || node.type !== "PLAIN" || typeof node.source !== "string") return;
      const parent = path[path.length - 1];
      const pair = isPair(parent) ? parent : path[path.length - 2];
      // A key stays what it is (keys are names); a number under a kept key stays a number.
      if (isPair(parent) && parent.key === node) return;
      if (isPair(pair) && isScalar(pair.key) && keepNumber(pair.key.value)) return;
      if (String(node.value) !== node.source) node.value = node.source;
    },
  });
}
