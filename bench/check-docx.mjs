// check of a folder of 1,000 Word files (issue 10: under 20 s on 2 cores). The folder holds the
// Kông Chro district plan rendered for 1,000 places by `kehoach batch` (so 1,000 different
// .docx), checked cold by the CLI with the layout rules and every plan rule on the recognised
// plan. Prints wall time (median) and the CPU time the check process used, with the machine's
// load average beside them (a shared machine stretches wall time, not CPU time).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";

/** @param {{ ROOT: string, BIN: string, PLAN: string, quick: boolean, row: Function, stats: Function }} ctx */
export function benchCheckDocx({ ROOT, BIN, PLAN, quick, row, stats }) {
  const n = 1000;
  const work = mkdtempSync(join(tmpdir(), "kehoach-bench-docx-"));
  const template = join(work, "template.yaml");
  writeFileSync(template, readFileSync(PLAN, "utf8").replace(/^dia_danh: .*$/m, 'dia_danh: "{{xa}}"'));
  const data = join(work, "data.csv");
  writeFileSync(data, "xa\n" + Array.from({ length: n }, (_, i) => `Xã số ${i + 1}`).join("\n") + "\n");
  const out = join(work, "docx");
  const made = spawnSync(process.execPath, [BIN, "batch", template, "--data", data, "--out", out, "--name", "{{slug xa}}.docx"], { cwd: ROOT, encoding: "utf8" });
  if (made.status !== 0) throw new Error(`batch for the check bench failed: ${made.stderr.slice(0, 300)}`);
  if (readdirSync(out).length !== n) throw new Error(`expected ${n} .docx files`);

  const wall = [];
  const cpu = [];
  const load = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    load.push(loadavg()[0]);
    // bash's `time` gives the child's CPU time; the report goes to a file, as CI would keep it.
    const r = spawnSync("bash", ["-c", `TIMEFORMAT='%R %U %S'; time "${process.execPath}" "${BIN}" check "${out}" --format json -o "${join(work, "report.json")}" 2>/dev/null`], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    const [real, user, sys] = r.stderr.trim().split("\n").pop().split(" ").map(Number);
    if (r.status !== 0) throw new Error(`check of ${n} .docx exited ${r.status}`);
    const report = JSON.parse(readFileSync(join(work, "report.json"), "utf8"));
    if (report.summary.files !== n || report.diagnostics.length !== 0) throw new Error(`check of ${n} .docx: ${report.summary.files} files, ${report.diagnostics.length} findings`);
    wall.push(real * 1000);
    cpu.push((user + sys) * 1000);
  }
  const w = stats(wall);
  const c = stats(cpu);
  row(`check: ${n} .docx (cold, one process)`, { ms: w }, { n, cpuMs: c.median, load1: Math.round(stats(load).median * 10) / 10, note: `CPU ${(c.median / 1000).toFixed(1)} s; load ${stats(load).median.toFixed(1)}` });
  console.log(`check of ${n} .docx: ${(w.median / 1000).toFixed(1)} s wall, ${(c.median / 1000).toFixed(1)} s CPU (${(c.median / n).toFixed(1)} ms a file; load average ${stats(load).median.toFixed(1)} on ${availableParallelism()} cores)`);
  rmSync(work, { recursive: true, force: true });
}
