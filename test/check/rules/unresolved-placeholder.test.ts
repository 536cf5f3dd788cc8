import { describe, expect, it } from "vitest";
import { CLEAN, edit, findings, lineCol, pointsInto, where } from "../helpers.js";
import { text } from "../../report/sample-report.js";

const ID = "unresolved-placeholder";
const SUMMARY = "trich_yeu: Triển khai công tác bình đẳng giới năm 2024 trên địa bàn xã Cẩm Tân";
const TEMPLATE = edit(CLEAN, SUMMARY, "trich_yeu: Triển khai công tác bình đẳng giới năm 2024 trên địa bàn xã {{xa}}");
const rows = (...xa: (string | undefined)[]) => xa.map((v, i) => ({ label: text(`xa.yaml, hàng ${i + 1}`), values: v === undefined ? {} : { xa: v } }));

describe("unresolved-placeholder", () => {
  it("passes a plan whose placeholders have values in bien", async () => {
    const plan = edit(TEMPLATE, "ngay: 2024-04-15", "ngay: 2024-04-15\nbien: { xa: Cẩm Tân }");
    expect(await findings(plan, ID)).toEqual([]);
  });

  it("reports a placeholder without a value in a plan, where it is written", async () => {
    const f = await findings(TEMPLATE, ID);
    expect(f).toHaveLength(1);
    expect(pointsInto(f[0]!, TEMPLATE, "{{xa}}"), where(f[0]!)).toBe(true);
    expect(f[0]!.severity).toBe("error");
    expect(f[0]!.message).toContain("{{xa}}");
  });

  it("lets a template keep its placeholders, but reports broken expressions and unknown helpers", async () => {
    expect(await findings(TEMPLATE, ID, { template: true })).toEqual([]);
    const broken = edit(TEMPLATE, "xã {{xa}}", "xã {{xa}} {{khong_co_ham xa}}");
    const f = await findings(broken, ID, { template: true });
    expect(f).toHaveLength(1);
    expect(pointsInto(f[0]!, broken, "{{khong_co_ham xa}}"), where(f[0]!)).toBe(true);
  });

  it("expands a template against each data row; a problem of some rows names the row", async () => {
    expect(await findings(TEMPLATE, ID, { template: true, rows: rows("Cẩm Tân", "Cẩm Lương") })).toEqual([]);
    const f = await findings(TEMPLATE, ID, { template: true, rows: rows("Cẩm Tân", undefined, "Cẩm Lương") });
    expect(f).toHaveLength(1);
    expect(pointsInto(f[0]!, TEMPLATE, "{{xa}}"), where(f[0]!)).toBe(true);
    expect(f[0]!.message).toContain("xa.yaml, hàng 2");
  });

  it("reports a problem every row shares once", async () => {
    const f = await findings(TEMPLATE, ID, { template: true, rows: rows(undefined, undefined, undefined) });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain("mọi dòng dữ liệu");
  });

  it("reports {single-brace} names and blanks left to fill", async () => {
    const plan = edit(CLEAN, "Báo cáo kết quả về UBND xã trước ngày 16/12/2024.", "Báo cáo kết quả về UBND xã {ten_xa} trước ngày …… tháng 12.");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "{ten_xa}"), lineCol(plan, "……")]);
  });

  it("is silenced with the rule turned off", async () => {
    expect(await findings(TEMPLATE, ID, { config: { rules: { [ID]: "off" } } })).toEqual([]);
  });
});
