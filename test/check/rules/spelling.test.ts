import { describe, expect, it } from "vitest";
import { CLEAN, findings, lineCol, where, say } from "../helpers.js";

const ID = "spelling";

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

describe("spelling: names", () => {
  it("accepts the plan's own names and the project word list (tu_dien), reports an unknown name with diacritics", async () => {
    const plan = say("Phối hợp với UBND huyện Chư Păh tổ chức hội nghị.");
    expect((await findings(plan, ID)).map(where)).toEqual([lineCol(plan, "Păh")]);
    expect(await findings(plan, ID, { config: { words: ["Chư Păh"] } })).toEqual([]);
    expect(await findings(say("Phối hợp với huyện Kbang và xã Đăk Pling."), ID)).toEqual([]);
  });

  it("reads tu_dien from .kehoach.yaml", async () => {
    const { loadConfig } = await import("../../../src/check/config.js");
    const { writePlan } = await import("../helpers.js");
    const file = writePlan("tu_dien: [Chư Păh, Kbang]\n", ".kehoach.yaml");
    expect(loadConfig(file).words).toEqual(["Chư Păh", "Kbang"]);
  });
});
