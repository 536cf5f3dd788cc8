import { describe, expect, it } from "vitest";
import { sectionMatches, titleMatches } from "../../../src/check/rules/required-sections.js";
import { CLEAN, edit, findings, lineCol, where } from "../helpers.js";

const ID = "required-sections";

describe("required-sections", () => {
  it("passes the three sections of a kế hoạch", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
  });

  it("tolerates case, diacritics, punctuation, 'và', typed numbers and small typos", () => {
    expect(titleMatches("MỤC ĐÍCH YÊU CẦU", "MỤC ĐÍCH, YÊU CẦU")).toBe(true);
    expect(titleMatches("Mục đích và yêu cầu", "MỤC ĐÍCH, YÊU CẦU")).toBe(true);
    expect(titleMatches("I. MỤC ĐÍCH, YÊU CẦU", "MỤC ĐÍCH, YÊU CẦU")).toBe(true);
    expect(titleMatches("MUC DICH, YEU CAU", "MỤC ĐÍCH, YÊU CẦU")).toBe(true);
    expect(titleMatches("NỘI DUNG THỰC HIỆN", "NỘI DUNG")).toBe(true);
    expect(titleMatches("NỘI DUNG HOẠT ĐỘNG", "NỘI DUNG")).toBe(true);
    expect(titleMatches("TỔ CHỨC THỰC HIỆNN", "TỔ CHỨC THỰC HIỆN")).toBe(true);
    expect(titleMatches("MỤC ĐÍCH", "MỤC ĐÍCH, YÊU CẦU")).toBe(false);
    expect(titleMatches("KINH PHÍ", "NỘI DUNG")).toBe(false);
    expect(sectionMatches({ ten: "PHẦN BA", ma: "to-chuc-thuc-hien" }, { ma: "to-chuc-thuc-hien", ten: ["TỔ CHỨC THỰC HIỆN"] })).toBe(true);
  });

  it("accepts a section found by its ma whatever its title", async () => {
    const plan = edit(CLEAN, "  - ten: NỘI DUNG THỰC HIỆN\n", "  - ten: CÁC HOẠT ĐỘNG CHÍNH\n    ma: noi-dung\n");
    expect(await findings(plan, ID)).toEqual([]);
  });

  it("reports a missing section at the muc: key", async () => {
    const plan = edit(CLEAN, "  - ten: NỘI DUNG THỰC HIỆN\n", "  - ten: CÁC HOẠT ĐỘNG CHÍNH\n");
    const f = await findings(plan, ID);
    expect(f).toHaveLength(1);
    expect(where(f[0]!)).toBe(lineCol(plan, "muc:"));
    expect(f[0]!.message).toContain('"NỘI DUNG"');
    expect(f[0]!.hint).toContain("ma: noi-dung");
    expect(f[0]!.severity).toBe("error");
  });

  it("takes the required sections from the configuration", async () => {
    const config = { requiredSections: { "ke-hoach": [{ ten: ["KINH PHÍ THỰC HIỆN"] }] } };
    const f = await findings(CLEAN, ID, { config });
    expect(f.map((d) => d.message)).toEqual(['Thiếu mục bắt buộc "KINH PHÍ THỰC HIỆN".']);
    expect(await findings(CLEAN, ID, { config: { requiredSections: { "ke-hoach": [] } } })).toEqual([]);
  });
});
