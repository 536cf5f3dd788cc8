// check --fix and --fix-dry-run: safe fixes written in place, every other byte kept (comments, key
// order, quoting), a second run changes nothing, a dry run prints a diff and writes nothing, a file
// with YAML errors is never touched.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { CLEAN, edit } from "./helpers.js";

function planFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "kehoach-fix-")), "ke-hoach.yaml");
  writeFileSync(file, text);
  return file;
}

const BROKEN = edit(
  edit(edit(CLEAN, "          - Cụ thể hóa các nhiệm vụ; phối hợp", "          # ghi chú của người soạn\n          - Cụ thể hóa các nhiệm vụ;phối hợp"), "Kiểm tra việc thực hiện chính sách", "Kiểm tra việc lòng ghép chính sách"),
  "Kế hoạch số 107/KH-UBND",
  "Kế hoạch số 107/ KH-UBND",
).replace("Tăng cường", "Tăng cƣờng");

describe("check --fix", () => {
  it("fixes spacing, numbers, legacy glyphs and safe confusions in place, keeping every other byte", () => {
    const file = planFile(BROKEN);
    const r = runCli(["check", file, "--fix"]);
    expect(r.stderr).toContain("đã sửa 4 chỗ");
    expect(r.stderr).toContain("“lòng ghép” → “lồng ghép”");
    const after = readFileSync(file, "utf8");
    const expected = BROKEN.replace("nhiệm vụ;phối", "nhiệm vụ; phối").replace("lòng ghép", "lồng ghép").replace("107/ KH-UBND", "107/KH-UBND").replace("cƣờng", "cường");
    expect(after).toBe(expected);
    expect(after).toContain("# ghi chú của người soạn");
    expect(r.code).toBe(0);

    const again = runCli(["check", file, "--fix"]);
    expect(again.stderr).not.toContain("đã sửa");
    expect(readFileSync(file, "utf8")).toBe(expected);
  });

  it("--fix-dry-run prints a unified diff and changes nothing", () => {
    const file = planFile(BROKEN);
    const r = runCli(["check", file, "--fix-dry-run"]);
    expect(r.stdout).toMatch(/^--- a\/.*ke-hoach\.yaml\n\+\+\+ b\//m);
    expect(r.stdout).toContain("-          - Cụ thể hóa các nhiệm vụ;phối hợp");
    expect(r.stdout).toContain("+          - Cụ thể hóa các nhiệm vụ; phối hợp");
    expect(readFileSync(file, "utf8")).toBe(BROKEN);
  });

  it("never fixes a file with YAML errors", () => {
    const text = BROKEN + "ky: [\n";
    const file = planFile(text);
    const r = runCli(["check", file, "--fix"]);
    expect(r.stderr).toContain("không sửa tự động vì tệp có lỗi YAML");
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("refuses --fix together with --fix-dry-run", () => {
    const r = runCli(["check", planFile(CLEAN), "--fix", "--fix-dry-run"]);
    expect(r.code).toBe(2);
  });
});
