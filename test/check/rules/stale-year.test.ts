import { describe, expect, it } from "vitest";
import { CLEAN, edit, findings, lineCol, where } from "../helpers.js";

const ID = "stale-year";
const LINE = "Tổ chức tháng hành động vì bình đẳng giới năm 2024.";
const say = (text: string) => edit(CLEAN, LINE, text);

describe("stale-year", () => {
  it("passes periods, horizons, cited documents and laws (the clean plan has all of them)", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    for (const ok of [
      "Thực hiện Chiến lược giai đoạn 2021 – 2025 và định hướng đến năm 2030.",
      "Chương trình giai đoạn 2021- 2025 của huyện.",
      "Kế hoạch năm 2021-2025 của tỉnh.",
      "Thực hiện Kế hoạch số 63/KH-UBND ngày 15/3/2021 của UBND huyện.",
      "Quyết định 3877/ QĐ-UBND ngày 10/11/2022 của UBND tỉnh.",
      "Tuyên truyền Bộ luật Lao động (sửa đổi) năm 2019.",
      "Phát huy kết quả đạt được năm 2023, tiếp tục triển khai.",
      "Duy trì mô hình đã xây dựng từ năm 2020.",
      "Kỷ niệm Cách mạng tháng Tám năm 1945.",
    ]) {
      expect(await findings(say(ok), ID), ok).toEqual([]);
    }
  });

  it("reports the Cẩm Tân defect: the month of action of 2022 in a 2024 plan", async () => {
    const plan = say("Tổ chức tháng hành động về bình đẳng giới năm 2022.");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "năm 2022")]);
    expect(f[0]!.message).toBe('"năm 2022" cũ hơn năm của kế hoạch (2024): có thể được chép từ một kế hoạch cũ.');
    expect(f[0]!.severity).toBe("error");
  });

  it("reports a stale deadline ('báo cáo … vào ngày 16/12/2022'), even after 'kết quả'", async () => {
    const plan = edit(CLEAN, "Báo cáo kết quả về UBND xã trước ngày 16/12/2024.", "Báo cáo kết quả về UBND xã vào ngày 16/12/2022 để tổng hợp.");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "ngày 16/12/2022")]);
  });

  it("reports a stale year in the trích yếu", async () => {
    const plan = edit(CLEAN, "trich_yeu: Triển khai công tác bình đẳng giới năm 2024", "trich_yeu: Triển khai công tác bình đẳng giới năm 2023");
    expect((await findings(plan, ID)).map(where)).toEqual([lineCol(plan, "năm 2023")]);
  });
});

describe("stale-year: the date of a cited document, whatever its type", () => {
  it("passes 'Thông báo kết luận số 196-TB/TW ngày 16 tháng 3 năm 2019' and a Công điện's date in a 2024 plan", async () => {
    const plan = edit(CLEAN, LINE, "Thực hiện Thông báo kết luận số 196-TB/TW ngày 16 tháng 3 năm 2019 của Ban Bí thư.");
    expect(await findings(plan, ID)).toEqual([]);
    const other = edit(CLEAN, LINE, "Thực hiện Công điện số 12/CĐ-UBND ngày 16/3/2022 của UBND tỉnh.");
    expect(await findings(other, ID)).toEqual([]);
  });
});
