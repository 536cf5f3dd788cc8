#!/usr/bin/env node
// kehoach batch of 1 to 10,000 Kông Chro-size plans: wall time and peak memory (RSS of the whole
// process, worker threads included), with one thread and with every core.
//
//   node bench/batch.mjs [--rows 10000] [--runs 3] [--jobs 1,2] [--before <old dist/bundle/main.js>]
//
// With --before, the same batches run with an older build in turn with this one (the machine is
// shared, so only interleaved runs compare fairly), and both figures are printed. Called by
// bench/run.mjs (`benchBatch`) for the usual sizes. Not a test: it prints figures, never fails on a
// slow machine.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const HOOK = join(ROOT, "bench/rss-hook.cjs");
const BIN = join(ROOT, "dist/bundle/main.js");
const PLAN = join(ROOT, "plans/huyen-kong-chro-2022.yaml");

/** The district plan with its place as a placeholder, and a table of `n` communes. */
export function batchInputs(work, n) {
  const template = join(work, "template.yaml");
  writeFileSync(template, readFileSync(PLAN, "utf8").replace(/^dia_danh: .*$/m, 'dia_danh: "{{xa}}"'));
  const data = join(work, `data-${n}.csv`);
  writeFileSync(data, "xa\n" + Array.from({ length: n }, (_, i) => `Xã số ${i + 1}`).join("\n") + "\n");
  return { template, data };
}

/** One cold batch with `bin`: wall ms and peak RSS bytes; throws unless every file was written. */
export function coldBatch({ bin = BIN, work, n, jobs }) {
  const { template, data } = batchInputs(work, n);
  const out = join(work, `out-${n}-${jobs}`);
  rmSync(out, { recursive: true, force: true });
  const rssFile = join(work, `rss-${process.hrtime.bigint()}`);
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--require", HOOK, bin, "batch", template, "--data", data, "--out", out, "--jobs", String(jobs), "--name", "{{slug xa}}.docx"], {
    cwd: ROOT,
    env: { ...process.env, CI: "true", NO_COLOR: "1", KEHOACH_BENCH_RSS_FILE: rssFile },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${bin} batch of ${n} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const written = readdirSync(out).length;
  if (written !== n) throw new Error(`batch of ${n} wrote ${written} files`);
  rmSync(out, { recursive: true, force: true });
  let rss = 0;
  try {
    rss = Number(readFileSync(rssFile, "utf8"));
  } catch {
    // no figure written (the process died before exit): report 0 MB rather than fail the bench
  }
  return { ms, rss };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1], runs: s.length };
};

/** Batches of each size with 1 thread and with every core; `before`: an older build, in turn. */
export function benchBatch({ row, work, sizes, jobsList = [1, availableParallelism()], runsFor = (n) => (n >= 10000 ? 1 : n >= 1000 ? 3 : 5), before }) {
  for (const n of sizes) {
    for (const jobs of [...new Set(jobsList)]) {
      const now = [];
      const then = [];
      for (let i = 0; i < runsFor(n); i++) {
        now.push(coldBatch({ work, n, jobs }));
        if (before) then.push(coldBatch({ bin: before, work, n, jobs }));
      }
      const summary = (xs) => ({ ms: stats(xs.map((x) => x.ms)), rssMax: Math.max(...xs.map((x) => x.rss)) });
      const r = summary(now);
      row(`batch: ${n} plans, --jobs ${jobs}`, r, { plansPerSecond: (n * 1000) / r.ms.median, n, jobs });
      if (before) {
        const b = summary(then);
        row(`  same, the build given by --before`, b, { plansPerSecond: (n * 1000) / b.ms.median, n, jobs, note: `time ${(r.ms.median / b.ms.median).toFixed(2)}×, memory ${(r.rssMax / b.rssMax).toFixed(2)}×` });
      }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const work = mkdtempSync(join(tmpdir(), "kehoach-batch-bench-"));
  process.on("exit", () => rmSync(work, { recursive: true, force: true }));
  const row = (name, r, extra = {}) => {
    const mb = r.rssMax ? `${(r.rssMax / 1024 / 1024).toFixed(0)} MB` : "";
    const rate = extra.plansPerSecond ? `${extra.plansPerSecond.toFixed(0)} plans/s` : "";
    console.log(`${name.padEnd(40)} ${r.ms.median.toFixed(0).padStart(8)} ms  [${r.ms.min.toFixed(0)} – ${r.ms.max.toFixed(0)}]  ${mb.padStart(7)}  ${rate}${extra.note ? "  " + extra.note : ""}`);
  };
  const runs = arg("--runs");
  benchBatch({
    row,
    work,
    sizes: (arg("--rows") ?? "10000").split(",").map(Number),
    jobsList: arg("--jobs")?.split(",").map(Number),
    runsFor: runs ? () => Number(runs) : undefined,
    before: arg("--before"),
  });
}
