import { describe, expect, it } from "vitest";
import { CLEAN, edit, findings, lineCol, where } from "../helpers.js";

const ID = "render-artifacts";
const LINE = "Kiểm tra việc thực hiện chính sách, pháp luật về bình đẳng giới.";
const say = (text: string) => edit(CLEAN, LINE, text);

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
