// The preview server in process, without a browser: a template previewed with its --data row and
// --cap-tren parent follows saves of all three files; a row that does not exist is an error shown
// as data; the guards answer 403/404/405; a busy --port is said in words by the command.
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PreviewServer, type PreviewState } from "../../src/preview/preview-server.js";
import { renderPlanFile } from "../../src/pipeline.js";
import { docxParagraphTexts, docxPart } from "../helpers/docx.js";
import { ROOT } from "../helpers/cli.js";
import { BIN, kehoach } from "../hostile/harness.js";
import { spawn } from "node:child_process";

const WORK = mkdtempSync(join(tmpdir(), "kehoach-preview-"));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

function save(file: string, text: string): void {
  writeFileSync(file + ".tmp", text);
  renameSync(file + ".tmp", file);
}

function get(port: number, path: string, opts: { host?: string; method?: string; origin?: string } = {}): Promise<{ status: number; body: Buffer; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: opts.host ?? `127.0.0.1:${port}` };
    if (opts.origin) headers.Origin = opts.origin;
    const req = request({ host: "127.0.0.1", port, path, method: opts.method ?? "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (d: Buffer) => chunks.push(d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

const portOf = (url: string) => Number(new URL(url).port);
const state = async (port: number) => JSON.parse((await get(port, "/state")).body.toString("utf8")) as PreviewState;
const text = async (port: number) => docxParagraphTexts(docxPart((await get(port, "/document.docx")).body, "word/document.xml")).join("\n");

async function until(what: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > end) throw new Error("timed out waiting for the preview to update");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("preview server", () => {
  it("a template with --data row 3 and --cap-tren follows saves of the template, the data and the parent", async () => {
    const dir = mkdtempSync(join(WORK, "tpl-"));
    const template = join(dir, "xa.yaml");
    const data = join(dir, "xa.csv");
    const parent = join(dir, "huyen.yaml");
    writeFileSync(template, readFileSync(join(ROOT, "templates/xa-kong-chro.yaml")));
    writeFileSync(data, readFileSync(join(ROOT, "templates/xa-kong-chro.csv")));
    writeFileSync(parent, readFileSync(join(ROOT, "plans/huyen-kong-chro-2022.yaml")));
    const server = new PreviewServer({ input: { file: template, data, capTren: parent, row: 3 } });
    const port = portOf(await server.start());
    try {
      expect((await state(port)).errors).toEqual([]);
      expect(await text(port)).toContain("Đinh Thị Hương");
      expect(await text(port)).toContain("38/KH-UBND");

      save(parent, readFileSync(parent, "utf8").replace(/^so: 38$/m, "so: 41"));
      await until(async () => (await text(port)).includes("41/KH-UBND"));

      save(data, readFileSync(data, "utf8").replace("Đinh Thị Hương", "Đinh Thị Hương Lan"));
      await until(async () => (await text(port)).includes("Đinh Thị Hương Lan"));

      const v = (await state(port)).version;
      save(template, readFileSync(template, "utf8").replace(/^ngay: .*$/m, "ngay: 2022-02-30"));
      await until(async () => (await state(port)).version > v);
      const broken = await state(port);
      expect(broken.errors.length).toBeGreaterThan(0);
      expect(broken.errors[0]!.where).toMatch(/xa\.yaml:\d+:\d+$/);
      expect(broken.errors[0]!.frame).toContain("2022-02-30");
      // The last good document is still served.
      expect(await text(port)).toContain("Đinh Thị Hương Lan");
    } finally {
      await server.close();
    }
  });

  it("the page draws the very bytes kehoach render writes", async () => {
    const plan = join(ROOT, "plans/huyen-kong-chro-2022.yaml");
    const server = new PreviewServer({ input: { file: plan, row: 1 } });
    const port = portOf(await server.start());
    try {
      const served = (await get(port, "/document.docx")).body;
      const rendered = (await renderPlanFile(plan, "docx")).output;
      expect(served.equals(rendered)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it("a data row that does not exist is an error the page shows", async () => {
    const server = new PreviewServer({ input: { file: join(ROOT, "templates/xa-kong-chro.yaml"), data: join(ROOT, "templates/xa-kong-chro.csv"), row: 99 } });
    const port = portOf(await server.start());
    try {
      const s = await state(port);
      expect(s.docVersion).toBe(0);
      expect(s.errors[0]!.message).toMatch(/chỉ có 14 dòng, không có dòng 99/);
      expect((await get(port, "/document.docx")).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it("answers only its own routes, on its own Host, to GET and HEAD, with no CORS headers", async () => {
    const server = new PreviewServer({ input: { file: join(ROOT, "plans/xa-cam-tan-2024.yaml"), row: 1 } });
    const port = portOf(await server.start());
    try {
      expect((await get(port, "/")).status).toBe(200);
      expect((await get(port, "/", { host: `localhost:${port}` })).status).toBe(200);
      expect((await get(port, "/app.js")).status).toBe(200);
      expect((await get(port, "/", { host: "attacker.example" })).status).toBe(403);
      expect((await get(port, "/state", { host: `attacker.example:${port}` })).status).toBe(403);
      expect((await get(port, "/state", { origin: "http://attacker.example" })).status).toBe(403);
      expect((await get(port, "/state", { origin: `http://127.0.0.1:${port}` })).status).toBe(200);
      expect((await get(port, "/", { method: "POST" })).status).toBe(405);
      // A query never names a file: it is ignored, "/" is the page.
      expect((await get(port, "/?file=../README.md")).body.toString("utf8")).toContain("/app.js");
      for (const path of ["/etc/passwd", "/../README.md", "/plans/xa-cam-tan-2024.yaml", "/index.html", "/app.js/..", "/document.docx/../README.md"]) {
        expect((await get(port, path)).status, path).toBe(404);
      }
      const r = await get(port, "/document.docx");
      expect(r.body.subarray(0, 2).toString("latin1")).toBe("PK");
      expect(Object.keys(r.headers).filter((h) => h.startsWith("access-control-"))).toEqual([]);
      expect(r.headers["content-security-policy"]).toMatch(/default-src 'none'/);
    } finally {
      await server.close();
    }
  });

  it.each(["SIGINT", "SIGTERM", "SIGHUP"] as const)("kehoach xem stops cleanly on %s (exit 0, port closed)", async (signal) => {
    const child = spawn(process.execPath, [BIN, "xem", "plans/xa-cam-tan-2024.yaml"], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(stderr)), 20_000);
      child.stderr.on("data", (d: string) => {
        stderr += d;
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(stderr);
        if (m) {
          clearTimeout(timer);
          resolve(m[0]);
        }
      });
    });
    expect((await get(portOf(url), "/")).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill(signal);
    expect(await exited, stderr).toBe(0);
    expect(stderr).toContain("Đã dừng xem trước.");
    await expect(get(portOf(url), "/")).rejects.toThrow(/ECONNREFUSED/);
  });

  it("kehoach xem --mo on a computer without a browser opener says so and keeps serving", async () => {
    const emptyPath = mkdtempSync(join(WORK, "no-browser-"));
    const child = spawn(process.execPath, [BIN, "xem", "plans/xa-cam-tan-2024.yaml", "--mo"], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", PATH: emptyPath }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    try {
      await until(async () => stderr.includes("Không mở được trình duyệt"));
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stderr)![0];
      expect((await get(portOf(url), "/")).status).toBe(200);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill("SIGINT");
    }
  });

  it("kehoach xem --port on a busy port says so, exit 1", async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = kehoach(["xem", "plans/xa-cam-tan-2024.yaml", "--port", String(port)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Cổng ${port} đang được dùng`);
    } finally {
      blocker.close();
    }
  });
});
