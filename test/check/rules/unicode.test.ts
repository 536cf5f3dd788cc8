import { describe, expect, it } from "vitest";
import { CLEAN, edit, findings, lineCol, where } from "../helpers.js";

const ID = "unicode";
const WORD = "Tuyên truyền những nội dung mới";
const put = (text: string) => edit(CLEAN, WORD, text);

describe("unicode", () => {
  it("passes precomposed text", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
  });

  it("reports legacy-font code points (ƣ U+01A3, Ƣ U+01A2) once per value, with the fix", async () => {
    const plan = put("Tuyên truyền nhƣ̃ng nội dung mới, tăng cƣờng, ƢU TIÊN");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "ƣ")]);
    expect(f[0]!.message).toContain("(3 chỗ)");
    expect(f[0]!.hint).toContain('"những"');
  });

  it("reports decomposed letters (letter + combining mark) with the NFC form", async () => {
    const decomposed = "Tăng".normalize("NFD");
    const plan = put(`${WORD} ${decomposed} cường`);
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, decomposed)]);
    expect(f[0]!.hint).toContain('"Tăng"');
    // Validation normalises values, so only the raw source shows the problem.
    expect(decomposed).not.toBe("Tăng");
  });

  it("reports a diacritic standing alone (split from its letter)", async () => {
    const plan = put(`${WORD} phòng nga \u0300`);
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "\u0300")]);
    expect(f[0]!.message).toContain("U+0300");
  });

  it("reports hidden control characters where they are (and not again as validate's note)", async () => {
    const plan = put(`Tuyên\u200B truyền những nội dung mới`);
    const all = (await findings(plan, ID)).concat(await findings(plan, "control-characters"));
    expect(all.map(where)).toEqual([lineCol(plan, "\u200B")]);
    expect(all[0]!.message).toContain("U+200B");
  });
});
