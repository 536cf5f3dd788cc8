import { describe, expect, it } from "vitest";
import { CLEAN, findings, lineCol, where, say } from "../helpers.js";

const ID = "issuer-abbreviation";

describe(ID, () => {
  it("passes the clean plan and correct text", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    expect(await findings(say("Thực hiện Kế hoạch số 107/KH-UBND ngày 19/5/2022 của UBND huyện."), ID)).toEqual([]);
  });

  it("reports the mistake where it is", async () => {
    const plan = say("Thực hiện Kế hoạch số 107/KH-UBND ngày 19/5/2022 của Hội LHPN huyện.");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "107/KH-UBND ngày 19/5/2022 của Hội")]);
    expect(f[0]!.severity).toBe("warning");
    expect(f[0]!.message).toContain("của Ủy ban nhân dân");
  });
});
