// kehoach check as CI and officers run it: exit codes, formats, folders and globs, templates and
// data, configuration files. Runs the built CLI.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { CLEAN, edit, fixture, lineCol, tmp } from "./helpers.js";

/** Two warnings (spacing), no error. */
const WARNED = edit(CLEAN, "Tổ chức tháng hành động vì bình đẳng giới năm 2024.", "Tổ chức  tháng hành động ,vì bình đẳng giới năm 2024.");
/** One error (stale year). */
const BROKEN = edit(CLEAN, "Tổ chức tháng hành động vì bình đẳng giới năm 2024.", "Tổ chức tháng hành động vì bình đẳng giới năm 2022.");

function folder(files: Record<string, string>): string {
  const dir = tmp();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

beforeAll(() => {
  expect(existsSync(fixture("clean.yaml"))).toBe(true);
});

describe("kehoach check: exit codes", () => {
  it("exits 0 on a clean plan, with a summary line", () => {
    const r = runCli(["check", fixture("clean.yaml")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("✔ Đã kiểm tra 1 tệp: không có lỗi.");
  });

  it("exits 1 on an error-level finding, reported as file:line:column with the rule, code frame and fix", () => {
    const dir = folder({ "ke-hoach.yaml": BROKEN });
    const r = runCli(["check", "ke-hoach.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`ke-hoach.yaml:${lineCol(BROKEN, "năm 2022")}: lỗi: "năm 2022" cũ hơn năm của kế hoạch (2024)`);
    expect(r.stdout).toContain("[stale-year]");
    expect(r.stdout).toMatch(/\n\s+\d+ \| .*năm 2022/);
    expect(r.stdout).toContain("→ Sửa thành năm 2024");
    expect(r.stdout).toContain("✖ 1 lỗi, 0 cảnh báo trong 1 tệp.");
    expect(r.stdout).not.toContain("\u001b["); // no colour when not a TTY
  });

  it("exits 0 on warnings, and 1 when they are more than --max-warnings", () => {
    const dir = folder({ "a.yaml": WARNED });
    expect(runCli(["check", "a.yaml"], { cwd: dir }).code).toBe(0);
    expect(runCli(["check", "a.yaml", "--max-warnings", "2"], { cwd: dir }).code).toBe(0);
    const r = runCli(["check", "a.yaml", "--max-warnings", "1"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Quá nhiều cảnh báo: 2");
  });

  it("--quiet shows errors only", () => {
    const dir = folder({ "a.yaml": WARNED, "b.yaml": BROKEN });
    const r = runCli(["check", ".", "--quiet"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("cảnh báo:");
    expect(r.stdout).toContain("[stale-year]");
  });

  it("reports a plan that does not load or validate as findings, and still checks the others", () => {
    const dir = folder({ "a.yaml": CLEAN, "b.yaml": "co_quan: [\n", "c.yaml": CLEAN.replace("dia_danh:", "dia_danhh:"), "d.yaml": BROKEN });
    const r = runCli(["check", ".", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary.files).toBe(4);
    expect(report.diagnostics.map((d: { file: string; code: string }) => `${d.file} ${d.code}`)).toEqual(
      expect.arrayContaining(["b.yaml yaml-syntax", "c.yaml schema", "d.yaml stale-year"]),
    );
  });

  it("exits 2 on usage errors: no such path, no plan in a folder, a bad option value, a bad configuration", () => {
    const dir = folder({ "empty/readme.txt": "x", "a.yaml": CLEAN, "bad.yaml": "rules:\n  stale-years: off\n" });
    expect(runCli(["check", "khong-co.yaml"], { cwd: dir }).code).toBe(2);
    expect(runCli(["check", "empty"], { cwd: dir }).code).toBe(2);
    expect(runCli(["check", "a.yaml", "--format", "xml"], { cwd: dir }).code).toBe(2);
    expect(runCli(["check", "a.yaml", "--max-warnings", "nhiều"], { cwd: dir }).code).toBe(2);
    const r = runCli(["check", "a.yaml", "--config", "bad.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.yaml:2:3: lỗi: Không có quy tắc "stale-years".');
    expect(r.stderr).toContain('Có phải ý bạn là "stale-year"?');
    expect(runCli(["check"], { cwd: dir }).code).toBe(2);
  });
});

describe("kehoach check: files, folders and globs", () => {
  const tree = () =>
    folder({
      "plans/a.yaml": CLEAN,
      "plans/2024/b.yml": CLEAN,
      "plans/2024/ghi-chu.txt": "x",
      "plans/node_modules/x.yaml": "{",
      "plans/.nhap/y.yaml": "{",
      "plans/du-lieu/xa.yaml": "- xa: Cẩm Tân\n- xa: Cẩm Lương\n",
    });

  it("walks folders for .yaml/.yml, skipping node_modules, dot-folders and data tables", () => {
    const r = runCli(["check", "plans", "--format", "json"], { cwd: tree() });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files).toEqual(["plans/2024/b.yml", "plans/a.yaml"]);
  });

  it("expands simple globs", () => {
    const dir = tree();
    expect(JSON.parse(runCli(["check", "plans/*.yaml", "-f", "json"], { cwd: dir }).stdout).files).toEqual(["plans/a.yaml"]);
    expect(JSON.parse(runCli(["check", "plans/**/*.yml", "-f", "json"], { cwd: dir }).stdout).files).toEqual(["plans/2024/b.yml"]);
    expect(runCli(["check", "plans/*.docx"], { cwd: dir }).code).toBe(2);
  });
});

describe("kehoach check: templates and --data", () => {
  const TEMPLATE = edit(CLEAN, "trên địa bàn xã Cẩm Tân\n", "trên địa bàn xã {{xa}}\n");

  it("checks a template under templates/ with its placeholders allowed", () => {
    const dir = folder({ "templates/ke-hoach-xa.yaml": TEMPLATE });
    expect(runCli(["check", "templates/"], { cwd: dir }).code).toBe(0);
    // The same file elsewhere is a plan whose placeholder has no value.
    const plan = folder({ "ke-hoach.yaml": TEMPLATE });
    const r = runCli(["check", "ke-hoach.yaml"], { cwd: plan });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("[unresolved-placeholder]");
  });

  it("expands a template against each row of --data, naming the row of a problem", () => {
    const dir = folder({
      "templates/ke-hoach-xa.yaml": TEMPLATE,
      "xa.yaml": "- xa: Cẩm Tân\n- ma_xa: 2\n",
      "xa.csv": "xa\nCẩm Tân\nCẩm Lương\n",
    });
    const bad = runCli(["check", "templates", "--data", "xa.yaml"], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/\{\{xa\}\}.*xa\.yaml/);
    const good = runCli(["check", "templates", "--data", "xa.csv"], { cwd: dir });
    expect(good.code).toBe(0);
  });

  it("takes {{cap_tren.…}} from the parent plan with --cap-tren, as batch does", () => {
    const child = edit(TEMPLATE, "Thực hiện Kế hoạch số 70/KH-UBND ngày 15/3/2024", "Thực hiện Kế hoạch số {{cap_tren.so_ky_hieu}} ngày {{cap_tren.ngay}}");
    const dir = folder({ "templates/xa.yaml": child, "huyen.yaml": CLEAN.replace("so: 12", "so: 70").replace("ngay: 2024-04-15", "ngay: 2024-03-15"), "xa.csv": "xa\nCẩm Tân\n" });
    const without = runCli(["check", "templates", "--data", "xa.csv"], { cwd: dir });
    expect(without.code).toBe(1);
    expect(without.stdout).toContain("{{cap_tren.so_ky_hieu}}");
    expect(runCli(["check", "templates", "--data", "xa.csv", "--cap-tren", "huyen.yaml"], { cwd: dir }).code).toBe(0);
    // A parent dated after the child: the cited date is checked like any other.
    writeFileSync(join(dir, "huyen.yaml"), CLEAN.replace("so: 12", "so: 70").replace("ngay: 2024-04-15", "ngay: 2024-05-20"));
    const late = runCli(["check", "templates", "--data", "xa.csv", "--cap-tren", "huyen.yaml"], { cwd: dir });
    expect(late.code).toBe(1);
    expect(late.stdout).toContain("[date-valid]");
  });
});

describe("kehoach check: configuration and output", () => {
  it("finds .kehoach.yaml above the plan and applies its levels", () => {
    const dir = folder({ ".kehoach.yaml": "rules:\n  stale-year: warning\n", "plans/a.yaml": BROKEN });
    const r = runCli(["check", "plans"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("cảnh báo: \"năm 2022\"");
    const off = folder({ "cfg/kehoach.yaml": "rules:\n  stale-year: off\n", "a.yaml": BROKEN });
    expect(runCli(["check", "a.yaml", "--config", "cfg/kehoach.yaml"], { cwd: off }).code).toBe(0);
  });

  it("writes the report to -o and says so on stderr", () => {
    const dir = folder({ "a.yaml": BROKEN });
    const r = runCli(["check", "a.yaml", "-f", "sarif", "-o", "out/kehoach.sarif"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const sarif = JSON.parse(readFileSync(join(dir, "out", "kehoach.sarif"), "utf8"));
    expect(sarif.runs[0].results[0].ruleId).toBe("stale-year");
    expect(r.stderr).toContain("out/kehoach.sarif");
  });

  it("speaks English with --lang en", () => {
    const dir = folder({ "a.yaml": BROKEN });
    const r = runCli(["--lang", "en", "check", "a.yaml"], { cwd: dir });
    expect(r.stdout).toContain("is older than the plan's year (2024)");
    expect(r.stdout).toContain("✖ 1 error, 0 warnings in 1 file.");
  });
});
