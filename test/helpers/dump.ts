// For scripts/compare-outputs.mjs: when KEHOACH_DUMP names a file, every CLI run and in-process
// check of the tests is appended to it (one JSON line each), so a refactor can be compared with
// the code before it, message by message.
import { appendFileSync } from "node:fs";
import { expect } from "vitest";

export function dump(kind: string, record: Record<string, unknown>): void {
  const file = process.env.KEHOACH_DUMP;
  if (!file) return;
  const s = expect.getState();
  const test = `${(s.testPath ?? "").replace(/^.*\/test\//, "test/")} > ${s.currentTestName ?? ""}`;
  appendFileSync(file, `${JSON.stringify({ kind, test, ...record })}\n`);
}
