// Paths as officers have them: Vietnamese file names, folders with spaces, names in NFD (as macOS
// writes them), and Windows paths with backslashes typed on a POSIX system.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { docxParagraphs, docxProblems, filesIn, kehoach, messageProblems, printedDiagnostics } from "./harness.js";

const PLAN = readFileSync(new URL("../fixtures/full-plan.yaml", import.meta.url));
const WORK = mkdtempSync(join(tmpdir(), "kehoach-paths-"));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

function folder(...parts: string[]): string {
  const d = join(WORK, ...parts);
  mkdirSync(d, { recursive: true });
  return d;
}

describe("Vietnamese names and spaces", () => {
  it("renders 'Kế hoạch xã Ia Dom.yaml' in a folder with spaces, beside the plan", () => {
    const dir = folder("Thư mục có dấu cách", "Phòng Nội vụ");
    writeFileSync(join(dir, "Kế hoạch xã Ia Dom.yaml"), PLAN);
    const r = kehoach(["render", join(dir, "Kế hoạch xã Ia Dom.yaml")]);
    expect(r.code, r.stderr).toBe(0);
    expect(messageProblems(r.stderr)).toEqual([]);
    expect(r.stderr).toContain("Kế hoạch xã Ia Dom.docx");
    expect(filesIn(dir).map((f) => f.path)).toEqual(["Kế hoạch xã Ia Dom.docx", "Kế hoạch xã Ia Dom.yaml"]);
    const docx = readFileSync(join(dir, "Kế hoạch xã Ia Dom.docx"));
    expect(docxProblems(docx)).toEqual([]);
    expect(docxParagraphs(docx)).toContain("KẾ HOẠCH");
  });

  it("renders from a relative path with spaces, into an output folder with Vietnamese letters", () => {
    const root = folder("tương đối");
    const dir = folder("tương đối", "Kế hoạch 2024");
    writeFileSync(join(dir, "Kế hoạch xã Ia Dom.yaml"), PLAN);
    const out = folder("tương đối", "Đầu ra");
    const r = kehoach(["render", "Kế hoạch 2024/Kế hoạch xã Ia Dom.yaml", "--format", "txt", "-o", "Đầu ra/"], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(out, "Kế hoạch xã Ia Dom.txt"), "utf8")).toContain("KẾ HOẠCH");
  });

  it("renders a plan whose file name is in NFD (macOS), output named after it", () => {
    const dir = folder("nfd");
    const name = "Kế hoạch xã Ia Dom".normalize("NFD");
    writeFileSync(join(dir, `${name}.yaml`), PLAN);
    const r = kehoach(["render", join(dir, `${name}.yaml`)]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, `${name}.docx`))).toBe(true);
    expect(docxProblems(readFileSync(join(dir, `${name}.docx`)))).toEqual([]);
  });
});

// On Windows "\\" is the separator and these paths are simply found.
if (process.platform !== "win32") describe("Windows paths on POSIX", () => {
  it("a relative path with backslashes: 'not found', and the path to type instead", () => {
    const root = folder("windows");
    const dir = folder("windows", "Thư mục có dấu cách");
    writeFileSync(join(dir, "Kế hoạch xã Ia Dom.yaml"), PLAN);
    const r = kehoach(["render", "Thư mục có dấu cách\\Kế hoạch xã Ia Dom.yaml"], { cwd: root });
    expect(r.code).toBe(1);
    expect(messageProblems(r.stderr), r.stderr).toEqual([]);
    const errors = printedDiagnostics(r.stderr).filter((d) => d.severity === "lỗi");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/Không tìm thấy tệp "Thư mục có dấu cách\\Kế hoạch xã Ia Dom\.yaml"/);
    expect(r.stderr).toMatch(/dấu "\\" kiểu Windows/);
    expect(r.stderr).toContain('"Thư mục có dấu cách/Kế hoạch xã Ia Dom.yaml"');
    expect(filesIn(root).map((f) => f.path)).toEqual(["Thư mục có dấu cách/Kế hoạch xã Ia Dom.yaml"]);
  });

  it("a drive-letter path: 'not found', with the same advice", () => {
    const r = kehoach(["render", "C:\\Users\\Can bo\\Documents\\Kế hoạch.yaml"], { cwd: folder("drive") });
    expect(r.code).toBe(1);
    expect(messageProblems(r.stderr), r.stderr).toEqual([]);
    expect(r.stderr).toMatch(/Không tìm thấy tệp "C:\\Users\\Can bo\\Documents\\Kế hoạch\.yaml"/);
    expect(r.stderr).toMatch(/dùng dấu "\/"/);
  });
});
