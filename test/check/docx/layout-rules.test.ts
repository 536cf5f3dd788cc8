// Each layout rule: the clerk's file that meets Decree 30 passes it, and a file that breaks it in one
// place is reported by that rule alone, at the paragraph and with the words it is about.
import { describe, expect, it } from "vitest";
import { checkLayout } from "../../../src/check/check-docx.js";
import { DEFAULT_CONFIG } from "../../../src/check/config.js";
import { RULES } from "../../../src/check/rules/index.js";
import { isLayoutRule } from "../../../src/check/rule.js";
import { t } from "../../../src/i18n/i18n.js";
import { readDocx } from "../../../src/read/docx/read-docx.js";
import { A4 } from "../../helpers/word-files.js";
import { clerkPlan, type Breaks } from "./clerk-plan.js";

const check = (b: Breaks = {}) => checkLayout(readDocx("ke-hoach.docx", clerkPlan(b)), { config: DEFAULT_CONFIG });

/** Paragraph numbers of the clerk's file (the header table's cells count first). */
const P = { slogan: 4, date: 6, title: 7, body1: 10, heading2: 16, oddBody: 13, recipient: 24, chucVu: 28, signer: 31 } as const;

const CASES: { rule: string; breaks: Breaks; at: number; quote?: string; message: string }[] = [
  { rule: "layout-page-size", breaks: { page: { ...A4, w: 12240, h: 15840 } }, at: 0, message: "Khổ giấy 215,9 × 279,4 mm, không phải A4 (210 × 297 mm)." },
  { rule: "layout-margins", breaks: { page: { ...A4, left: 1440 } }, at: 0, message: "Lề trái 25,4 mm, ngoài khoảng 30–35 mm." },
  { rule: "layout-font", breaks: { bodyFont: "Arial" }, at: P.oddBody, message: "Phông chữ ô chữ Latinh (ascii), chữ Latinh mở rộng (hAnsi) là “Arial”, không phải Times New Roman." },
  { rule: "layout-header", breaks: { dateItalic: false }, at: P.date, message: "Địa danh, ngày tháng phải in nghiêng." },
  { rule: "layout-title", breaks: { titleBold: false }, at: P.title, message: "Tên loại “KẾ HOẠCH” phải in đậm." },
  { rule: "layout-lines", breaks: { sloganLine: "none" }, at: P.slogan, message: "Không có đường kẻ dưới tiêu ngữ." },
  { rule: "layout-date", breaks: { date: "Chơ Long, ngày 8 tháng 02 năm 2025" }, at: P.date, quote: "ngày 8", message: "Ngày 8 viết thiếu số 0: ngày dưới 10 viết “ngày 08”." },
  { rule: "layout-headings", breaks: { secondHeading: "IV" }, at: P.heading2, quote: "IV.", message: "Số mục “IV.” đứng sau “I.”; cần “II.”." },
  { rule: "layout-body-size", breaks: { oddSize: 12 }, at: P.oddBody, message: "Chữ nội dung cỡ 12 pt, ngoài khoảng 13–14 pt." },
  { rule: "layout-justify", breaks: { oddAlign: "left" }, at: P.oddBody, message: "Đoạn văn căn trái, không căn đều hai lề." },
  { rule: "layout-indent-spacing", breaks: { oddIndent: 0 }, at: P.oddBody, message: "Thụt đầu dòng 0 cm; cần 1 cm hoặc 1,27 cm." },
  { rule: "layout-recipients", breaks: { recipientSize: 14 }, at: P.recipient, message: "Nơi nhận cỡ 14 pt, ngoài khoảng 11–11 pt. (và 2 đoạn khác giống vậy: ¶25, ¶26)" },
  { rule: "layout-signature", breaks: { titleLineBold: false }, at: P.chucVu, message: "Quyền hạn, chức vụ người ký phải in đậm." },
  { rule: "layout-page-number", breaks: { pageNumber: "left" }, at: 0, message: "Số trang căn trái, không căn giữa." },
];

describe("layout rules on a clerk's Word file", () => {
  it("the file that meets Decree 30 passes every layout rule", () => {
    expect(check()).toEqual([]);
  });

  it("and passes the whole check, the plan rules on its recognised plan included", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { runCli } = await import("../../helpers/cli.js");
    const file = join(mkdtempSync(join(tmpdir(), "kehoach-clerk-")), "ke-hoach.docx");
    writeFileSync(file, clerkPlan());
    const r = runCli(["check", file, "--format", "json"]);
    expect((JSON.parse(r.stdout) as { diagnostics: unknown[] }).diagnostics).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("has a breaking case for every layout rule", () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(RULES.filter(isLayoutRule).map((r) => r.id));
  });

  for (const c of CASES) {
    it(`${c.rule}: reports the broken file at ¶${c.at}`, () => {
      const found = check(c.breaks);
      expect(found.map((d) => d.code)).toEqual([c.rule]);
      const [d] = found;
      expect(t(d!.message)).toBe(c.message);
      expect(d!.hint).toBeTruthy();
      expect(d!.paragraph ?? 0).toBe(c.at);
      if (c.quote) expect(d!.quote).toBe(c.quote);
    });
  }
});

describe("more faults the layout rules see", () => {
  const messages = (b: Breaks) => check(b).map((d) => `${d.code} ¶${d.paragraph ?? 0}: ${t(d.message)}`);

  it("the size coupling of the header: a 14 pt motto under a 12 pt Quốc hiệu", () => {
    expect(messages({ sloganSize: 14 })).toEqual([
      `layout-header ¶${P.date}: Địa danh, ngày tháng cỡ 13 pt phải bằng cỡ tiêu ngữ (14 pt).`,
      `layout-header ¶${P.slogan}: Tiêu ngữ cỡ 14 pt, Quốc hiệu cỡ 12 pt: tiêu ngữ phải lớn hơn quốc hiệu 1 pt.`,
    ].sort((a, b) => Number(/¶(\d+)/.exec(a)![1]) - Number(/¶(\d+)/.exec(b)![1])));
  });

  it("a line under the motto as wide as its column", () => {
    expect(messages({ sloganLine: "column" })).toEqual([`layout-lines ¶${P.slogan}: Đường kẻ dưới tiêu ngữ dài 280 pt, bằng 177 % dòng chữ (158,6 pt); cần dài bằng dòng tiêu ngữ.`]);
  });

  it("month 2 without its zero, and no comma after the place", () => {
    expect(messages({ date: "Chơ Long ngày 08 tháng 2 năm 2025" })).toEqual([
      `layout-date ¶${P.date}: Tháng 2 viết thiếu số 0: tháng 1 và 2 viết “tháng 02”.`,
      `layout-date ¶${P.date}: Thiếu dấu phẩy sau địa danh: “Chơ Long, ngày …”.`,
    ]);
  });

  it("headings not in capitals; coloured text; tight spacing; double line spacing", () => {
    expect(messages({ headingUpper: false })).toEqual([
      `layout-headings ¶${P.heading2}: Tiêu đề mục “II. Nội dung thực hiện” phải viết in hoa.`,
      "layout-headings ¶19: Tiêu đề mục “III. Tổ chức thực hiện” phải viết in hoa.",
    ]);
    expect(messages({ bodyColor: "FF0000" })).toEqual([`layout-font ¶${P.oddBody}: Chữ màu #FF0000, không phải màu đen.`]);
    expect(messages({ oddBefore: 0 })).toEqual([`layout-indent-spacing ¶${P.oddBody}: Khoảng cách với đoạn trên 0 pt, ít hơn 6 pt.`]);
    expect(messages({ oddLine: 480 })).toEqual([`layout-indent-spacing ¶${P.oddBody}: Khoảng cách dòng 2 dòng, ngoài khoảng từ 1 dòng (đơn) đến 1,5 dòng.`]);
  });

  it("Word's default East Asian font (Calibri) left in a file set in Times New Roman: no finding, Word shows no Vietnamese letter in that slot", () => {
    expect(messages({ defaultFont: null })).toEqual([]);
  });

  it("a run hinted as East Asian (w:hint) shows its Vietnamese letters in the eastAsia slot: Calibri there is reported", () => {
    expect(messages({ defaultFont: null, oddHint: "eastAsia" })).toEqual([`layout-font ¶${P.oddBody}: Phông chữ ô chữ châu Á (eastAsia) là “Calibri”, không phải Times New Roman.`]);
    expect(messages({ oddHint: "eastAsia" }), "Times New Roman in every slot").toEqual([]);
  });

  it("a landscape A4 page", () => {
    expect(messages({ page: { ...A4, w: A4.h, h: A4.w } })).toEqual(["layout-page-size ¶0: Trang đặt khổ ngang; văn bản trình bày theo chiều dài khổ A4 (khổ ngang chỉ dành cho bảng, biểu)."]);
  });

  it("the document number of the Số: line below 10 without its leading zero", () => {
    expect(messages({ number: "Số: 7/KH-UBND" })).toEqual(["layout-date ¶5: Số văn bản 7 viết thiếu số 0: số dưới 10 viết “07”."]);
    expect(messages({ number: "Số:    /KH-UBND" })).toEqual([]);
  });

  it("many paragraphs with one fault are one finding naming the others", async () => {
    const { wordFile, wordStyles, p, r } = await import("../../helpers/word-files.js");
    const doc = readDocx("x.docx", wordFile(["Một", "Hai", "Ba"].map((w) => p(r(w, { sz: 14 }), { jc: "left", firstLine: 567, before: 120 })).join(""), { styles: wordStyles("Times New Roman") }));
    expect(checkLayout(doc, { config: DEFAULT_CONFIG }).map((d) => t(d.message))).toEqual(["Đoạn văn căn trái, không căn đều hai lề. (và 2 đoạn khác giống vậy: ¶2, ¶3)"]);
  });
});

describe("layout-page-number", () => {
  const pageNumber = (b: Breaks) => check(b).filter((d) => d.code === "layout-page-number").map((d) => t(d.message));

  it("Word's own page numbers at the bottom of every page: two findings, the place and page 1", () => {
    expect(pageNumber({ pageNumber: "bottom", twoPages: true })).toEqual(["Số trang đặt ở cuối trang; Nghị định 30: số trang đặt giữa, trong phần lề trên.", "Trang đầu có hiện số trang; Nghị định 30 không đánh số hiển thị ở trang thứ nhất."]);
  });

  it("in the header but on every page, or left-aligned", () => {
    expect(pageNumber({ pageNumber: "everyPage" })).toEqual(["Trang đầu có hiện số trang; Nghị định 30 không đánh số hiển thị ở trang thứ nhất."]);
    expect(pageNumber({ pageNumber: "left" })).toEqual(["Số trang căn trái, không căn giữa."]);
  });

  it("no page numbers: reported when the plan runs to two pages, not on a one-page plan", () => {
    expect(pageNumber({ pageNumber: "none", twoPages: true })).toEqual(["Văn bản nhiều trang nhưng không đánh số trang."]);
    expect(pageNumber({ pageNumber: "none" })).toEqual([]);
  });

  it("centred in the header from page 2 (Different First Page): nothing to report", () => {
    expect(pageNumber({ twoPages: true })).toEqual([]);
  });
});
