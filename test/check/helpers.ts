// Helpers for the check tests: write a plan to a temporary folder, run the check on it in-process,
// and compute where a piece of text stands in the YAML (1-based line:column) to compare positions.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { checkFile, type CheckFileOptions } from "../../src/check/check-file.js";
import { DEFAULT_CONFIG, type CheckConfig } from "../../src/check/config.js";
import { dump } from "../helpers/dump.js";
import { rendered, type Rendered } from "../helpers/rendered.js";

export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const fixture = (name: string) => join(FIXTURES, name);
/** A plan that passes every rule; tests change one thing at a time. */
export const CLEAN = readFileSync(fixture("clean.yaml"), "utf8");

export const TODAY = { year: 2024, month: 6, day: 1 };

export function tmp(prefix = "kehoach-check-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Write `text` as `name` inside a new temporary folder; returns the file's path. */
export function writePlan(text: string, name = "ke-hoach.yaml", dir = tmp()): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

export interface CheckTextOptions extends Partial<Omit<CheckFileOptions, "config">> {
  name?: string;
  config?: Partial<CheckConfig>;
}

/** Check a plan given as text; every diagnostic, sorted. */
export async function checkText(text: string, opts: CheckTextOptions = {}): Promise<Rendered[]> {
  const file = writePlan(text, opts.name);
  const r = await checkFile(file, {
    config: { ...DEFAULT_CONFIG, ...opts.config },
    final: opts.final ?? false,
    template: opts.template ?? false,
    rows: opts.rows,
    today: opts.today ?? TODAY,
    walked: opts.walked,
  });
  if (r.skipped) throw new Error("skipped");
  const out = r.diagnostics.map(rendered);
  dump("check", { text, findings: out.map((d) => ({ code: d.code, file: d.file, line: d.line, column: d.column, severity: d.severity, message: d.message, hint: d.hint })) });
  return out;
}

/** The diagnostics of one rule (or stage code). */
export async function findings(text: string, code: string, opts: CheckTextOptions = {}): Promise<Rendered[]> {
  return (await checkText(text, opts)).filter((d) => d.code === code);
}

/** "line:column" of the n-th (0-based) occurrence of `needle` in `text`. */
export function lineCol(text: string, needle: string, occurrence = 0): string {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not in the text`);
  }
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  const column = at - before.lastIndexOf("\n");
  return `${line}:${column}`;
}

/** "line:column" of what follows the n-th occurrence of `prefix` (the value after "kt: "). */
export function lineColAfter(text: string, prefix: string, occurrence = 0): string {
  const [line, column] = lineCol(text, prefix, occurrence).split(":").map(Number);
  return `${line}:${column! + prefix.length}`;
}

/** Whether a diagnostic points somewhere inside the first occurrence of `needle`. */
export function pointsInto(d: { line: number; column: number }, text: string, needle: string): boolean {
  const [line, column] = lineCol(text, needle).split(":").map(Number);
  return d.line === line && d.column >= column! && d.column < column! + needle.length;
}

export const where = (d: { line: number; column: number }) => `${d.line}:${d.column}`;

/** Replace one piece of the clean plan (it must be there exactly once). */
export function edit(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  expect(i, `"${from}" in the plan`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(from, i + 1), `"${from}" only once`).toBe(-1);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

/** A point of the clean plan that the word rules' tests rewrite: `say(text)` is the clean plan
 * with that point saying `text`. */
export const POINT = "Kiểm tra việc thực hiện chính sách, pháp luật về bình đẳng giới.";
export const say = (text: string) => edit(CLEAN, POINT, text);
