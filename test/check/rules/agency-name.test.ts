import { describe, expect, it } from "vitest";
import { CLEAN, findings, lineCol, where, say } from "../helpers.js";

const ID = "agency-name";

describe(ID, () => {
  it("passes the clean plan and correct text", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    expect(await findings(say("Tuyên truyền trên địa bàn xã Cẩm Tân và xã Cẩm Vân."), ID)).toEqual([]);
  });

  it("allows the issuing agency in full or abbreviated, and other agencies of the same place", async () => {
    const text = "Ủy ban nhân dân xã Cẩm Tân, Uỷ ban nhân dân xã Cẩm Tân, UBND xã Cẩm Tân, HĐND xã Cẩm Tân, Đảng ủy xã Cẩm Tân, Công an xã Cẩm Tân, Hội Nông dân xã Cẩm Tân và UBND huyện Cẩm Thủy phối hợp.";
    expect(await findings(say(text), ID)).toEqual([]);
  });

  it.each([
    ["UBNN xã Cẩm Tân", "UBNN"],
    ["UBDN xã Cẩm Tân", "UBDN"],
    ["Ủy ban nhân xã Cẩm Tân", "Ủy ban nhân"],
    ["Ủy ban nhân đân xã Cẩm Tân", "Ủy ban nhân đân"],
    ["Ủy ban nhân dận xã Cẩm Tân", "Ủy ban nhân dận"],
    ["UBNN huyện Cẩm Thủy", "UBNN"],
  ])("reports the issuing agency written another way: %s", async (written, at) => {
    const plan = say(`Báo cáo kết quả về ${written} trước ngày 16/12/2024.`);
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, at)]);
    expect(f[0]!.message).toContain(`“${at}” viết khác với tên cơ quan ban hành`);
  });

  it("reports the mistake where it is", async () => {
    const plan = say("Tuyên truyền trên địa bàn xã Cẩm Tâm.");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "Cẩm Tâm")]);
    expect(f[0]!.severity).toBe("warning");
    expect(f[0]!.message).toContain("được viết khác với “Cẩm Tân”");
  });
});
