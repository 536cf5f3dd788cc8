import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/report/json.js";
import { report } from "./sample-report.js";

describe("json reporter", () => {
  it("writes a summary, the files and every diagnostic with relative paths", () => {
    const out = JSON.parse(formatJson(report()));
    expect(out.tool).toBe("kehoach");
    expect(out.version).toBe("0.1.0");
    expect(out.summary).toEqual({ files: 3, errors: 2, warnings: 1, infos: 0 });
    expect(out.files).toEqual(["plans/xa-cam-tan.yaml", "plans/b.yaml", "plans/c.yaml"]);
    expect(out.diagnostics[0]).toEqual({
      file: "plans/xa-cam-tan.yaml",
      line: 12,
      column: 7,
      severity: "error",
      code: "typed-numbering",
      message: 'Số thứ tự "V." được gõ tay, 100% sai: xem lại',
      hint: 'Xóa "V."\nkehoach tự đánh số.',
    });
    expect(out.diagnostics[1]).not.toHaveProperty("hint");
  });

  it("has an empty list when clean", () => {
    expect(JSON.parse(formatJson(report([]))).diagnostics).toEqual([]);
  });
});
