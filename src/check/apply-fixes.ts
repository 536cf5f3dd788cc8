// check --fix / --fix-dry-run: the safe fixes the rules found (NFC and legacy glyphs, spaces and
// punctuation, a dash's missing space, number spacing, confusions marked safe) applied to the
// YAML file in place. Each fix replaces the characters of one scalar's source text, so comments,
// key order, quoting and every other byte stay as they are; the result is parsed again with the
// yaml package's Document API and must hold the same keys and no error, or nothing is written.
// Fixes never add or remove a line, so a dry run's unified diff pairs lines one to one.
import { readFileSync } from "node:fs";
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from "yaml";
import type { Diagnostic } from "../findings/diagnostic.js";
import type { SourceFix } from "./check-file.js";
import { msg, t } from "../i18n/i18n.js";

export interface FixOutcome {
  /** The fixed text (undefined when nothing was, or could be, fixed). */
  text?: string;
  applied: SourceFix[];
  /** Lines for the user: what changed, or why nothing was. */
  report: string[];
}

const YAML_ERRORS = new Set(["yaml-syntax", "input", "limit"]);

/** The shape of a YAML document (keys and item counts), to see that fixes only touched values. */
function shape(node: unknown): string {
  if (isMap(node)) return `{${node.items.map((p) => (isPair(p) && isScalar(p.key) ? `${String(p.key.value)}:${shape(p.value)}` : "?")).join(",")}}`;
  if (isSeq(node)) return `[${node.items.map((i) => shape(i as Node)).join(",")}]`;
  return isScalar(node) ? typeof node.value : "";
}

/** Apply `fixes` to the file; with `write` false, only compute the result. */
export function computeFixes(file: string, diagnostics: readonly Diagnostic[], fixes: readonly SourceFix[]): FixOutcome {
  if (diagnostics.some((d) => YAML_ERRORS.has(d.code))) return { applied: [], report: [t(msg("check.fix.yamlErrors", { file }))] };
  if (fixes.length === 0) return { applied: [], report: [] };
  const bytes = readFileSync(file);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? "\uFEFF" : "";
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(bom ? 3 : 0));
  } catch {
    return { applied: [], report: [t(msg("check.fix.encoding", { file }))] };
  }
  if (/\r(?!\n)/.test(raw)) return { applied: [], report: [t(msg("check.fix.encoding", { file }))] };

  const applied: SourceFix[] = [];
  let out = "";
  let at = 0;
  for (const f of fixes) {
    const from = raw.slice(f.start, f.end);
    if (f.start < at || from.includes("\n") || f.text.includes("\n") || from === f.text) continue;
    out += raw.slice(at, f.start) + f.text;
    at = f.end;
    applied.push(f);
  }
  out += raw.slice(at);
  if (applied.length === 0) return { applied: [], report: [] };

  const before = parseDocument(raw, { prettyErrors: false });
  const after = parseDocument(out, { prettyErrors: false });
  if (after.errors.length > 0 || shape(after.contents) !== shape(before.contents)) {
    return { applied: [], report: [t(msg("check.fix.yamlErrors", { file }))] };
  }
  const report = [t(msg("check.fix.changed", { file, count: applied.length }))];
  for (const f of applied) {
    report.push(t(msg("check.fix.line", { line: f.line, column: f.column, rule: f.rule, from: raw.slice(f.start, f.end), to: f.text })));
  }
  return { text: bom + out, applied, report };
}

/** A unified diff of two texts with the same number of lines (fixes keep lines), 3 lines of context. */
export function unifiedDiff(file: string, before: string, after: string): string {
  const a = before.split("\n");
  const b = after.split("\n");
  const changed: number[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) changed.push(i);
  if (changed.length === 0) return "";
  const out = [`--- a/${file}`, `+++ b/${file}`];
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - 3);
    let end = Math.min(a.length, changed[k]! + 4);
    let j = k;
    while (j + 1 < changed.length && changed[j + 1]! - 3 <= end) {
      j++;
      end = Math.min(a.length, changed[j]! + 4);
    }
    out.push(`@@ -${start + 1},${end - start} +${start + 1},${end - start} @@`);
    for (let i = start; i < end; i++) {
      if (a[i] === b[i]) out.push(` ${a[i]}`);
      else out.push(`-${a[i]}`, `+${b[i]}`);
    }
    k = j + 1;
  }
  return out.join("\n") + "\n";
}
