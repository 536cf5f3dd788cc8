#!/usr/bin/env node
// Cold `kehoach check` of the Kông Chro plan: the figure issue 11 bounds (the spelling and
// cross-reference rules must keep it under 1.5× the cold time measured before them).
// Run alone (`node bench/check-rules.mjs [--runs N]`) or from bench/run.mjs (`checkRulesBench`).
// Not a test: it prints figures and never fails on a slow machine.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
// Checked in a folder of its own, with no .kehoach.yaml above it: both builds read the defaults
// (the repository's .kehoach.yaml names rules and keys an older build does not know).
const WORK = mkdtempSync(join(tmpdir(), "kehoach-check-bench-"));
const PLAN = join(WORK, "huyen-kong-chro-2022.yaml");
copyFileSync(join(ROOT, "plans/huyen-kong-chro-2022.yaml"), PLAN);
process.on("exit", () => rmSync(WORK, { recursive: true, force: true }));
/** A build from before issue 11 to compare with, run in turn with this one (the machine is shared,
 * so only interleaved runs compare fairly): `--before <path to its bundle main.js>`, or
 * KEHOACH_CHECK_BEFORE_BIN. Without it, only this build's figure is printed. */
const beforeArg = process.argv.indexOf("--before");
export const BEFORE_BIN = beforeArg > 0 ? process.argv[beforeArg + 1] : process.env.KEHOACH_CHECK_BEFORE_BIN;

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
    const r = spawnSync(process.execPath, [bin, "check", PLAN], { cwd: WORK, env: { ...process.env, CI: "true", NO_COLOR: "1" }, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${bin} check exited ${r.status}: ${r.stdout.slice(0, 300)}${r.stderr.slice(0, 300)}`);
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return ms;
}

/** Print the cold check figures (and, with a build from before, both in turn and their ratio). */
export function checkRulesBench({ runs = 11, before = BEFORE_BIN } = {}) {
  const now = [];
  const then = [];
  for (let i = 0; i < runs; i++) {
    now.push(...coldCheckTimes(1));
    if (before) then.push(...coldCheckTimes(1, before));
  }
  const m = median(now);
  const line = (name, xs) => `${name.padEnd(44)} ${median(xs).toFixed(0).padStart(9)} ms  [${Math.min(...xs).toFixed(0)} – ${Math.max(...xs).toFixed(0)}]`;
  console.log(line("cold: kehoach check <Kông Chro plan>, rules", now));
  if (before) {
    console.log(line("  same, the build before issue 11", then));
    console.log(`  ratio ${(m / median(then)).toFixed(2)}× (issue 11 bound: 1.5×)`);
  }
  return { median: m, min: Math.min(...now), max: Math.max(...now), runs: now.length, beforeMedian: before ? median(then) : undefined };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const i = process.argv.indexOf("--runs");
  checkRulesBench({ runs: i > 0 ? Number(process.argv[i + 1]) : 11 });
}
