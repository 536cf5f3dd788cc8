import { describe, expect, it } from "vitest";
import { CLEAN, edit, findings, lineCol, where } from "../helpers.js";

const ID = "empty-item";

describe("empty-item", () => {
  it("passes items with content, and items written as one paragraph (doan)", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
  });

  it("warns about a titled item with nothing under it, at its title", async () => {
    const plan = edit(CLEAN, "      - ten: Kiểm tra\n", "      - ten: Kinh phí thực hiện\n      - ten: Kiểm tra\n");
    const f = await findings(plan, ID);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe("warning");
    expect(where(f[0]!)).toBe(lineCol(plan, "Kinh phí thực hiện"));
    expect(f[0]!.message).toContain('"2. Kinh phí thực hiện"');
  });

  it("warns about a paragraph line with no words", async () => {
    const plan = edit(CLEAN, "            - Tuyên truyền những", "            -\n            - Tuyên truyền những");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "-\n")]);
  });
});
