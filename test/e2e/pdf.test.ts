// PDF output (render --format pdf, batch --format pdf) through the built bin.
//
// With LibreOffice: every example plan to PDF in one render call, each PDF with the header, every
// Roman heading and the signer (pdftotext) and all fonts embedded (pdffonts); the README's commune
// batch to PDF writes one PDF per row and starts LibreOffice ONCE (KEHOACH_SOFFICE points at a
// wrapper that logs each start, then runs the real soffice).
// Without it (always run): a missing soffice, a failing one and a hanging one each give one clear
// message, and leave no PDF, no temporary file, and an older PDF as it was.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readPlan, modelPlan } from "../../src/pipeline.js";
import { loadDataTable } from "../../src/load/load-data-table.js";
import { slug } from "../../src/text/slug.js";
import { BIN, kehoach, messageProblems, partialFiles } from "../hostile/harness.js";

const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
const hasTools = soffice !== "" && spawnSync("pdftotext", ["-v"]).status === 0 && spawnSync("pdffonts", ["-v"]).status === 0;
if (!hasTools) {
  if (process.env.CI === "true") throw new Error("soffice/pdftotext is missing in CI: .ci/run must install libreoffice-writer and poppler-utils");
  console.warn("[e2e] PDF round trip skipped: LibreOffice (soffice) or poppler-utils is not installed; install libreoffice-writer poppler-utils fonts-liberation2");
}

const WORK = mkdtempSync(join(tmpdir(), "kehoach-pdf-test-"));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));
const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, " ");
const pdfText = (pdf: string) => squash(execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }));

/** A stand-in for soffice: a shell script (its body given), made executable. */
function fakeSoffice(name: string, body: string): string {
  const file = join(WORK, `${name}.sh`);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe.runIf(hasTools)("PDF through LibreOffice", () => {
  it("render --format pdf: every example plan in one call, with header, Roman headings, signer and embedded fonts", () => {
    const plans = readdirSync("plans").filter((f) => f.endsWith(".yaml")).map((f) => join("plans", f));
    const out = join(WORK, "render");
    mkdirSync(out);
    const log = join(WORK, "render-starts.log");
    const wrapper = fakeSoffice("render-wrapper", `echo "$$" >> "${log}"\nexec "${soffice}" "$@"`);
    const r = kehoach(["render", ...plans, "--format", "pdf", "--out", out], { env: { KEHOACH_SOFFICE: wrapper }, timeoutMs: 240_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(messageProblems(r.stderr), r.stderr).toEqual([]);
    expect(readFileSync(log, "utf8").trim().split("\n"), "one LibreOffice for the whole render").toHaveLength(1);
    expect(readdirSync(out).sort()).toEqual(plans.map((p) => basename(p, ".yaml") + ".pdf").sort());
    for (const plan of plans) {
      const { document } = modelPlan(readPlan(plan));
      const pdf = join(out, basename(plan, ".yaml") + ".pdf");
      expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const text = pdfText(pdf);
      expect(text, pdf).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(text, pdf).toContain("Độc lập - Tự do - Hạnh phúc");
      for (const agency of document.header.agency) expect(text, pdf).toContain(squash(agency));
      expect(text, pdf).toContain("KẾ HOẠCH");
      expect(document.sections.length).toBeGreaterThan(1);
      for (const s of document.sections) expect(text, `${pdf}: ${s.heading}`).toContain(squash(s.heading));
      expect(text, pdf).toContain(squash(document.signature.name));
      // pdffonts: one line per font after the two header lines; column "emb" must say yes.
      const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).trim().split("\n").slice(2);
      expect(fonts.length, pdf).toBeGreaterThan(0);
      for (const f of fonts) expect(f, `${pdf}: font not embedded`).toMatch(/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
    }
    expect(partialFiles(out)).toEqual([]);
  }, 300_000);

  it("batch --format pdf: the README's 14 communes, one PDF per row, LibreOffice started once", async () => {
    const out = join(WORK, "batch");
    const log = join(WORK, "batch-starts.log");
    const wrapper = fakeSoffice("batch-wrapper", `echo "$$" >> "${log}"\nexec "${soffice}" "$@"`);
    const r = kehoach(
      ["batch", "templates/xa-kong-chro.yaml", "--data", "templates/xa-kong-chro.csv", "--cap-tren", "plans/huyen-kong-chro-2022.yaml", "--out", out, "--format", "pdf", "--jobs", "2"],
      { env: { KEHOACH_SOFFICE: wrapper }, timeoutMs: 280_000 },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(messageProblems(r.stderr), r.stderr).toEqual([]);
    expect(readFileSync(log, "utf8").trim().split("\n"), "one LibreOffice for the whole batch").toHaveLength(1);
    const table = await loadDataTable("templates/xa-kong-chro.csv");
    expect(readdirSync(out).sort()).toEqual(table.rows.map((row) => `${slug(String(row.values.xa))}.pdf`).sort());
    for (const row of table.rows) {
      const text = pdfText(join(out, `${slug(String(row.values.xa))}.pdf`));
      expect(text).toContain("KẾ HOẠCH");
      expect(text).toContain(squash(String(row.values.xa)));
      expect(text).toContain(squash(String(row.values.nguoi_ky)));
    }
    expect(partialFiles(out)).toEqual([]);
  }, 300_000);
});

describe("PDF without a working LibreOffice: one clear message, nothing written", () => {
  const PLAN = "plans/xa-cam-tan-2024.yaml";
  const setup = (name: string) => {
    const dir = join(WORK, name);
    mkdirSync(dir);
    const target = join(dir, "ke-hoach.pdf");
    writeFileSync(target, "bản PDF cũ");
    return { dir, target };
  };
  const stagesLeft = () => readdirSync(tmpdir()).filter((f) => f.startsWith("kehoach-pdf-") && !WORK.endsWith(f));

  it("soffice missing: names the package to install; the old PDF stays", () => {
    const { dir, target } = setup("missing");
    const r = kehoach(["render", PLAN, "--format", "pdf", "-o", target], { env: { KEHOACH_SOFFICE: join(WORK, "no-such-soffice") } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Không tìm thấy LibreOffice \(lệnh soffice\)/);
    expect(r.stderr).toContain("libreoffice-writer");
    expect(r.stderr).toContain("libreoffice.org");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(target, "utf8")).toBe("bản PDF cũ");
    expect(readdirSync(dir)).toEqual(["ke-hoach.pdf"]);
  });

  it("soffice missing (English), batch: nothing written, not even the output folder's files", () => {
    const out = join(WORK, "missing-batch");
    const r = kehoach(
      ["--lang", "en", "batch", "templates/xa-kong-chro.yaml", "--data", "templates/xa-kong-chro.csv", "--cap-tren", "plans/huyen-kong-chro-2022.yaml", "--out", out, "--format", "pdf"],
      { env: { KEHOACH_SOFFICE: join(WORK, "no-such-soffice") } },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/LibreOffice \(the soffice command\) is not installed.*libreoffice-writer/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it("soffice fails: the exit code and its first line are reported; the old PDF stays", () => {
    const { dir, target } = setup("fails");
    const broken = fakeSoffice("broken", 'echo "javaldx: could not find a Java Runtime Environment" >&2\necho "Error: source file could not be loaded" >&2\nexit 77');
    const r = kehoach(["render", PLAN, "--format", "pdf", "-o", target], { env: { KEHOACH_SOFFICE: broken } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/LibreOffice không chuyển được sang PDF \(mã thoát 77\).*Không tệp PDF nào được ghi/);
    expect(readFileSync(target, "utf8")).toBe("bản PDF cũ");
    expect(partialFiles(dir)).toEqual([]);
  });

  it("soffice exits 0 but makes no PDF: said so, old PDF stays", () => {
    const { dir, target } = setup("silent");
    const r = kehoach(["render", PLAN, "--format", "pdf", "-o", target], { env: { KEHOACH_SOFFICE: fakeSoffice("silent", "exit 0") } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/LibreOffice không tạo ra tệp PDF cho ".*ke-hoach\.pdf"/);
    expect(readFileSync(target, "utf8")).toBe("bản PDF cũ");
    expect(partialFiles(dir)).toEqual([]);
  });

  /** Whether a process has ended (or is a zombie waiting to be reaped), polling for up to 3 s. */
  const gone = async (pid: number) => {
    for (let i = 0; i < 30; i++) {
      const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, "utf8") : "";
      if (stat === "" || / Z /.test(stat)) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  };

  it("Ctrl-C while LibreOffice converts a batch: exit 130, LibreOffice stopped, no PDF, no temporary folder left", async () => {
    const out = join(WORK, "ctrl-c");
    const pidFile = join(WORK, "ctrl-c.pid");
    const started = join(WORK, "ctrl-c.started");
    const hang = fakeSoffice("ctrl-c", `sleep 60 &\necho $! > "${pidFile}"\ntouch "${started}"\nwait`);
    const before = stagesLeft();
    const child = spawn(
      process.execPath,
      [BIN, "batch", "templates/xa-kong-chro.yaml", "--data", "templates/xa-kong-chro.csv", "--cap-tren", "plans/huyen-kong-chro-2022.yaml", "--out", out, "--format", "pdf"],
      { env: { ...process.env, NO_COLOR: "1", KEHOACH_SOFFICE: hang }, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    for (let i = 0; i < 200 && !existsSync(started); i++) await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(started), "LibreOffice was started").toBe(true);
    child.kill("SIGINT");
    expect(await exited, stderr).toBe(130);
    expect(await gone(Number(readFileSync(pidFile, "utf8"))), "the LibreOffice process is stopped").toBe(true);
    expect(readdirSync(out).filter((f) => !f.startsWith("."))).toEqual([]);
    expect(partialFiles(out)).toEqual([]);
    expect(stagesLeft().filter((f) => !before.includes(f)), "the temporary folder is removed").toEqual([]);
  });

  it("soffice hangs: stopped after the timeout (with the LibreOffice process it started), nothing written", async () => {
    const { dir, target } = setup("hangs");
    const pidFile = join(WORK, "hang.pid");
    // The launcher starts a child that would run for a minute, as soffice starts soffice.bin.
    const hang = fakeSoffice("hang", `sleep 60 &\necho $! > "${pidFile}"\nwait`);
    const before = stagesLeft();
    const r = kehoach(["render", PLAN, "--format", "pdf", "-o", target], { env: { KEHOACH_SOFFICE: hang, KEHOACH_PDF_TIMEOUT: "1" }, timeoutMs: 20_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/LibreOffice không chuyển xong sang PDF sau 1 giây/);
    expect(readFileSync(target, "utf8")).toBe("bản PDF cũ");
    expect(partialFiles(dir)).toEqual([]);
    const child = Number(readFileSync(pidFile, "utf8"));
    expect(await gone(child), "the process soffice started is stopped too").toBe(true);
    expect(stagesLeft().filter((f) => !before.includes(f)), "the temporary folder is removed").toEqual([]);
  });
});
