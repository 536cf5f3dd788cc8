import { describe, expect, it } from "vitest";
import { CLEAN, findings, lineCol, where, say } from "../helpers.js";

const ID = "brackets-quotes";

describe(ID, () => {
  it("passes the clean plan and correct text", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    expect(await findings(say("Mô hình “bình đẳng, hạnh phúc” (theo Kế hoạch số 70/KH-UBND); a) tuyên truyền."), ID)).toEqual([]);
  });

  it("reports the mistake where it is", async () => {
    const plan = say("Xử lý vi phạm (theo Quyết định của UBND tỉnh Thanh Hoá”.");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "”.")]);
    expect(f[0]!.severity).toBe("warning");
    expect(f[0]!.message).toContain("được đóng bằng");
  });
});
