// kehoach render as an officer meets it: exit codes, messages, files written atomically.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, runCliBytes } from "../helpers/cli.js";

const PLAN = "test/fixtures/full-plan.yaml";
const tmp = () => mkdtempSync(join(tmpdir(), "kehoach-render-"));

describe("kehoach render", () => {
  it("writes the .docx beside the plan by default, and -o elsewhere", () => {
    const dir = tmp();
    const plan = join(dir, "Kế hoạch xã Ia Dom.yaml");
    writeFileSync(plan, readFileSync(PLAN));
    const r = runCli(["render", plan]);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, "Kế hoạch xã Ia Dom.docx"))).toBe(true);
    const out = join(dir, "khac.docx");
    expect(runCli(["render", plan, "-o", out]).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("renders several plans into an output folder", () => {
    const dir = tmp();
    const r = runCli(["render", PLAN, "scratch-does-not-matter.yaml", "-o", dir]);
    expect(r.code).toBe(1); // the second is missing: reported, the first still written
    expect(readdirSync(dir)).toEqual(["full-plan.docx"]);
    expect(r.stderr).toContain("Không tìm thấy tệp");
  });

  it("writes text with --format txt --stdout", () => {
    const r = runCli(["render", PLAN, "--format", "txt", "--stdout"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("I. MỤC ĐÍCH, YÊU CẦU");
    expect(r.stdout).toContain("Số: 02/KH-UBND");
  });

  it("writes identical bytes on every run", () => {
    const a = runCliBytes(["render", PLAN, "--stdout"]);
    const b = runCliBytes(["render", PLAN, "--stdout"]);
    expect(a.code).toBe(0);
    expect(Buffer.compare(a.stdout, b.stdout)).toBe(0);
  });

  it("reports every mistake with file:line:column and leaves no file behind (exit 1)", () => {
    const dir = tmp();
    const plan = join(dir, "sai.yaml");
    writeFileSync(plan, readFileSync(PLAN, "utf8").replace("noi_nhan:", "noi_nhann:").replace("viet_tat: UBND", "viet_tat: ubnd").replace("ngay: 5/2/2024", "ngay: 30/2/2024"));
    const r = runCli(["render", plan]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/sai\.yaml:6:13: lỗi: Chữ viết tắt "ubnd"/);
    expect(r.stderr).toMatch(/sai\.yaml:9:7: lỗi: Ngày "30\/2\/2024" không tồn tại/);
    expect(r.stderr).toMatch(/sai\.yaml:\d+:1: lỗi: Khóa "noi_nhann"/);
    expect(r.stderr).toContain('Có phải ý bạn là "noi_nhan"?');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readdirSync(dir)).toEqual(["sai.yaml"]);
  });

  it("reports a placeholder without a value at its place", () => {
    const dir = tmp();
    const plan = join(dir, "p.yaml");
    writeFileSync(plan, readFileSync(PLAN, "utf8").replace("năm {{nam}}", "năm {{nam}} xã {{xa}}"));
    const r = runCli(["render", plan]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/p\.yaml:10:\d+: lỗi: Biến "\{\{xa\}\}" chưa có giá trị/);
  });

  it("fills {{cap_tren.…}} from the parent plan given with --cap-tren", () => {
    const dir = tmp();
    const plan = join(dir, "xa.yaml");
    writeFileSync(
      plan,
      readFileSync(PLAN, "utf8").replace(
        "Thực hiện Kế hoạch số 70/KH-UBND ngày 15/01/2024 của UBND huyện Cẩm Thủy.",
        "Thực hiện Kế hoạch số {{cap_tren.so_ky_hieu}} ngày {{cap_tren.ngay}} của {{cap_tren.co_quan}}.",
      ),
    );
    const r = runCli(["render", plan, "--cap-tren", "plans/huyen-kong-chro-2022.yaml", "-f", "txt", "--stdout"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Thực hiện Kế hoạch số \d{2}\/KH-UBND ngày \d{2}\/\d{1,2}\/2022 của UBND huyện Kông Chro\./);
    const without = runCli(["render", plan, "-f", "txt", "--stdout"]);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain("cap_tren");
  });

  it("speaks English with --lang en", () => {
    const r = runCli(["render", "missing.yaml", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('File "missing.yaml" not found.');
  });

  it("exits 2 on usage errors, in Vietnamese", () => {
    const r = runCli(["render", PLAN, "--format", "odt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("không hợp lệ");
    expect(runCli(["render"]).code).toBe(2);
    expect(runCli(["khong-co-lenh"]).code).toBe(2);
  });

  it("refuses to overwrite a folder and says why", () => {
    const dir = tmp();
    const plan = join(dir, "p.yaml");
    writeFileSync(plan, readFileSync(PLAN));
    mkdirSync(join(dir, "p.docx"));
    const r = runCli(["render", plan]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("là một thư mục");
  });

  it("names a missing output folder", () => {
    const r = runCli(["render", PLAN, "-o", join(tmp(), "khong-co", "x.docx")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("không tồn tại");
  });

  it("prints Vietnamese help and the version", () => {
    const help = runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Cách dùng: kehoach");
    expect(help.stdout).toContain("render");
    const version = runCli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
