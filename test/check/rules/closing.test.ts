import { describe, expect, it } from "vitest";
import { CLEAN, edit, findings, lineCol, where } from "../helpers.js";

const ID = "closing";

describe(ID, () => {
  it("passes a plan with ket_luan", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
  });

  it("reports a plan without ket_luan at noi_nhan", async () => {
    const plan = edit(CLEAN, "ket_luan: Trên đây là Kế hoạch triển khai công tác bình đẳng giới năm 2024 của UBND xã Cẩm Tân\n", "");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "noi_nhan:")]);
    expect(f[0]!.message).toBe("Kế hoạch không có đoạn kết (ket_luan).");
    expect(f[0]!.severity).toBe("warning");
  });
});
