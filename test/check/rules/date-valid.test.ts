import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/check/dates-in-text.js";
import { CLEAN, edit, findings, lineCol, where } from "../helpers.js";

const ID = "date-valid";

describe("date-valid", () => {
  it("finds dates in the forms Vietnamese text uses", () => {
    const d = findDates("ngày 15/3/2024, ngày 15 tháng 03 năm 2024, tháng 4/2024, năm 2022, 12/2020/NĐ-CP");
    expect(d.map((x) => [x.form, x.day, x.month, x.year])).toEqual([
      ["dmy", 15, 3, 2024],
      ["long", 15, 3, 2024],
      ["month-year", undefined, 4, 2024],
      ["year", undefined, undefined, 2022],
    ]);
  });

  it("passes real dates, and cited documents dated before the plan", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
  });

  it("reports a date that does not exist (ngày 31/2/2024), at the date", async () => {
    const plan = edit(CLEAN, "trước ngày 16/12/2024", "trước ngày 31/2/2024");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "31/2/2024")]);
    expect(f[0]!.message).toBe('Ngày "31/2/2024" không tồn tại.');
  });

  it("reports impossible long-form dates and months", async () => {
    const plan = edit(CLEAN, "trước ngày 16/12/2024", "trước ngày 30 tháng 02 năm 2024, trong tháng 13/2024");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "30 tháng 02"), lineCol(plan, "13/2024")]);
  });

  it("reports a cited document dated after the plan", async () => {
    const plan = edit(CLEAN, "số 70/KH-UBND ngày 15/3/2024", "số 70/KH-UBND ngày 20/5/2024");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "20/5/2024")]);
    expect(f[0]!.message).toContain("15/4/2024");
  });

  it("compares a draft (no day) by month only", async () => {
    const draft = edit(CLEAN, "ngay: 2024-04-15", "ngay: 2024-04");
    expect(await findings(edit(draft, "ngày 15/3/2024", "ngày 20/4/2024"), ID)).toEqual([]);
    expect(await findings(edit(draft, "ngày 15/3/2024", "ngày 02/5/2024"), ID)).toHaveLength(1);
  });

  it("reports a plan dated more than a year ahead", async () => {
    const plan = edit(CLEAN, "ngay: 2024-04-15", "ngay: 2042-04-15");
    const f = await findings(plan, ID, { today: { year: 2024, month: 4, day: 1 } });
    expect(f.map(where)).toContain(lineCol(plan, "2042-04-15"));
  });
});
