import { describe, expect, it } from "vitest";
import { CLEAN, findings, lineCol, where, say } from "../helpers.js";

const ID = "confusion";

describe(ID, () => {
  it("passes the clean plan and correct text", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    expect(await findings(say("Thúc đẩy lồng ghép vấn đề bình đẳng giới, giảm thiểu bạo lực tại cộng đồng."), ID)).toEqual([]);
  });

  it("reports the mistake where it is", async () => {
    const plan = say("Thúc đẩy lồng ghép vấn đề bình đẳng giới tại công đồng.");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "công đồng")]);
    expect(f[0]!.severity).toBe("warning");
    expect(f[0]!.message).toContain("“công đồng” viết nhầm, đúng là “cộng đồng”");
  });
});
