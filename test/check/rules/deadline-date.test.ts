import { describe, expect, it } from "vitest";
import { CLEAN, findings, lineCol, where, say } from "../helpers.js";

const ID = "deadline-date";

describe(ID, () => {
  it("passes the clean plan and correct text", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    expect(await findings(say("Báo cáo kết quả trước ngày 05/12/2024."), ID)).toEqual([]);
  });

  it("reports the mistake where it is", async () => {
    const plan = say("Báo cáo kết quả trước ngày 05/02/2024.");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "05/02/2024")]);
    expect(f[0]!.severity).toBe("warning");
    expect(f[0]!.message).toContain("sớm hơn ngày ban hành");
  });
});
