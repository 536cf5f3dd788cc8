// The .docx reader on kehoach's own output and on files made by hand the way clerks make them.
import { t } from "../../../src/i18n/i18n.js";
import { describe, expect, it } from "vitest";
import { readDocx, DocxReadError } from "../../../src/read/docx/read-docx.js";
import type { ReadDocument, ReadParagraph, ReadTable } from "../../../src/read/read-document.js";
import { renderPlanFile } from "../../../src/pipeline.js";
import { drawnLine, list, p, r, tbl, vmlLine, wordFile, A4 } from "../../helpers/word-files.js";
import { zipEntries } from "../../../src/write/docx/zip.js";

const paragraphs = (d: ReadDocument): ReadParagraph[] =>
  d.blocks.flatMap((b) => (b.kind === "paragraph" ? [b] : b.rows.flatMap((row) => row.cells.flatMap((c) => c.paragraphs))));
const tables = (d: ReadDocument) => d.blocks.filter((b): b is ReadTable => b.kind === "table");
const read = (body: string, opts?: Parameters<typeof wordFile>[1]) => readDocx("x.docx", wordFile(body, opts));

describe("kehoach's own .docx", () => {
  it("reads the header table, title, body and signature of a rendered plan with their formatting", async () => {
    const d = readDocx("cam-tan.docx", (await renderPlanFile("plans/xa-cam-tan-2024.yaml", "docx")).output);
    expect(d.format).toBe("docx");
    expect(d.page).toEqual({ widthMm: 210.01, heightMm: 297, marginsMm: { top: 20, bottom: 20, left: 30, right: 18.01 } });
    const [header] = tables(d);
    expect(header!.borders).toBe(false);
    expect(header!.columnWidthsPt!.length).toBe(2);
    const left = header!.rows[0]!.cells[0]!.paragraphs;
    expect(left.map((x) => x.text)).toEqual(["UBND HUYỆN CẨM THỦY", "ỦY BAN NHÂN DÂN XÃ CẨM TÂN", ""]);
    expect(left[1]!.runs[0]).toMatchObject({ bold: true, sizePt: 12, fonts: { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "Times New Roman", cs: "Times New Roman" } });
    expect(left[2]!.borderBottom).toBe(true);
    // The rule under the agency is 0.4 of its line: the border's width is the cell less the indents.
    expect(left[2]!.widthPt).toBeGreaterThan(50);
    expect(left[2]!.widthPt).toBeLessThan(left[1]!.widthPt!);
    const all = paragraphs(d);
    expect(all.map((x) => x.index)).toEqual(all.map((_, i) => i + 1));
    const title = all.find((x) => x.text === "KẾ HOẠCH")!;
    expect(title).toMatchObject({ align: "center", runs: [{ bold: true, sizePt: 14 }] });
    const heading = all.find((x) => x.text.startsWith("I. "))!;
    expect(heading).toMatchObject({ align: "justify", indentFirstLinePt: 28.35, spacingBeforePt: 6, lineSpacing: { rule: "auto", value: 1.2 } });
    expect(all.some((x) => x.text === "Nơi nhận:" && x.runs[0]!.bold && x.runs[0]!.italic && x.runs[0]!.sizePt === 12)).toBe(true);
    expect(d.lines).toBeUndefined();
  });
});

describe("files made by hand", () => {
  it("keeps typed numbers and manual bullets as text, line breaks as \\n and tabs as \\t", () => {
    const d = read(
      p(r("I. MỤC ĐÍCH, YÊU CẦU", { b: true, sz: 14 }), { jc: "both", firstLine: 567 }) +
        p(r("- Tuyên truyền;\ndòng thứ hai", { sz: 14 })) +
        p([r("Công an xã:", { b: true, sz: 14 }), r("\tchủ trì", { sz: 14 })]),
    );
    const ps = paragraphs(d);
    expect(ps.map((x) => x.text)).toEqual(["I. MỤC ĐÍCH, YÊU CẦU", "- Tuyên truyền;\ndòng thứ hai", "Công an xã:\tchủ trì"]);
    expect(ps[0]).toMatchObject({ align: "justify", indentFirstLinePt: 28.35 });
    expect(ps[0]!.numberLabel).toBeUndefined();
    expect(ps[2]!.runs.map((x) => [x.text, x.bold ?? false])).toEqual([["Công an xã:", true], ["\tchủ trì", false]]);
  });

  it("resolves Word's automatic numbering as Word shows it: Roman, 1., 1.1., a), bullets, restarts", () => {
    const numbering =
      list(0, 1, [["upperRoman", "%1."], ["decimal", "%2."], ["decimal", "%2.%3."], ["lowerLetter", "%4)"]]) +
      list(1, 2, [["bullet", "\uf0b7"], ["bullet", "-"]]) +
      `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    const n = (text: string, numId: number, ilvl: number) => p(r(text), { numId, ilvl });
    const d = read(
      n("MỤC ĐÍCH", 1, 0) +
        n("Mục đích", 1, 1) +
        n("a", 1, 2) +
        n("b", 1, 2) +
        n("p1", 1, 3) +
        n("p2", 1, 3) +
        n("p3", 1, 3) +
        n("p4", 1, 3) +
        n("p5", 1, 3) +
        n("Yêu cầu", 1, 1) +
        n("c", 1, 2) +
        n("bullet", 2, 0) +
        n("dash", 2, 1) +
        n("NỘI DUNG", 1, 0) +
        n("Nội dung 1", 1, 1) +
        n("again", 3, 0),
      { numbering },
    );
    expect(paragraphs(d).map((x) => x.numberLabel)).toEqual(["I.", "1.", "1.1.", "1.2.", "a)", "b)", "c)", "d)", "e)", "2.", "2.1.", "•", "-", "II.", "1.", "I."]);
    // The level's indents apply to the paragraph (a hanging indent is a negative first line).
    expect(paragraphs(d)[1]).toMatchObject({ indentLeftPt: 72, indentFirstLinePt: -18 });
  });

  it("counts from a level's w:start, in its format (decimalZero)", () => {
    const d = read(p(r("x"), { numId: 5, ilvl: 0 }) + p(r("y"), { numId: 5, ilvl: 0 }), { numbering: list(4, 5, [["decimalZero", "%1/"], ["lowerRoman", "(%2)"]]).replace('w:start w:val="1"', 'w:start w:val="9"') });
    expect(paragraphs(d).map((x) => x.numberLabel)).toEqual(["09/", "10/"]);
  });

  it("reads a borderless header table with drawn lines (DrawingML and VML) instead of borders", () => {
    const header = tbl(
      [
        [p(r("UBND HUYỆN A", { sz: 12 }), { jc: "center" }) + p(r("ỦY BAN NHÂN DÂN XÃ B", { b: true, sz: 12 }), { jc: "center", extra: drawnLine(60) }), p(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { b: true, sz: 12 }), { jc: "center" }) + p(r("Độc lập - Tự do - Hạnh phúc", { b: true, sz: 13 }), { jc: "center", extra: vmlLine(160) })],
        [p(r("Số: 12/KH-UBND", { sz: 13 }), { jc: "center" }), p(r("B, ngày 05 tháng 02 năm 2025", { i: true, sz: 13 }), { jc: "center" })],
      ],
      { widths: [3600, 5700], borders: "none" },
    );
    const d = read(header + p(r("KẾ HOẠCH", { b: true, sz: 14 }), { jc: "center" }));
    const [t] = tables(d);
    expect(t!.borders).toBe(false);
    expect(t!.columnWidthsPt).toEqual([180, 285]);
    expect(t!.rows[0]!.cells[0]!.widthPt).toBe(180);
    expect(d.lines).toEqual([
      { anchorIndex: 2, widthPt: 60 },
      { anchorIndex: 4, widthPt: 160 },
    ]);
    expect(paragraphs(d).map((x) => x.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // A cell's lines are the cell less Word's default cell margins (108 twips a side).
    expect(t!.rows[0]!.cells[0]!.paragraphs[0]!.widthPt).toBe(180 - 10.8);
  });

  it("reads a content table's grid, spans, merged cells, and borders that come from the Table Grid style", () => {
    const d = read(
      tbl(
        [
          [p(r("TT", { b: true })), p(r("Nội dung", { b: true })), p(r("Thời gian", { b: true }))],
          [{ xml: p(r("1")), vMerge: "restart" }, { xml: p(r("Tuyên truyền")), span: 2 }],
          [{ xml: "", vMerge: "continue" }, p(r("a")), p(r("Quý I"))],
        ],
        { widths: [700, 5000, 3000], borders: "style" },
      ),
    );
    const [t] = tables(d);
    expect(t!.borders).toBe(true);
    expect(t!.rows[1]!.cells[1]).toMatchObject({ span: 2, widthPt: 400 });
    expect(t!.rows[2]!.cells[0]!.mergedAbove).toBe(true);
    expect(t!.rows.map((row) => row.cells.map((c) => c.paragraphs.map((x) => x.text).join("|")))).toEqual([["TT", "Nội dung", "Thời gian"], ["1", "Tuyên truyền"], ["", "a", "Quý I"]]);
    // Table Grid's paragraph spacing (after 0, single) applies inside the table.
    expect(t!.rows[0]!.cells[0]!.paragraphs[0]).toMatchObject({ spacingAfterPt: 0, lineSpacing: { rule: "auto", value: 1 } });
  });

  it("resolves fonts and sizes through docDefaults, theme fonts, styles and character styles", () => {
    const d = read(p(r("mặc định", { font: null })) + p(r("đề mục", { font: null }), { style: "Heading1" }) + p(r("đậm", { style: "Strong" })));
    const [plain, heading, strong] = paragraphs(d);
    expect(plain!.runs[0]).toMatchObject({ sizePt: 11, fonts: { ascii: "Calibri", hAnsi: "Calibri" } });
    // Word's default template sets the East Asian slot to the minor Latin theme font; a theme slot
    // the theme leaves empty (cs here) names no font.
    expect(plain!.runs[0]!.fonts!.eastAsia).toBe("Calibri");
    expect(plain!.runs[0]!.fonts!.cs).toBeUndefined();
    expect(plain!.spacingAfterPt).toBe(8);
    expect(heading).toMatchObject({ style: "heading 1", spacingBeforePt: 12, spacingAfterPt: 0, runs: [{ bold: true, sizePt: 16, fonts: { ascii: "Calibri Light" } }] });
    expect(strong!.runs[0]).toMatchObject({ bold: true, fonts: { ascii: "Times New Roman" } });
  });

  it("reads the first section's page: size and margins in mm", () => {
    const d = read(p(r("x")), { page: { ...A4, w: 12240, h: 15840, left: 1440, right: 1440, top: 1440, bottom: 1440 } });
    expect(d.page).toEqual({ widthMm: 215.9, heightMm: 279.4, marginsMm: { top: 25.4, bottom: 25.4, left: 25.4, right: 25.4 } });
    expect(d.textWidthPt).toBe(468);
  });

  it("skips deleted text, field instructions and hidden text; keeps field results and inserted text", () => {
    const body =
      "<w:p><w:r><w:t>Trang </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" +
      '<w:del w:id="1" w:author="a"><w:r><w:delText>xóa</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve"> thêm</w:t></w:r></w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r></w:p>';
    expect(paragraphs(read(body))[0]!.text).toBe("Trang 3 thêm");
  });

  it("knows the page of each paragraph when Word recorded its page breaks", () => {
    const body = p(r("một")) + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>hai</w:t></w:r></w:p>" + p(r("ba"));
    expect(paragraphs(read(body)).map((x) => x.page)).toEqual([1, 2, 2]);
    expect(paragraphs(read(p(r("một")))).map((x) => x.page)).toEqual([undefined]);
  });
});

describe("hostile or broken packages", () => {
  it("refuses a file that is not a zip", () => {
    expect(() => readDocx("a.docx", Buffer.from("plain text, not a package"))).toThrow(DocxReadError);
    try {
      readDocx("a.docx", Buffer.from("plain text"));
    } catch (e) {
      expect((e as DocxReadError).problem.kind).toBe("not-docx");
    }
  });

  it("refuses a zip bomb: a part that expands past the limit, even when its header lies about its size", () => {
    const huge = Buffer.alloc(65 * 1024 * 1024 + 1, 0x20);
    const zip = zipEntries([{ name: "word/document.xml", data: huge }], 1);
    // Make the central directory and local header claim a small size.
    const lying = Buffer.from(zip);
    const cd = lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(1000, cd + 24);
    lying.writeUInt32LE(1000, 22);
    for (const bytes of [zip, lying]) {
      let err: unknown;
      try {
        readDocx("bomb.docx", bytes);
      } catch (e) {
        err = e;
      }
      expect((err as DocxReadError).problem).toEqual({ kind: "too-large", part: "word/document.xml" });
    }
  });

  it("refuses nesting deeper than 256 elements, and never expands a DOCTYPE's entities", () => {
    const deep = "<w:tbl><w:tr><w:tc>".repeat(100) + "<w:p/>" + "</w:tc></w:tr></w:tbl>".repeat(100);
    let err: unknown;
    try {
      readDocx("deep.docx", wordFile(deep));
    } catch (e) {
      err = e;
    }
    expect((err as DocxReadError).problem).toMatchObject({ kind: "corrupt", part: "word/document.xml" });
    const laughs = zipEntries([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      {
        name: "word/document.xml",
        data: Buffer.from('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;&amp;</w:t></w:r></w:p></w:body></w:document>'),
      },
    ]);
    expect(paragraphs(readDocx("laughs.docx", laughs))[0]!.text).toBe("&b;&");
  });

  it("says which part is damaged", () => {
    const bad = zipEntries([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "word/document.xml", data: Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p></w:body></w:document>') },
    ]);
    let err: unknown;
    try {
      readDocx("bad.docx", bad);
    } catch (e) {
      err = e;
    }
    expect((err as DocxReadError).problem).toMatchObject({ kind: "corrupt", part: "word/document.xml" });
  });
});

describe("readDocxFile", () => {
  it("turns a broken package into one located message with a fix, in Vietnamese", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const { readDocxFile } = await import("../../../src/read/docx/read-docx-file.js");
    const { InputError } = await import("../../../src/findings/errors.js");
    const file = join(mkdtempSync(join(tmpdir(), "kehoach-read-")), "ke-hoach.docx");
    writeFileSync(file, "đây là văn bản thường");
    let err: unknown;
    try {
      readDocxFile(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const d = (err as InstanceType<typeof InputError>).diagnostics[0]!;
    expect(t(d.message)).toBe(`“${file}” không phải là tệp Word .docx (không đọc được gói nén của tệp).`);
    expect(t(d.hint!)).toContain("Word Document (.docx)");
    writeFileSync(file, wordFile(p(r("Xin chào"))));
    expect(paragraphs(readDocxFile(file))[0]!.text).toBe("Xin chào");
  });
});
