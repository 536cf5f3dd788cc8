// validate: every problem at once, each at file:line:column, with a message that says what to write.
import { afterEach, describe, expect, it } from "vitest";
import { InputError } from "../../src/findings/errors.js";
import { setLang } from "../../src/i18n/i18n.js";
import { parsePlanText } from "../../src/load/load-plan.js";
import { SourceFile } from "../../src/findings/source-file.js";
import { parsePlanDate } from "../../src/text/plan-date.js";
import { validatePlan } from "../../src/validate/validate-plan.js";
import { rendered, type Rendered } from "../helpers/rendered.js";

const GOOD = `co_quan:
  ten: ỦY BAN NHÂN DÂN XÃ A
  viet_tat: UBND
dia_danh: A
ngay: 2024-04-15
trich_yeu: Kế hoạch thử
muc:
  - ten: MỤC ĐÍCH, YÊU CẦU
    noi_dung: [Đoạn văn.]
noi_nhan: ["Lưu: VT"]
ky:
  chuc_vu: CHỦ TỊCH
  ho_ten: Nguyễn Văn A
`;

function problems(text: string): Rendered[] {
  try {
    validatePlan(parsePlanText(new SourceFile("plan.yaml", text)));
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics.map(rendered);
    throw e;
  }
  return [];
}

afterEach(() => setLang("vi"));

describe("validatePlan", () => {
  it("accepts a correct plan", () => {
    expect(problems(GOOD)).toEqual([]);
  });

  it("reports an unknown key at its line and column with a did-you-mean", () => {
    const d = problems(GOOD.replace("noi_nhan:", "noi_nhann:"));
    const unknown = d.find((x) => x.message.includes("noi_nhann"));
    expect(unknown).toMatchObject({ line: 10, column: 1, code: "schema" });
    expect(unknown?.hint).toContain('"noi_nhan"');
    expect(unknown?.frame).toContain("10 | noi_nhann:");
  });

  it("points a missing key at the object that lacks it, not at line 1", () => {
    const d = problems(GOOD.replace("  ho_ten: Nguyễn Văn A\n", ""));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ line: 11, column: 1 });
    expect(d[0]?.message).toContain('"ho_ten"');
  });

  it("a missing ngay (text or number) is a missing key, not an invalid value", () => {
    const d = problems(GOOD.replace("ngay: 2024-04-15\n", ""));
    expect(d).toHaveLength(1);
    expect(d[0]?.message).toBe('Thiếu khóa bắt buộc "ngay".');
    expect(d[0]?.hint).toContain("2024-04-15 hoặc 15/4/2024");
  });

  it("reports all problems at once", () => {
    const bad = GOOD.replace("viet_tat: UBND", "viet_tat: ubnd").replace("ngay: 2024-04-15", "ngay: 2024-02-30").replace("noi_dung: [Đoạn văn.]", "noi_dung: [{ foo: 1 }]");
    const d = problems(bad);
    expect(d.map((x) => x.line)).toEqual([3, 5, 9]);
  });

  it("rejects impossible and malformed dates", () => {
    expect(problems(GOOD.replace("2024-04-15", "31/13/2024"))[0]?.message).toContain("31/13/2024");
    expect(problems(GOOD.replace("2024-04-15", "2024-02-30"))[0]?.message).toContain("không tồn tại");
    expect(problems(GOOD.replace("2024-04-15", "hôm nay"))[0]?.message).toContain("không đúng dạng");
  });

  it("reports a block of the wrong shape by its own key, not as a failed union", () => {
    const d = problems(GOOD.replace("noi_dung: [Đoạn văn.]", "noi_dung:\n      - ten: Mục đích\n        noi_dungg: [x]"));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ line: 11, column: 9 });
    expect(d[0]?.hint).toContain('"noi_dung"');
  });

  it("reports YAML syntax errors with their place", () => {
    const d = problems("co_quan:\n  ten: [x\n muc: 1\n");
    expect(d.length).toBeGreaterThan(0);
    expect(d[0]?.code).toBe("yaml-syntax");
    expect(d[0]?.line).toBeGreaterThan(1);
  });

  it("speaks English with --lang en", () => {
    setLang("en");
    const d = problems(GOOD.replace("noi_nhan:", "noi_nhann:"));
    expect(d.some((x) => x.message.startsWith('Unknown key "noi_nhann"'))).toBe(true);
  });

  it("refuses __proto__ and constructor keys as unknown keys", () => {
    const d = problems(GOOD + "__proto__: { polluted: true }\nconstructor: 1\n");
    expect(d.map((x) => x.message).join("\n")).toMatch(/__proto__[\s\S]*constructor|constructor[\s\S]*__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("checks table rows against the columns", () => {
    const d = problems(GOOD.replace("noi_dung: [Đoạn văn.]", "noi_dung:\n      - bang:\n          cot: [A, B]\n          dong: [[1, 2, 3]]"));
    expect(d).toHaveLength(1);
    expect(d[0]?.message).toContain("3");
  });
});

describe("parsePlanDate", () => {
  it("reads ISO, Vietnamese and draft forms", () => {
    expect(parsePlanDate("2024-04-15")).toEqual({ ok: true, date: { year: 2024, month: 4, day: 15 } });
    expect(parsePlanDate("5/2/2024")).toEqual({ ok: true, date: { year: 2024, month: 2, day: 5 } });
    expect(parsePlanDate("2024-04")).toEqual({ ok: true, date: { year: 2024, month: 4 } });
    expect(parsePlanDate("4/2024")).toEqual({ ok: true, date: { year: 2024, month: 4 } });
    expect(parsePlanDate("29/2/2023")).toEqual({ ok: false, reason: "impossible" });
    expect(parsePlanDate("29/2/2024").ok).toBe(true);
  });
});
