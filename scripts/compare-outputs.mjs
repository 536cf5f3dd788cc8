#!/usr/bin/env node
// Byte-for-byte comparison of everything kehoach writes, before and after a refactor.
//
//   node scripts/compare-outputs.mjs snapshot <dir>     build, then record every output in <dir>
//   node scripts/compare-outputs.mjs compare <a> <b>    list what differs (exit 1 when anything does)
//
// A snapshot holds: the three example plans rendered as .docx and .txt; the 14 Kông Chro commune
// plans (batch, .docx and .txt); the starter files of `kehoach new`; the help texts in both
// languages; and, by running the hostile, check, batch, cli, fault and report tests with
// KEHOACH_DUMP set (test/helpers/dump.ts), every CLI run of those tests (arguments, exit code,
// stdout, stderr) and every in-process check finding (code, file, line, column, message, hint).
// Temporary folder names and timings are normalised; records are sorted.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(new URL("..", import.meta.url).pathname);
const BIN = join(ROOT, "dist/bundle/main.js");
const TEST_DIRS = ["test/hostile", "test/check", "test/batch", "test/cli", "test/commands", "test/faults", "test/report", "test/plans", "test/load"];

function run(args, opts = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...opts.env }, encoding: "utf8", maxBuffer: 1 << 26 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function normalise(s) {
  let out = String(s)
    .replaceAll(ROOT, "<root>")
    .replace(/\/tmp\/[^\s"'/:]+/g, "/tmp/<tmp>")
    .replace(/\(\d+(\.\d+)? (giây|s)\)/g, "(<t> $2)");
  // mkdtemp's random suffix in folders below a temporary folder
  for (let i = 0; i < 3; i++) out = out.replace(/(\/tmp\/<tmp>\/[^\s"]*?)-[A-Za-z0-9]{6}(?=\/)/g, "$1-<r>");
  return out;
}

/** One test record, comparable across runs: concurrent tests share expect's state, so the test
 * name of a background run is not reliable; with --jobs the order of progress lines is not fixed. */
function recordLine(line) {
  const deep = (v) => (typeof v === "string" ? normalise(v) : Array.isArray(v) ? v.map(deep) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x)])) : v);
  const r = deep(JSON.parse(line));
  if (r.kind === "cli-async") delete r.test;
  if (Array.isArray(r.args) && r.args.includes("--jobs")) for (const k of ["stdout", "stderr"]) if (typeof r[k] === "string") r[k] = r[k].split("\n").sort().join("\n");
  return JSON.stringify(r);
}

function snapshot(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new Error("build failed");
  const log = [];
  const record = (name, r) => log.push({ name, code: r.code, stdout: normalise(r.stdout), stderr: normalise(r.stderr) });

  const out = join(dir, "files");
  mkdirSync(out);
  for (const plan of readdirSync(join(ROOT, "plans")).filter((f) => f.endsWith(".yaml")).sort()) {
    for (const fmt of ["docx", "txt"]) {
      record(`render ${plan} ${fmt}`, run(["render", `plans/${plan}`, "--format", fmt, "-o", join(out, `${plan}.${fmt}`)]));
    }
  }
  for (const fmt of ["docx", "txt"]) {
    const o = join(out, `kong-chro-${fmt}`);
    record(`batch kong chro ${fmt}`, run(["batch", "templates/xa-kong-chro.yaml", "--data", "templates/xa-kong-chro.csv", "--cap-tren", "plans/huyen-kong-chro-2022.yaml", "--format", fmt, "--out", o]));
    record(`batch kong chro ${fmt} no parent`, run(["batch", "templates/xa-kong-chro.yaml", "--data", "templates/xa-kong-chro.csv", "--format", fmt, "--out", `${o}-no-parent`]));
  }
  const cwd = mkdtempSync(join(tmpdir(), "kehoach-new-"));
  record("new", run(["new"], { cwd }));
  record("new xa", run(["new", "--mau", "xa"], { cwd }));
  for (const f of readdirSync(cwd)) writeFileSync(join(out, `new-${f}`), readFileSync(join(cwd, f)));
  rmSync(cwd, { recursive: true, force: true });
  for (const lang of ["vi", "en"]) {
    for (const cmd of [[], ["render"], ["batch"], ["check"], ["new"], ["schema"]]) record(`help ${lang} ${cmd.join(" ")}`, run([...cmd, "--help", "--lang", lang]));
    for (const plan of ["plans", "templates", "test/check/fixtures"]) record(`check ${lang} ${plan}`, run(["check", plan, "--format", "json", "--lang", lang]));
    for (const plan of ["plans", "templates", "test/check/fixtures"]) record(`check pretty ${lang} ${plan}`, run(["check", plan, "--lang", lang]));
  }
  record("schema", run(["schema"]));
  writeFileSync(join(dir, "runs.json"), JSON.stringify(log, null, 1));

  const dumpFile = join(dir, "tests.raw.jsonl");
  const dirs = TEST_DIRS.filter((d) => existsSync(join(ROOT, d)));
  const t = spawnSync("npx", ["vitest", "run", ...dirs], { cwd: ROOT, env: { ...process.env, KEHOACH_DUMP: dumpFile }, stdio: ["ignore", "ignore", "inherit"] });
  if (t.status !== 0) console.error(`note: the tests exited ${t.status} (see above); the dump holds what ran`);
  const lines = readFileSync(dumpFile, "utf8").split("\n").filter(Boolean).map(recordLine);
  writeFileSync(join(dir, "tests.jsonl"), [...new Set(lines)].sort().join("\n") + "\n");
  rmSync(dumpFile);
  console.log(`snapshot in ${dir}: ${lines.length} test records`);
}

function filesUnder(d) {
  const out = [];
  const walk = (p) => {
    for (const n of readdirSync(p).sort()) {
      const f = join(p, n);
      if (statSync(f).isDirectory()) walk(f);
      else out.push(relative(d, f));
    }
  };
  walk(d);
  return out;
}

function compare(a, b) {
  let diffs = 0;
  const report = (s) => {
    diffs++;
    console.log(s);
  };
  const fa = filesUnder(join(a, "files"));
  const fb = filesUnder(join(b, "files"));
  for (const f of new Set([...fa, ...fb])) {
    if (!fa.includes(f) || !fb.includes(f)) report(`file only in ${fa.includes(f) ? a : b}: ${f}`);
    else if (!readFileSync(join(a, "files", f)).equals(readFileSync(join(b, "files", f)))) report(`file differs: ${f}`);
  }
  const ra = JSON.parse(readFileSync(join(a, "runs.json"), "utf8"));
  const rb = JSON.parse(readFileSync(join(b, "runs.json"), "utf8"));
  for (const x of ra) {
    const y = rb.find((r) => r.name === x.name);
    if (!y) report(`run missing: ${x.name}`);
    else for (const k of ["code", "stdout", "stderr"]) if (x[k] !== y[k]) report(`run ${x.name}: ${k} differs\n--- before\n${x[k]}\n+++ after\n${y[k]}`);
  }
  const ta = new Set(readFileSync(join(a, "tests.jsonl"), "utf8").split("\n"));
  const tb = new Set(readFileSync(join(b, "tests.jsonl"), "utf8").split("\n"));
  const onlyA = [...ta].filter((l) => !tb.has(l));
  const onlyB = [...tb].filter((l) => !ta.has(l));
  for (const l of onlyA) report(`- ${l.slice(0, 4000)}`);
  for (const l of onlyB) report(`+ ${l.slice(0, 4000)}`);
  console.log(diffs === 0 ? "identical" : `${diffs} differences (${onlyA.length} test records only before, ${onlyB.length} only after)`);
  process.exitCode = diffs === 0 ? 0 : 1;
}

const [cmd, x, y] = process.argv.slice(2);
if (cmd === "snapshot" && x) snapshot(resolve(x));
else if (cmd === "compare" && x && y) compare(resolve(x), resolve(y));
else {
  console.error("usage: compare-outputs.mjs snapshot <dir> | compare <before> <after>");
  process.exitCode = 2;
}
