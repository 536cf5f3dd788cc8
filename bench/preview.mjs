#!/usr/bin/env node
// Bench of issue 12's features (called by bench/run.mjs; also runs alone after `npm run build`):
//   - kehoach xem: time from saving the Kông Chro plan to the open page showing the new render,
//     in Debian's chromium (playwright-core), and to the server's event without a browser;
//   - PDF: one plan, the 14 commune plans, and 100 plans, each batch in ONE LibreOffice run.
// Prints a table and writes bench/results/preview.json. Nothing here fails on a slow machine.
// --quick: fewer runs; --no-pdf: the preview only.
/* global window, document, MutationObserver -- inside page.evaluate callbacks, which run in the browser */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).bin.kehoach);
const PLAN = join(ROOT, "plans/huyen-kong-chro-2022.yaml");
const CHROMIUM = process.env.KEHOACH_CHROMIUM ?? "/usr/bin/chromium";
const quick = process.argv.includes("--quick");
const work = mkdtempSync(join(tmpdir(), "kehoach-bench-preview-"));
const results = { date: new Date().toISOString(), cores: availableParallelism(), rows: [] };

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1], runs: s.length };
};
const row = (name, ms, extra = {}) => {
  results.rows.push({ name, ms, ...extra });
  const f = (x) => x.toFixed(x < 10 ? 2 : 0);
  console.log(`${name.padEnd(44)} ${f(ms.median).padStart(9)} ms  [${f(ms.min)} – ${f(ms.max)}]  ${extra.note ?? ""}`);
};
const skip = (name, why) => {
  results.rows.push({ name, skipped: why });
  console.log(`${name.padEnd(44)} skipped: ${why}`);
};

// ─── kehoach xem: save → updated page ────────────────────────────────────────────────────────

const original = readFileSync(PLAN, "utf8");
const planCopy = join(work, "huyen-kong-chro-2022.yaml");
writeFileSync(planCopy, original);
/** The n-th edit: one word of the scope paragraph changes, saved by rename as editors do. */
const save = (n) => {
  const tmp = join(work, ".plan.swp");
  writeFileSync(tmp, original.replace("phạm vi toàn huyện.", `phạm vi toàn huyện (lần sửa ${n}).`));
  renameSync(tmp, planCopy);
};

const server = spawn(process.execPath, [BIN, "xem", planCopy], { cwd: work, env: { ...process.env, NO_COLOR: "1" } });
let serverErr = "";
server.stderr.setEncoding("utf8");
const url = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`kehoach xem printed no address: ${serverErr}`)), 20_000);
  server.stderr.on("data", (d) => {
    serverErr += d;
    const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(serverErr);
    if (m) {
      clearTimeout(timer);
      resolve(m[0]);
    }
  });
});

const edits = quick ? 8 : 20;
let edit = 0;

// Without a browser: save → the server's "state" event on an open event stream.
{
  const events = [];
  let waiting;
  const req = request(`${url}events`, (res) => {
    res.setEncoding("utf8");
    let buf = "";
    res.on("data", (d) => {
      buf += d;
      let k;
      while ((k = buf.indexOf("\n\n")) >= 0) {
        const chunk = buf.slice(0, k);
        buf = buf.slice(k + 2);
        if (chunk.includes("event: state")) {
          events.push(performance.now());
          waiting?.();
        }
      }
    });
  });
  req.end();
  await new Promise((r) => setTimeout(r, 500));
  const samples = [];
  for (let i = 0; i < edits; i++) {
    const seen = events.length;
    const t = performance.now();
    const got = new Promise((r) => (waiting = r));
    save(++edit);
    await got;
    if (events.length > seen) samples.push(events[events.length - 1] - t);
    await new Promise((r) => setTimeout(r, 150));
  }
  req.destroy();
  row("xem: save → server event (Kông Chro)", stats(samples), { note: "watch + debounce 40 ms + render (check follows)" });
}

// In the browser: save → the page shows the new render (pages swapped in).
if (!existsSync(CHROMIUM)) skip("xem: save → updated page in Chromium", `no chromium at ${CHROMIUM}`);
else {
  const { chromium } = await import("playwright-core");
  const profile = mkdtempSync(join(tmpdir(), "kehoach-bench-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 1000 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForFunction(() => Number(document.body.dataset.docVersion ?? 0) > 0, null, { timeout: 30_000 });
  // The page notes the wall-clock time at which each new render is in place.
  await page.evaluate(() => {
    new MutationObserver(() => (window.shownAt = Date.now())).observe(document.body, { attributes: true, attributeFilter: ["data-doc-version"] });
  });
  const samples = [];
  const draws = [];
  for (let i = 0; i < edits; i++) {
    const before = await page.evaluate(() => Number(document.body.dataset.docVersion));
    const t = Date.now();
    save(++edit);
    await page.waitForFunction((v) => Number(document.body.dataset.docVersion) > v, before, { timeout: 15_000 });
    samples.push((await page.evaluate(() => window.shownAt)) - t);
    draws.push(await page.evaluate(() => Number(document.getElementById("pages").dataset.drawMs)));
    await new Promise((r) => setTimeout(r, 150));
  }
  const pages = await page.evaluate(() => document.querySelectorAll("#pages section.docx").length);
  row("xem: save → updated page in Chromium", stats(samples), { note: `Kông Chro, ${pages} A4 pages redrawn` });
  row("xem: the page's share (fetch, draw, paginate)", stats(draws), { note: "measured in the page" });
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
server.kill("SIGINT");
await new Promise((r) => server.on("exit", r));

// ─── PDF ─────────────────────────────────────────────────────────────────────────────────────

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const noPdf = process.argv.includes("--no-pdf");
function timed(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, CI: "true", NO_COLOR: "1" }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`kehoach ${args.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 800)}`);
  return performance.now() - t;
}
if (noPdf) skip("pdf", "--no-pdf");
else if (!hasSoffice) skip("pdf", "LibreOffice (soffice) is not installed");
else {
  const runs = quick ? 1 : 3;
  const one = [];
  for (let i = 0; i < runs; i++) one.push(timed(["render", PLAN, "--format", "pdf", "-o", join(work, "kong-chro.pdf")]));
  row("pdf: render 1 plan (Kông Chro)", stats(one), { note: "cold: LibreOffice start with a fresh profile" });

  const communes = [];
  for (let i = 0; i < runs; i++) {
    const out = join(work, `communes-${i}`);
    communes.push(timed(["batch", "templates/xa-kong-chro.yaml", "--data", "templates/xa-kong-chro.csv", "--cap-tren", "plans/huyen-kong-chro-2022.yaml", "--out", out, "--format", "pdf"]));
    if (readdirSync(out).filter((f) => f.endsWith(".pdf")).length !== 14) throw new Error("the commune batch did not write 14 PDFs");
  }
  const c = stats(communes);
  row("pdf: batch, the 14 commune plans", c, { note: `${((14 * 1000) / c.median).toFixed(1)} plans/s` });

  // 100 Kông Chro-size plans (the district plan with its place as a placeholder), 2 threads.
  const template = join(work, "template.yaml");
  writeFileSync(template, original.replace(/^dia_danh: .*$/m, 'dia_danh: "{{xa}}"'));
  const data = join(work, "data-100.csv");
  writeFileSync(data, "xa\n" + Array.from({ length: 100 }, (_, i) => `Xã số ${i + 1}`).join("\n") + "\n");
  const hundred = [];
  for (let i = 0; i < (quick ? 1 : 2); i++) {
    const out = join(work, `hundred-${i}`);
    hundred.push(timed(["batch", template, "--data", data, "--out", out, "--format", "pdf", "--jobs", "2", "--name", "{{slug xa}}"]));
    if (readdirSync(out).filter((f) => f.endsWith(".pdf")).length !== 100) throw new Error("the 100-plan batch did not write 100 PDFs");
  }
  const h = stats(hundred);
  row("pdf: batch, 100 plans, --jobs 2", h, { note: `${((100 * 1000) / h.median).toFixed(1)} plans/s, one LibreOffice run` });
}

mkdirSync(join(ROOT, "bench/results"), { recursive: true });
writeFileSync(join(ROOT, "bench/results/preview.json"), JSON.stringify(results, null, 2) + "\n");
rmSync(work, { recursive: true, force: true });
console.log("\nwritten: bench/results/preview.json");
