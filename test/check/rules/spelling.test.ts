import { describe, expect, it } from "vitest";
import { CLEAN, edit, findings, lineCol, where } from "../helpers.js";

const ID = "spelling";
const LINE = "Kiểm tra việc thực hiện chính sách, pháp luật về bình đẳng giới.";
const say = (text: string) => edit(CLEAN, LINE, text);

describe(ID, () => {
  it("passes the clean plan and correct text", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    expect(await findings(say("Tăng cường phòng ngừa, ứng phó ở vùng sâu, vùng xa; ngành y tế quyết định (b/c, đ/c, COVID-19, UBND, LĐTBXH)."), ID)).toEqual([]);
  });

  it("reports the mistake where it is", async () => {
    const plan = say("Tổ chứcc hội nghị về bình đẳng giới.");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "chứcc")]);
    expect(f[0]!.severity).toBe("warning");
    expect(f[0]!.message).toContain("không phải là một âm tiết tiếng Việt");
  });
});
