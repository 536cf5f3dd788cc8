#!/usr/bin/env node
// npm run bench: speed and memory of kehoach on this machine, printed as a table and written as
// JSON to bench/results/latest.json. Medians of several runs, with min and max beside them.
// Not a test: nothing here fails on a slow machine; the figures go in the README.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).bin.kehoach);
const PLAN = join(ROOT, "plans/huyen-kong-chro-2022.yaml");
const HOOK = join(ROOT, "bench/rss-hook.cjs");
const quick = process.argv.includes("--quick");
const work = mkdtempSync(join(tmpdir(), "kehoach-bench-"));

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1], runs: s.length };
};

/** Run the CLI cold (a new process), return wall ms and peak RSS bytes. */
function cold(args) {
  const rssFile = join(work, `rss-${process.hrtime.bigint()}`);
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--require", HOOK, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, CI: "true", NO_COLOR: "1", KEHOACH_BENCH_RSS_FILE: rssFile },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && !args.includes("check")) throw new Error(`kehoach ${args.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  let rss = 0;
  try {
    rss = Number(readFileSync(rssFile, "utf8"));
  } catch {
    // no figure written (the process died before exit): report 0 MB rather than fail the bench
  }
  return { ms, rss };
}

function repeat(n, fn) {
  const ms = [];
  const rss = [];
  for (let i = 0; i < n; i++) {
    const r = fn();
    ms.push(r.ms);
    rss.push(r.rss);
  }
  return { ms: stats(ms), rssMax: Math.max(...rss) };
}

const results = { machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version }, date: new Date().toISOString(), rows: [] };
const row = (name, r, extra = {}) => {
  results.rows.push({ name, ...r, ...extra });
  const f = (x) => (x === undefined ? "" : x.toFixed(x < 10 ? 2 : 0));
  const mb = r.rssMax ? `${(r.rssMax / 1024 / 1024).toFixed(0)} MB` : "";
  const rate = extra.plansPerSecond ? `${extra.plansPerSecond.toFixed(0)} plans/s` : "";
  console.log(`${name.padEnd(44)} ${f(r.ms.median).padStart(9)} ms  [${f(r.ms.min)} – ${f(r.ms.max)}]  ${mb.padStart(7)}  ${rate}${extra.note ? "  " + extra.note : ""}`);
};

console.log(`kehoach bench — ${results.machine.cpus} cores, ${results.machine.model}, node ${results.machine.node}\n`);
console.log(`${"what".padEnd(44)} ${"median".padStart(9)}     [min – max]       peak RSS`);

// 1. Cold start of the command line.
const coldRuns = quick ? 5 : 11;
row("cold: kehoach --version", repeat(coldRuns, () => cold(["--version"])));
row("cold: kehoach render <Kông Chro plan>", repeat(coldRuns, () => cold(["render", PLAN, "-o", join(work, "kong-chro.docx")])));
row("cold: kehoach check <Kông Chro plan>", repeat(coldRuns, () => cold(["check", PLAN])));
results.checkRules = (await import("./check-rules.mjs")).checkRulesBench({ runs: coldRuns });

// 2. In-process render per plan, and the plain docx-library yardstick on the same content.
const { readPlan, modelPlan, writeDocument } = await import(join(ROOT, "dist/pipeline.js"));
const { pageLayout } = await import(join(ROOT, "dist/write/docx/page-layout.js"));
const { libraryDocument } = await import(join(ROOT, "dist/write/docx/library-backend.js"));
const { Packer } = await import("docx");
const plan = readPlan(PLAN);
const perPlan = async (fn, n) => {
  for (let i = 0; i < 20; i++) await fn();
  const samples = [];
  for (let k = 0; k < 7; k++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6 / n);
  }
  return { ms: stats(samples) };
};
const ours = await perPlan(async () => writeDocument(modelPlan(plan), "docx"), quick ? 50 : 200);
const yard = await perPlan(async () => {
  const { document } = modelPlan(plan);
  return Packer.toBuffer(libraryDocument(pageLayout(document), document.summary.join(" ")));
}, quick ? 20 : 60);
row("in-process: kehoach render, per plan", ours, { plansPerSecond: 1000 / ours.ms.median });
row("in-process: plain docx library, per plan", yard, { plansPerSecond: 1000 / yard.ms.median, note: `kehoach is ${(yard.ms.median / ours.ms.median).toFixed(1)}× faster` });

// 3. Batch: one Kông Chro-size template (the district plan with its place as a placeholder),
// 1 to 10,000 rows, one thread and every core (bench/batch.mjs; --before there compares builds).
(await import("./batch.mjs")).benchBatch({ row, work, sizes: quick ? [1, 100, 1000] : [1, 100, 1000, 10000] });

// 4. Import of a Kông Chro-size .docx, cold, against a cold render (bench/import.mjs).
await (await import("./import.mjs")).benchImport({ cold, repeat, row, work, plan: PLAN, quick });
// 5. check of a folder of 1,000 .docx (bench/check-docx.mjs).
(await import("./check-docx.mjs")).benchCheckDocx({ ROOT, BIN, PLAN, quick, row, stats });

mkdirSync(join(ROOT, "bench/results"), { recursive: true });
writeFileSync(join(ROOT, "bench/results/latest.json"), JSON.stringify(results, null, 2) + "\n");
rmSync(work, { recursive: true, force: true });
console.log(`\nwritten: bench/results/latest.json`);

// The live preview (save → updated page) and PDF output: bench/preview.mjs.
spawnSync(process.execPath, [join(ROOT, "bench/preview.mjs"), ...(quick ? ["--quick"] : [])], { stdio: "inherit" });
