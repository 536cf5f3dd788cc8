import { describe, expect, it } from "vitest";
import { CLEAN, edit, findings, lineCol, where } from "../helpers.js";

const ID = "empty-section";

describe("empty-section", () => {
  it("passes sections with content", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
  });

  it("reports a section without noi_dung at its title", async () => {
    const plan = edit(CLEAN, "  - ten: TỔ CHỨC THỰC HIỆN\n", "  - ten: KINH PHÍ\n  - ten: TỔ CHỨC THỰC HIỆN\n");
    const f = await findings(plan, ID);
    expect(f).toHaveLength(1);
    expect(where(f[0]!)).toBe(lineCol(plan, "KINH PHÍ"));
    expect(f[0]!.message).toContain("III. KINH PHÍ");
  });

  it("reports a section whose content is only blank text or an empty list", async () => {
    const plan = edit(CLEAN, "  - ten: TỔ CHỨC THỰC HIỆN\n", '  - ten: KINH PHÍ\n    noi_dung: ["  "]\n  - ten: CHẾ ĐỘ BÁO CÁO\n    noi_dung: []\n  - ten: TỔ CHỨC THỰC HIỆN\n');
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "KINH PHÍ"), lineCol(plan, "CHẾ ĐỘ BÁO CÁO")]);
  });
});
