#!/usr/bin/env node
// Cold `kehoach check` of the Kông Chro plan: the figure issue 11 bounds (the spelling and
// cross-reference rules must keep it under 1.5× the cold time measured before them).
// Run alone (`node bench/check-rules.mjs [--runs N]`) or from bench/run.mjs (`checkRulesBench`).
// Not a test: it prints figures and never fails on a slow machine.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PLAN = join(ROOT, "plans/huyen-kong-chro-2022.yaml");
/** Median cold check of the Kông Chro plan before issue 11's rules (commit e62b999, this machine,
 * 2 shared cores, node 20.20): the yardstick the 1.5× bound is measured against. */
export const COLD_CHECK_BEFORE_MS = Number(process.env.KEHOACH_CHECK_BASELINE_MS ?? 0) || undefined;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Cold check runs of `bin` (default: the package's bin) on the Kông Chro plan: wall times in ms. */
export function coldCheckTimes(runs = 11, bin = join(ROOT, JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).bin.kehoach)) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, [bin, "check", PLAN], { cwd: ROOT, env: { ...process.env, CI: "true", NO_COLOR: "1" }, encoding: "utf8" });
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return ms;
}

/** Print the cold check figures (and the ratio to the recorded baseline, when there is one). */
export function checkRulesBench({ runs = 11, baselineMs = COLD_CHECK_BEFORE_MS } = {}) {
  const ms = coldCheckTimes(runs);
  const m = median(ms);
  const ratio = baselineMs ? `  = ${(m / baselineMs).toFixed(2)}× the ${baselineMs.toFixed(0)} ms before issue 11 (bound: 1.5×)` : "";
  console.log(`${"cold: kehoach check <Kông Chro plan> (rules)".padEnd(44)} ${m.toFixed(0).padStart(9)} ms  [${Math.min(...ms).toFixed(0)} – ${Math.max(...ms).toFixed(0)}]${ratio}`);
  return { median: m, min: Math.min(...ms), max: Math.max(...ms), runs: ms.length, baselineMs };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const i = process.argv.indexOf("--runs");
  checkRulesBench({ runs: i > 0 ? Number(process.argv[i + 1]) : 11 });
}
