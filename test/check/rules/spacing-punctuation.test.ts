import { describe, expect, it } from "vitest";
import { CLEAN, edit, findings, lineCol, where } from "../helpers.js";

const ID = "spacing-punctuation";
const LINE = "Tổ chức tháng hành động vì bình đẳng giới năm 2024.";
const say = (text: string) => edit(CLEAN, LINE, text);

describe("spacing-punctuation", () => {
  it("passes normal Vietnamese punctuation, numbers, abbreviations and marks", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    const ok = "Chỉ tiêu 18.5 đạt 1,5 lần; lúc 7:30 tại TP.HCM (b/c), v.v... Xem **Công an xã:** Tăng cường./.";
    expect(await findings(say(ok), ID)).toEqual([]);
  });

  it("reports double spaces, a space before punctuation, a missing space after it", async () => {
    const plan = say("Tổ chức  tháng hành động ,vì bình đẳng giới năm 2024 . Tiếp nhận;cấp phát (b/c ).");
    const f = await findings(plan, ID);
    expect(f.map(where).sort()).toEqual(
      [lineCol(plan, "  tháng"), lineCol(plan, " ,vì"), lineCol(plan, " . Tiếp"), lineCol(plan, ";cấp"), lineCol(plan, " )")].sort(),
    );
    expect(f.every((d) => d.severity === "warning")).toBe(true);
  });

  it("reports a sentence run into the next (Cẩm Tân: loa truyền thanh....Tuyên truyền)", async () => {
    const plan = say("Tuyên truyền trên hệ thống loa truyền thanh....Tuyên truyền về các mô hình.");
    expect((await findings(plan, ID)).map(where)).toEqual([lineCol(plan, "....")]);
  });

  it("reports 'KT.CHỦ TỊCH', a stray mark at the start of a line, and '2021- 2025'", async () => {
    let plan = edit(CLEAN, "chuc_vu: PHÓ CHỦ TỊCH", "chuc_vu: KT.CHỦ TỊCH PHÓ CHỦ TỊCH");
    expect((await findings(plan, ID)).map(where)).toEqual([lineCol(plan, "KT.CHỦ")]);
    plan = edit(CLEAN, "            - Tuyên truyền những", "            . - Kiểm tra việc chấp hành.\n            - Tuyên truyền những");
    expect((await findings(plan, ID)).map(where)).toEqual([lineCol(plan, ". - Kiểm")]);
    plan = say("Chương trình giai đoạn 2021- 2025.");
    expect((await findings(plan, ID)).map(where)).toEqual([lineCol(plan, "- 2025")]);
  });

  it("does not check inside {{placeholders}}", async () => {
    const plan = edit(say("Xã {{ xa }} tổ chức."), "ngay: 2024-04-15", "ngay: 2024-04-15\nbien: { xa: Cẩm Tân }");
    expect(await findings(plan, ID)).toEqual([]);
  });
});
