import { describe, expect, it } from "vitest";
import { CLEAN, findings, lineCol, where, say } from "../helpers.js";

const ID = "render-artifacts";

describe(ID, () => {
  it("passes the clean plan and correct text", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    expect(await findings(say("Kiểm tra - đánh giá việc thực hiện."), ID)).toEqual([]);
  });

  it("reports the mistake where it is", async () => {
    const plan = say("Kiểm tra việc thực hiện.\\nBáo cáo kết quả.");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "\\nBáo")]);
    expect(f[0]!.severity).toBe("warning");
    expect(f[0]!.message).toContain("\\n");
  });
});
