// The paragraph and character limits hold after expansion, whatever the values come from: a data
// row's cell that a lap repeats over (laps inside laps), a placeholder repeated over a long value.
// Expansion stops at the first block or character too many instead of building the rest.
import { describe, expect, it } from "vitest";
import { ExpandError, expandPlan } from "../../src/expand/expand-plan.js";
import { SourceFile } from "../../src/findings/source-file.js";
import { LIMITS } from "../../src/limits.js";
import { t } from "../../src/i18n/i18n.js";
import { readPlanSource } from "../../src/pipeline.js";

const plan = (blocks: string) =>
  readPlanSource(
    new SourceFile(
      "mau.yaml",
      `co_quan: {ten: ỦY BAN NHÂN DÂN XÃ A, viet_tat: UBND}\nso: 1\ndia_danh: A\nngay: 2024-04-15\ntrich_yeu: Triển khai\nmuc:\n  - ten: MỤC ĐÍCH, YÊU CẦU\n    noi_dung:\n${blocks}noi_nhan: ["Lưu: VT"]\nky: {chuc_vu: CHỦ TỊCH, ho_ten: Nguyễn Văn A}\n`,
    ),
  );

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (e) {
    if (e instanceof ExpandError) return e.problems;
    throw e;
  }
  throw new Error("expanded without a problem");
}

describe("limits after expansion", () => {
  it("five laps inside each other over a 600-byte data cell (10^10 paragraphs) stop at the block limit, at the outer lap", () => {
    const nested = (d: number): string => (d === 0 ? `${"  ".repeat(5 + 2 * 5)}- "{{this}}"\n` : `${"  ".repeat(3 + 2 * (5 - d))}- lap: ds\n${"  ".repeat(4 + 2 * (5 - d))}noi_dung:\n${nested(d - 1)}`);
    const ds = Array.from({ length: 120 }, (_, i) => `thon${i}`).join(";");
    const problems = problemsOf(() => expandPlan(plan(nested(5)), { vars: { ds } }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.kind).toBe("limit");
    expect(t(problems[0]!.message)).toMatch(new RegExp(`Quá nhiều đoạn văn, dòng và ô bảng sau khi điền dữ liệu \\(tối đa ${LIMITS.maxBlocks}\\)`));
    expect(problems[0]!.line).toBe(9);
  });

  it("a lap over a data cell of 90,000 items is refused", () => {
    const ds = Array(90_000).fill("x").join(";");
    const problems = problemsOf(() => expandPlan(plan('      - lap: ds\n        noi_dung: ["{{this}}"]\n'), { vars: { ds } }));
    expect(problems.map((p) => p.kind)).toEqual(["limit"]);
  });

  it("a lap repeating nothing (a false neu) is bounded too", () => {
    const ds = Array(30_000).fill("x").join(";");
    const problems = problemsOf(() => expandPlan(plan('      - lap: ds\n        noi_dung:\n          - neu: khong_co\n            noi_dung: [A]\n'), { vars: { ds, khong_co: "" } }));
    expect(problems.map((p) => p.kind)).toEqual(["limit"]);
  });

  it("500 × {{x}} of 199,000 characters stops as the string grows past 200,000", () => {
    const problems = problemsOf(() => expandPlan(plan(`      - "${"{{x}}".repeat(500)}"\n`), { vars: { x: "a".repeat(199_000) } }));
    expect(problems.map((p) => p.kind)).toEqual(["tooLong"]);
    expect(t(problems[0]!.message)).toMatch(/Chuỗi quá dài sau khi điền dữ liệu/);
  });
});
