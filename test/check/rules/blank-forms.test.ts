// unresolved-placeholder: blanks left to fill in every form are warnings in a draft, errors with --final.
import { describe, expect, it } from "vitest";
import { findings, lineCol, where, say } from "../helpers.js";

const ID = "unresolved-placeholder";

describe("unresolved-placeholder: blanks in every form", () => {
  it("passes an ellipsis that means 'and so on'", async () => {
    expect(await findings(say("Tổ chức hội nghị, tọa đàm, giao lưu văn nghệ, thể thao,... về bình đẳng giới; thu nhập thấp ... và khác."), ID)).toEqual([]);
  });

  it.each([
    ["Thực hiện Kế hoạch số …/KH-UBND ngày 02/4/2024.", "…/KH"],
    ["Thực hiện Kế hoạch số 12/KH-UBND ngày ..../..../2024.", "..../"],
    ["Tổ chức tại xã [tên xã].", "[tên xã]"],
    ["Tổ chức tại thôn xxx.", "xxx"],
    ["Báo cáo trước ngày XX/12/2024.", "XX/"],
  ])("%s: a warning in a draft, an error with --final", async (text, needle) => {
    const plan = say(text);
    const draft = await findings(plan, ID);
    expect(draft.map(where)[0]).toBe(lineCol(plan, needle));
    expect(draft.every((d) => d.severity === "warning")).toBe(true);
    const final = await findings(plan, ID, { final: true });
    expect(final.length).toBe(draft.length);
    expect(final.every((d) => d.severity === "error")).toBe(true);
  });
});
