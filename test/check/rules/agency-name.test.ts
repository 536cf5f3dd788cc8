import { describe, expect, it } from "vitest";
import { CLEAN, findings, lineCol, where, say } from "../helpers.js";

const ID = "agency-name";

describe(ID, () => {
  it("passes the clean plan and correct text", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    expect(await findings(say("Tuyên truyền trên địa bàn xã Cẩm Tân và xã Cẩm Vân."), ID)).toEqual([]);
  });

  it("reports the mistake where it is", async () => {
    const plan = say("Tuyên truyền trên địa bàn xã Cẩm Tâm.");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "Cẩm Tâm")]);
    expect(f[0]!.severity).toBe("warning");
    expect(f[0]!.message).toContain("được viết khác với “Cẩm Tân”");
  });
});
