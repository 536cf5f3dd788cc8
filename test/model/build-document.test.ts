// model: numbers, labels and the punctuation the decree fixes are computed, never typed.
import { describe, expect, it } from "vitest";
import { buildDocument, withClosingMark } from "../../src/model/build-document.js";
import { parseInline } from "../../src/model/inline.js";
import { pointLetter } from "../../src/model/numbering.js";
import { roman } from "../../src/text/roman.js";
import { parseTextBlock } from "../../src/model/text-block.js";
import { longDate, shortDate } from "../../src/text/vietnamese-date.js";
import type { Plan } from "../../src/validate/plan-schema.js";

const base: Plan = {
  loai: "ke-hoach",
  co_quan: { ten: "ủy ban nhân dân xã a", viet_tat: "UBND" },
  so: 7,
  dia_danh: "A",
  ngay: "2024-03-09",
  trich_yeu: "Thử",
  muc: [
    { ten: "mục đích, yêu cầu", noi_dung: [{ ten: "Mục đích" }, { ten: "Yêu cầu", noi_dung: [{ ten: "Con" }, { ten: "Con" }, { diem: "x" }, { diem: "y" }] }] },
    { ten: "Nội dung", noi_dung: [{ doan: "**Đối tượng:** mọi người" }] },
  ],
  noi_nhan: ["- Như trên;", "Lưu: VT, VP."],
  ky: { tm: "ủy ban nhân dân", kt: "chủ tịch", chuc_vu: "phó chủ tịch", ho_ten: "Nguyễn Văn A" },
};

const build = (plan: Plan, date = { year: 2024, month: 3, day: 9 }) => buildDocument({ plan, date, sourcePathOf: (p) => p });

describe("buildDocument", () => {
  it("numbers sections in Roman, items per section, sub-items and points", () => {
    const d = build(base);
    expect(d.sections.map((s) => s.heading)).toEqual(["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG"]);
    const [first, second] = d.sections[0]!.children;
    expect(first).toMatchObject({ kind: "item", label: "1." });
    expect(second).toMatchObject({ kind: "item", label: "2." });
    const nested = second?.kind === "item" ? second.children : [];
    expect(nested.map((n) => ("label" in n ? n.label : ""))).toEqual(["2.1.", "2.2.", "a)", "b)"]);
    // Numbering restarts in each section. (Without ket_luan, the last paragraph takes the "./.".)
    expect(d.sections[1]!.children[0]).toMatchObject({ label: "1.", text: [{ text: "Đối tượng:", bold: true }, { text: " mọi người./." }] });
  });

  it("writes the header: upper-case agency, padded number, Decree 30 date", () => {
    const d = build(base);
    expect(d.header.agency).toEqual(["ỦY BAN NHÂN DÂN XÃ A"]);
    expect(d.header.numberLine).toBe("Số: 07/KH-UBND");
    expect(d.header.placeDate).toBe("A, ngày 09 tháng 3 năm 2024");
    expect(d.header.draft).toBe(false);
  });

  it("leaves number and day blank in a draft", () => {
    const d = build({ ...base, so: undefined, ngay: "2024-02" }, { year: 2024, month: 2 } as never);
    expect(d.header.numberLine).toMatch(/^Số: +\/KH-UBND$/);
    expect(d.header.placeDate).toMatch(/^A, ngày +tháng 02 năm 2024$/);
    expect(d.header.draft).toBe(true);
  });

  it("punctuates recipients and stacks the signature", () => {
    const d = build(base);
    expect(d.recipients.items).toEqual(["- Như trên;", "- Lưu: VT, VP."]);
    expect(d.signature.lines).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
  });

  it('ends the closing paragraph with "./."', () => {
    expect(withClosingMark("Trên đây là Kế hoạch")).toBe("Trên đây là Kế hoạch./.");
    expect(withClosingMark("Trên đây là Kế hoạch.")).toBe("Trên đây là Kế hoạch./.");
    expect(withClosingMark("Trên đây là Kế hoạch./.")).toBe("Trên đây là Kế hoạch./.");
    const d = build({ ...base, ket_luan: "Trên đây là Kế hoạch" });
    expect(d.closing[0]?.runs.map((r) => r.text).join("")).toBe("Trên đây là Kế hoạch./.");
  });
});

describe("numbering", () => {
  it("writes Roman numerals", () => {
    expect([1, 2, 4, 5, 9, 14, 40].map(roman)).toEqual(["I", "II", "IV", "V", "IX", "XIV", "XL"]);
  });

  it("letters points in Vietnamese order without f, j, w, z", () => {
    const letters = Array.from({ length: 23 }, (_, i) => pointLetter(i));
    expect(letters.slice(0, 8)).toEqual(["a", "b", "c", "d", "đ", "e", "g", "h"]);
    for (const banned of ["f", "j", "w", "z"]) expect(letters).not.toContain(banned);
  });
});

describe("dates (nd30 §6)", () => {
  it("pads days under 10 and months 1–2 only", () => {
    expect(longDate({ year: 2024, month: 2, day: 5 })).toBe("ngày 05 tháng 02 năm 2024");
    expect(longDate({ year: 2019, month: 6, day: 29 })).toBe("ngày 29 tháng 6 năm 2019");
    expect(shortDate({ year: 2024, month: 1, day: 15 })).toBe("15/01/2024");
  });
});

describe("text blocks and inline marks", () => {
  it("turns lines into paragraphs, - bullets and + sub-bullets", () => {
    const nodes = parseTextBlock("Mở đầu.\n- Một\n  + Một một\n\n- Hai", ["x"]);
    expect(nodes.map((n) => (n.kind === "bullet" ? `${n.marker}${n.runs[0]?.text}` : n.runs[0]?.text))).toEqual(["Mở đầu.", "-Một", "+Một một", "-Hai"]);
  });

  it("reads **bold**, *italic* and ***both***, and leaves lone stars alone", () => {
    expect(parseInline("a **b** *c* ***d*** 2 * 3")).toEqual([
      { text: "a " },
      { text: "b", bold: true },
      { text: " " },
      { text: "c", italic: true },
      { text: " " },
      { text: "d", bold: true, italic: true },
      { text: " 2 * 3" },
    ]);
  });
});
