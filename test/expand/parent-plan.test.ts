import { describe, expect, it } from "vitest";
import { expandPlan } from "../../src/expand/expand-plan.js";
import { agencyInText, parentPlanVars } from "../../src/expand/parent-plan.js";
import { SourceFile } from "../../src/findings/source-file.js";
import { readPlan, readPlanSource } from "../../src/pipeline.js";

const FIXTURE = new URL("../batch/fixtures/huyen-kong-chro-2022.yaml", import.meta.url).pathname;

describe("cap_tren: the parent plan as the child cites it", () => {
  it("number-and-symbol, dates, agency and summary of the Kông Chro district plan", () => {
    const vars = parentPlanVars(expandPlan(readPlan(FIXTURE)));
    expect(vars).toEqual({
      so: "62",
      so_ky_hieu: "62/KH-UBND",
      ky_hieu: "KH-UBND",
      ngay: "14/3/2022",
      ngay_dai: "ngày 14 tháng 3 năm 2022",
      nam: "2022",
      co_quan: "UBND huyện Kông Chro",
      ten_co_quan: "ỦY BAN NHÂN DÂN HUYỆN KÔNG CHRO",
      viet_tat: "UBND",
      dia_danh: "Kông Chro",
      trich_yeu: "Triển khai công tác bình đẳng giới và vì sự tiến bộ của Phụ nữ huyện Kông Chro năm 2022",
    });
  });

  it("numbers under 10 and January/February get their leading zero (nd30 §6)", () => {
    const text = `co_quan: { ten: ỦY BAN NHÂN DÂN HUYỆN CẨM THỦY, viet_tat: UBND }
so: 7
dia_danh: Cẩm Thủy
ngay: 2024-02-05
trich_yeu: Kế hoạch
muc: [{ ten: NỘI DUNG }]
noi_nhan: [Như trên]
ky: { chuc_vu: CHỦ TỊCH, ho_ten: Nguyễn Văn A }
`;
    const vars = parentPlanVars(expandPlan(readPlanSource(new SourceFile("h.yaml", text))));
    expect([vars.so_ky_hieu, vars.ngay, vars.ngay_dai, vars.co_quan]).toEqual(["07/KH-UBND", "05/02/2024", "ngày 05 tháng 02 năm 2024", "UBND huyện Cẩm Thủy"]);
  });

  it("a draft parent (no number, no day) leaves those values out, so using them is an error", () => {
    const text = `co_quan: { ten: ỦY BAN NHÂN DÂN HUYỆN CẨM THỦY, viet_tat: UBND }
dia_danh: Cẩm Thủy
ngay: 2024-03
trich_yeu: Kế hoạch
muc: [{ ten: NỘI DUNG }]
noi_nhan: [Như trên]
ky: { chuc_vu: CHỦ TỊCH, ho_ten: Nguyễn Văn A }
`;
    const vars = parentPlanVars(expandPlan(readPlanSource(new SourceFile("h.yaml", text))));
    expect(vars.so_ky_hieu).toBeUndefined();
    expect(vars.ngay).toBeUndefined();
    expect(vars.ky_hieu).toBe("KH-UBND");
  });

  it.each([
    ["ỦY BAN NHÂN DÂN HUYỆN KÔNG CHRO", "Kông Chro", "UBND huyện Kông Chro"],
    ["ỦY BAN NHÂN DÂN TỈNH GIA LAI", "Pleiku", "UBND tỉnh Gia Lai"],
    ["ỦY BAN NHÂN DÂN\nTHỊ TRẤN KÔNG CHRO", "Kông Chro", "UBND thị trấn Kông Chro"],
    ["ỦY BAN NHÂN DÂN XÃ SRÓ", "SRó", "UBND xã SRó"],
    ["HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Thành phố Hồ Chí Minh", "HĐND thành phố Hồ Chí Minh"],
    ["BAN THƯỜNG VỤ HỘI LHPN HUYỆN HÓC MÔN", "Hóc Môn", "BAN THƯỜNG VỤ HỘI LHPN HUYỆN HÓC MÔN"],
  ])("agencyInText(%j) → %s", (name, place, out) => {
    expect(agencyInText(name, place)).toBe(out);
  });
});
