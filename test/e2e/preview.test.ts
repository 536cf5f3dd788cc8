// kehoach xem in a real browser: Debian's chromium driven by playwright-core. The built bin serves
// a copy of the Kông Chro plan; the page must show the agency, "KẾ HOẠCH" and the signer; an edit
// saved on disk (by rename, as editors save) must appear without a reload and keep the scroll
// position; a broken edit must show the error with the line and column the terminal prints, above
// the last good render, and fixing it must clear it; check findings appear beside the page and
// clear when fixed. Plain HTTP requests check the server's guards (foreign Host, foreign Origin,
// unknown paths, no CORS headers). Page 1 is saved as a PNG outside the repository to look at.
// Skips (saying why) only where chromium is absent; in CI (CI=true) a missing chromium fails.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modelPlan, readPlan } from "../../src/pipeline.js";
import { BIN, ROOT } from "../helpers/cli.js";
import { kehoach } from "../hostile/harness.js";

const CHROMIUM = process.env.KEHOACH_CHROMIUM ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  if (process.env.CI === "true") throw new Error(`chromium is missing in CI (${CHROMIUM}): .ci/run must install Debian's chromium`);
  console.warn(`[e2e] preview skipped: no chromium at ${CHROMIUM}; install Debian's chromium (apt-get install chromium)`);
}

/** Where the screenshot of page 1 goes: outside the repository. */
export const SCREENSHOT = join(tmpdir(), "kehoach-xem-page1.png");

const SOURCE = join(ROOT, "plans/huyen-kong-chro-2022.yaml");
const ORIGINAL = readFileSync(SOURCE, "utf8");
const WORK = mkdtempSync(join(tmpdir(), "kehoach-xem-test-"));
const PLAN = join(WORK, "huyen-kong-chro-2022.yaml");

/** Save as editors do: write a new file, rename it over the old one. */
function save(text: string): void {
  const tmp = join(WORK, ".huyen-kong-chro-2022.yaml.swp");
  writeFileSync(tmp, text);
  renameSync(tmp, PLAN);
}

function httpGet(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, headers, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe.runIf(hasChromium)("kehoach xem in Chromium", () => {
  let server: ChildProcessWithoutNullStreams;
  let stderr = "";
  let url = "";
  let port = 0;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const profile = mkdtempSync(join(tmpdir(), "kehoach-chromium-"));

  beforeAll(async () => {
    writeFileSync(PLAN, ORIGINAL);
    server = spawn(process.execPath, [BIN, "xem", PLAN], { cwd: WORK, env: { ...process.env, NO_COLOR: "1" } });
    server.stderr.setEncoding("utf8");
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed: ${stderr}`)), 20_000);
      server.stderr.on("data", (d: string) => {
        stderr += d;
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(stderr);
        if (m) {
          clearTimeout(timer);
          port = Number(m[1]);
          resolve(m[0]);
        }
      });
    });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1280, height: 1100 },
    });
    browser = context.browser() ?? undefined;
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.waitForFunction(() => Number(document.body.dataset.docVersion ?? 0) > 0, null, { timeout: 30_000 });
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    if (server && server.exitCode === null) server.kill("SIGKILL");
    rmSync(profile, { recursive: true, force: true });
    rmSync(WORK, { recursive: true, force: true });
  });

  const pagesText = () => page.locator("#pages").innerText();
  const version = () => page.evaluate(() => Number(document.body.dataset.version ?? 0));
  const waitVersionAbove = (v: number) => page.waitForFunction((old) => Number(document.body.dataset.version ?? 0) > old, v, { timeout: 15_000 });

  it("shows the plan as A4 pages: agency, KẾ HOẠCH, the signer; page 1 saved as a picture", async () => {
    const { document } = modelPlan(readPlan(PLAN));
    const text = (await pagesText()).normalize("NFC");
    for (const line of document.header.agency) expect(text).toContain(line);
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("KẾ HOẠCH");
    expect(text).toContain(document.signature.name);
    // More than one page, each of A4 proportions (210 × 297 mm).
    const sizes = await page.locator("#pages section.docx").evaluateAll((els) => els.map((e) => [e.getBoundingClientRect().width, e.getBoundingClientRect().height]));
    expect(sizes.length).toBeGreaterThan(1);
    for (const [w, h] of sizes) expect(Math.abs(h! / w! - 297 / 210)).toBeLessThan(0.01);
    expect(await page.locator("#findings-list").innerText()).toMatch(/Không có lỗi hay cảnh báo/);
    await page.locator("#pages section.docx").first().screenshot({ path: SCREENSHOT });
    console.log(`[e2e] page 1 of the preview: ${SCREENSHOT}`);
  });

  it("an edit saved on disk appears without a reload, at the same scroll position", async () => {
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 42;
      window.scrollTo(0, 1500);
    });
    const before = await version();
    save(ORIGINAL.replace("phạm vi toàn huyện.", "phạm vi toàn huyện và các làng đồng bào dân tộc thiểu số."));
    await waitVersionAbove(before);
    expect(await pagesText()).toContain("các làng đồng bào dân tộc thiểu số");
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker), "the page was not reloaded").toBe(42);
    expect(await page.evaluate(() => window.scrollY)).toBe(1500);
  });

  it("a check finding is listed beside the page, and fixing it clears it", async () => {
    let before = await version();
    save(ORIGINAL.replace("phạm vi toàn huyện.", "phạm vi toàn huyện ."));
    await waitVersionAbove(before);
    // The render comes first, check's findings right after it.
    const side = () => page.locator("#findings-list").innerText();
    await expect.poll(side, { timeout: 10_000 }).toContain(`${PLAN}:38:76`);
    expect(await side()).toContain("[spacing-punctuation]");
    expect(await side()).toContain("Dấu cách thừa trước dấu");
    before = await version();
    save(ORIGINAL);
    await waitVersionAbove(before);
    await expect.poll(side, { timeout: 10_000 }).toMatch(/Không có lỗi hay cảnh báo/);
  });

  it("a broken edit shows the error with its line and column above the last good render; fixing it recovers", async () => {
    const broken = ORIGINAL.replace("ngay: 2022-03-10", "ngay: 2022-02-30");
    // The location the terminal prints for the same file.
    const copy = join(WORK, "copy.yaml");
    writeFileSync(copy, broken);
    const terminal = kehoach(["render", copy, "--stdout"]);
    const where = /copy\.yaml:(\d+):(\d+): lỗi/.exec(terminal.stderr);
    expect(where, terminal.stderr).not.toBeNull();
    expect(where![1]).toBe("19");

    let before = await version();
    save(broken);
    await waitVersionAbove(before);
    const errors = page.locator("#errors");
    await expect.poll(() => errors.isVisible()).toBe(true);
    const shown = await errors.innerText();
    expect(shown).toContain(`${PLAN}:${where![1]}:${where![2]}`);
    expect(shown).toContain("2022-02-30");
    expect(shown).toMatch(/19 \| ngay: 2022-02-30/);
    // The last good render is still there below; check waits for the fix.
    expect(await pagesText()).toContain("KẾ HOẠCH");
    expect(await page.locator("#findings-list").innerText()).toContain("Sửa các lỗi ở trên để kiểm tra tiếp.");

    before = await version();
    save(ORIGINAL);
    await waitVersionAbove(before);
    expect(await errors.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.body.dataset.errors)).toBe("0");
  });

  it("refuses a foreign Host (DNS rebinding) and a foreign Origin, serves only its routes, sends no CORS headers", async () => {
    const foreign = await httpGet(port, "/", { Host: `evil.example:${port}` });
    expect(foreign.status).toBe(403);
    expect((await httpGet(port, "/document.docx", { Host: `127.0.0.1.nip.io:${port}` })).status).toBe(403);
    expect((await httpGet(port, "/", { Host: "127.0.0.1:1" })).status).toBe(403);
    expect((await httpGet(port, "/state", { Origin: "http://evil.example" })).status).toBe(403);
    const own = await httpGet(port, "/");
    expect(own.status).toBe(200);
    expect(own.body).toContain("/app.js");
    for (const path of ["/../package.json", "/%2e%2e/package.json", "/plans/", "/huyen-kong-chro-2022.yaml", "/dist/preview-client/app.js", "//etc/passwd"]) {
      expect((await httpGet(port, path)).status, path).toBe(404);
    }
    for (const r of [foreign, own, await httpGet(port, "/document.docx"), await httpGet(port, "/state")]) {
      expect(Object.keys(r.headers).filter((h) => h.startsWith("access-control-"))).toEqual([]);
    }
  });

  it("Ctrl-C stops the server cleanly", async () => {
    const exited = new Promise<number | null>((resolve) => server.on("exit", (code) => resolve(code)));
    server.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/Đã dừng xem trước\./);
  });
});
