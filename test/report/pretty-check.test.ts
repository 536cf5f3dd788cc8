import { describe, expect, it } from "vitest";
import { formatPretty } from "../../src/report/pretty-check.js";
import { report } from "./sample-report.js";

describe("pretty reporter for check", () => {
  it("writes each diagnostic with its rule, code frame and fix, then a summary", () => {
    const out = formatPretty(report(), false);
    expect(out).toContain("/work/repo/plans/xa-cam-tan.yaml:12:7: lỗi: Số thứ tự");
    expect(out).toContain("[typed-numbering]");
    expect(out).toContain("  12 |   - ten: V. TỔ CHỨC");
    expect(out).toContain("→ Xóa");
    expect(out.trimEnd().split("\n").pop()).toBe("✖ 2 lỗi, 1 cảnh báo trong 3 tệp.");
    expect(out).not.toContain("\u001b[");
  });

  it("says so when clean", () => {
    expect(formatPretty(report([]), false)).toBe("✔ Đã kiểm tra 3 tệp: không có lỗi.\n");
  });

  it("colours with FORCE_COLOR, never with NO_COLOR (run through the CLI)", async () => {
    const { runCli } = await import("../helpers/cli.js");
    const plan = "test/check/fixtures/huyen-kong-chro-2022-goc.yaml";
    expect(runCli(["check", plan], { env: { NO_COLOR: "", FORCE_COLOR: "1" } }).stdout).toContain("\u001b[");
    expect(runCli(["check", plan], { env: { NO_COLOR: "1", FORCE_COLOR: "1" } }).stdout).not.toContain("\u001b[");
  });
});
