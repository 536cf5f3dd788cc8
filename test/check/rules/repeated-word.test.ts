import { describe, expect, it } from "vitest";
import { CLEAN, findings, lineCol, where, say } from "../helpers.js";

const ID = "repeated-word";

describe(ID, () => {
  it("passes the clean plan and correct text", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    expect(await findings(say("Người người, nhà nhà thi đua; dần dần nâng cao; xử lý hành vi vi phạm."), ID)).toEqual([]);
  });

  it("reports the mistake where it is", async () => {
    const plan = say("Tổ chức tổng kết tổng kết việc thực hiện.");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "tổng kết việc")]);
    expect(f[0]!.severity).toBe("warning");
    expect(f[0]!.message).toContain("“tổng kết” bị lặp liền nhau");
  });
});
