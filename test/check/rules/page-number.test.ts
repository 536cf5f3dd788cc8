import { describe, expect, it } from "vitest";
import { CLEAN, findings, lineCol, where, say } from "../helpers.js";

const ID = "page-number";

describe(ID, () => {
  it("passes the clean plan and correct text", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    expect(await findings(say("Tổng kết 15 năm thi hành Luật; định kỳ 6 tháng và năm; tổ chức 02 lớp tập huấn."), ID)).toEqual([]);
  });

  it("reports the mistake where it is", async () => {
    const plan = say("Nâng cao lợi ích của 4 các dịch vụ.");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "4 các")]);
    expect(f[0]!.severity).toBe("warning");
    expect(f[0]!.message).toContain("số trang");
  });
});
