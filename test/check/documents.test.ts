// `check` on a plan the officer holds in another format than YAML or .docx, named on the command
// line: a .txt (text copied out of a PDF or a mail), a .pdf, and a .odt (or .doc, .rtf) that
// LibreOffice turns into a Word file. The plan rules run on the plan import recognises, each finding
// at its paragraph; the layout rules only where the file has a Word layout.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderPlanFile } from "../../src/pipeline.js";
import { runCli } from "../helpers/cli.js";
import { clerkPlan } from "./docx/clerk-plan.js";

const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
if (!soffice) {
  if (process.env.CI === "true") throw new Error("soffice is missing in CI: .ci/run must install libreoffice-writer");
  console.warn("[check] .pdf and .odt checks skipped: LibreOffice (soffice) is not installed; install libreoffice-writer");
}

const WORK = mkdtempSync(join(tmpdir(), "kehoach-check-documents-"));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));
const CAM_TAN = "test/check/fixtures/xa-cam-tan-2024-goc.yaml";

type Found = { code: string; paragraph?: number; quote?: string; message: string };
function check(file: string, ...more: string[]): { code: number | null; found: Found[]; stderr: string } {
  const r = runCli(["check", file, "--format", "json", ...more]);
  return { code: r.code, found: (JSON.parse(r.stdout) as { diagnostics: Found[] }).diagnostics, stderr: r.stderr };
}
const at = (found: Found[], code: string) => found.filter((d) => d.code === code).map((d) => `¶${d.paragraph} ${d.quote}`);

/** Convert with LibreOffice (a private profile), into WORK; the path of the result. */
function convert(file: string, to: string): string {
  const r = spawnSync(soffice, [`-env:UserInstallation=file://${join(WORK, "profile")}`, "--headless", "--convert-to", to, "--outdir", WORK, file], { encoding: "utf8", timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  return file.replace(/^.*\//, join(WORK, "/")).replace(/\.[^.]+$/, `.${to.split(":")[0]}`);
}

describe("check on a .txt", () => {
  it("reports the Cẩm Tân reference defects at their paragraphs, and no layout rule speaks", async () => {
    const file = join(WORK, "cam-tan.txt");
    writeFileSync(file, (await renderPlanFile(CAM_TAN, "txt")).output);
    const r = check(file);
    expect(r.code, r.stderr).toBe(1);
    expect(at(r.found, "typed-numbering").some((s) => s.includes("V. TỔ CHỨC THỰC HIỆN"))).toBe(true);
    expect(at(r.found, "stale-year").some((s) => s.includes("năm 2022"))).toBe(true);
    expect(at(r.found, "number-format").some((s) => s.includes("63/KHUBND"))).toBe(true);
    expect(r.found.filter((d) => d.code.startsWith("layout-"))).toEqual([]);
    expect(r.found.every((d) => (d.paragraph ?? 0) > 0)).toBe(true);
  });

  it("legacy-font letters in text copied from a PDF are reported at their paragraph", async () => {
    const file = join(WORK, "legacy.txt");
    const text = (await renderPlanFile("plans/xa-cam-tan-2024.yaml", "txt")).output.toString("utf8");
    writeFileSync(file, text.replace("người", "ngƣời"));
    const r = check(file);
    expect(r.found.filter((d) => d.code === "unicode").map((d) => d.message).join("\n")).toMatch(/ƣ/);
  });

  it("a skipped item number is one finding that lists the items after it (the Kông Chro reference text)", () => {
    const r = check("test/fixtures/reference/huyen-kong-chro-2022.txt");
    const numbering = r.found.filter((d) => d.code === "typed-numbering");
    const skip = numbering.filter((d) => d.message.includes("nhảy từ 7 sang 9"));
    expect(skip, JSON.stringify(numbering, null, 1)).toHaveLength(1);
    expect(skip[0]!.quote).toMatch(/^9\. Công an huyện/);
    expect(skip[0]!.message).toMatch(/\(và 7 đoạn khác giống vậy: ¶\d+, ¶\d+, ¶\d+, ¶\d+, ¶\d+, …\)/);
    expect(numbering.filter((d) => d.message.includes("số La Mã V bị lặp"))).toHaveLength(1);
  });

  it("text without its header (the Cẩm Tân reference has no agency name): says what is missing, and checks the rest", () => {
    const r = check("test/fixtures/reference/xa-cam-tan-2024.txt");
    const notes = r.found.filter((d) => d.code === "import");
    expect(notes.map((d) => d.message)).toEqual(["Không nhận ra trong tệp: co_quan.ten. Các quy tắc đã kiểm tra phần còn lại; quy tắc nào cần những phần này thì bỏ qua."]);
    expect(at(r.found, "stale-year").some((s) => s.includes("16/12/2022"))).toBe(true);
    expect(at(r.found, "confusion").some((s) => s.includes("băng zôn"))).toBe(true);
    expect(JSON.stringify(r.found)).not.toMatch(/kehoach_khong_co_trong_tep/);
  });

  it("--fix leaves it as it is and says so", async () => {
    const file = join(WORK, "fix.txt");
    copyFileSync(join(WORK, "cam-tan.txt"), file);
    const before = readFileSync(file);
    const r = runCli(["check", file, "--fix"]);
    expect(r.stderr).toMatch(/--fix chỉ sửa tệp YAML: 1 tệp/);
    expect(readFileSync(file)).toEqual(before);
  });

  it("a .txt inside a folder is not taken for a plan: folders give .yaml and .docx only", () => {
    const r = runCli(["check", "test/fixtures/reference", "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Không có tệp kế hoạch/);
  });
});

describe.runIf(soffice !== "")("check on a .pdf and a .odt (through LibreOffice)", () => {
  it("a .pdf: the plan rules at their paragraphs, no layout rule", async () => {
    const docx = join(WORK, "cam-tan-pdf.docx");
    writeFileSync(docx, (await renderPlanFile(CAM_TAN, "docx")).output);
    const pdf = convert(docx, "pdf");
    const r = check(pdf);
    expect(r.code, r.stderr).toBe(1);
    expect(at(r.found, "typed-numbering").some((s) => s.includes("V. TỔ CHỨC THỰC HIỆN"))).toBe(true);
    expect(r.found.filter((d) => d.code.startsWith("layout-"))).toEqual([]);
  });

  it("a .odt: the layout rules run as on the Word file (Arial in the body is reported)", () => {
    const docx = join(WORK, "arial.docx");
    writeFileSync(docx, clerkPlan({ bodyFont: "Arial" }));
    const odt = convert(docx, "odt");
    const r = check(odt);
    expect(r.found.some((d) => d.code === "layout-font" && /Arial/.test(d.message)), JSON.stringify(r.found, null, 1)).toBe(true);
  });
});
