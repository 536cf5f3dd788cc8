// The .docx against docs/nd30.md: page, fonts, sizes and weights of each header element,
// body paragraph format, page numbers, recipients and signature; and same input → same bytes.
import { XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { renderPlanFile } from "../../src/pipeline.js";
import { decodeXml, docxParts } from "../helpers/docx.js";

const PLAN = "test/fixtures/full-plan.yaml";
let bytes: Buffer;
let parts: Map<string, string>;
let documentXml: string;

/** Every paragraph of document.xml with its text. */
function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    xml: m[0],
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1] ?? "")).join(""),
  }));
}

function paragraph(text: string): string {
  const p = paragraphs(documentXml).find((x) => x.text === text);
  if (!p) throw new Error(`no paragraph with text "${text}"`);
  return p.xml;
}

function runProps(pXml: string) {
  const rPr = /<w:r>\s*<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(pXml)?.[1] ?? "";
  return {
    size: Number(/<w:sz w:val="(\d+)"/.exec(rPr)?.[1]),
    bold: /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(rPr),
    italic: /<w:i\/>|<w:i w:val="(true|1)"\/>/.test(rPr),
  };
}

beforeAll(async () => {
  bytes = (await renderPlanFile(PLAN, "docx")).output;
  parts = docxParts(bytes);
  documentXml = parts.get("word/document.xml") ?? "";
});

describe("docx package", () => {
  it("has the parts Word needs and every XML part is well-formed", () => {
    for (const name of ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml", "docProps/core.xml"]) {
      expect(parts.has(name), name).toBe(true);
    }
    for (const [name, xml] of parts) {
      if (name.endsWith(".xml") || name.endsWith(".rels")) expect(XMLValidator.validate(xml), name).toBe(true);
    }
  });

  it("gives the same bytes for the same plan", async () => {
    const again = (await renderPlanFile(PLAN, "docx")).output;
    expect(Buffer.compare(bytes, again)).toBe(0);
  });

  it("stamps the plan's own date into the metadata, not the clock", () => {
    const core = parts.get("docProps/core.xml") ?? "";
    expect(core).toContain(">2024-02-05T00:00:00Z</dcterms:created>");
    expect(core).toContain(">2024-02-05T00:00:00Z</dcterms:modified>");
  });
});

describe("page (nd30 §1)", () => {
  it("is A4 portrait", () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  });

  it("has margins within the decree's ranges", () => {
    const m = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? "";
    const v = (k: string) => Number(new RegExp(`w:${k}="(\\d+)"`).exec(m)?.[1]);
    expect(v("top")).toBeGreaterThanOrEqual(1134);
    expect(v("top")).toBeLessThanOrEqual(1417);
    expect(v("bottom")).toBeGreaterThanOrEqual(1134);
    expect(v("bottom")).toBeLessThanOrEqual(1417);
    expect(v("left")).toBeGreaterThanOrEqual(1701);
    expect(v("left")).toBeLessThanOrEqual(1984);
    expect(v("right")).toBeGreaterThanOrEqual(850);
    expect(v("right")).toBeLessThanOrEqual(1134);
  });
});

describe("font (nd30 §2)", () => {
  it("is Times New Roman in every font slot of every run and style", () => {
    for (const name of ["word/document.xml", "word/styles.xml", ...[...parts.keys()].filter((n) => /^word\/header\d+\.xml$/.test(n))]) {
      const xml = parts.get(name) ?? "";
      const fonts = [...xml.matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => m[1] ?? "");
      if (name === "word/document.xml" || name === "word/styles.xml") expect(fonts.length, name).toBeGreaterThan(0);
      for (const f of fonts) {
        for (const slot of ["ascii", "hAnsi", "cs", "eastAsia"]) expect(f, `${name}: ${f}`).toContain(`w:${slot}="Times New Roman"`);
        expect(f).not.toMatch(/Theme=/);
      }
    }
  });

  it("is black everywhere", () => {
    for (const [name, xml] of parts) {
      for (const m of xml.matchAll(/<w:color w:val="([^"]+)"/g)) expect(m[1], name).toMatch(/^(000000|auto)$/);
    }
  });
});

describe("header (nd30 §3–4)", () => {
  it("is a borderless two-column table with fixed widths", () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml)?.[0] ?? "";
    expect(table).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(table).toContain("ỦY BAN NHÂN DÂN XÃ CẨM TÂN");
    expect([...table.matchAll(/<w:gridCol w:w="\d+"\/>/g)]).toHaveLength(2);
    expect(table).toMatch(/<w:tblLayout w:type="fixed"\/>/);
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(table)?.[0] ?? "";
    expect(borders).toContain('<w:insideV w:val="none"');
    expect(borders).not.toMatch(/w:val="single"/);
  });

  it("sets the parent agency upper case, not bold; the issuing agency bold", () => {
    expect(runProps(paragraph("UBND HUYỆN CẨM THỦY"))).toMatchObject({ size: 24, bold: false });
    expect(runProps(paragraph("ỦY BAN NHÂN DÂN XÃ CẨM TÂN"))).toMatchObject({ size: 24, bold: true });
  });

  it("writes the number with a leading zero, 13 pt", () => {
    expect(runProps(paragraph("Số: 02/KH-UBND"))).toMatchObject({ size: 26, bold: false });
  });

  it("sets the national motto bold and the tiêu ngữ one size up, bold", () => {
    expect(runProps(paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))).toMatchObject({ size: 24, bold: true });
    expect(runProps(paragraph("Độc lập - Tự do - Hạnh phúc"))).toMatchObject({ size: 26, bold: true });
  });

  it("writes place and date italic with leading zeros for day and month", () => {
    expect(runProps(paragraph("Cẩm Tân, ngày 05 tháng 02 năm 2024"))).toMatchObject({ size: 26, italic: true, bold: false });
  });

  it("draws short centred rules under the agency, the tiêu ngữ and the summary", () => {
    const rules = paragraphs(documentXml).filter((p) => /<w:pBdr>\s*<w:bottom w:val="single"/.test(p.xml));
    expect(rules).toHaveLength(3);
    for (const r of rules) {
      const left = Number(/<w:ind [^>]*w:left="(\d+)"/.exec(r.xml)?.[1]);
      const right = Number(/<w:ind [^>]*w:right="(\d+)"/.exec(r.xml)?.[1]);
      expect(left).toBe(right);
      expect(left).toBeGreaterThan(0);
    }
  });
});

describe("title and body (nd30 §4–5)", () => {
  it("centres KẾ HOẠCH and the summary in bold", () => {
    for (const t of ["KẾ HOẠCH", "Triển khai công tác bình đẳng giới năm 2024"]) {
      const p = paragraph(t);
      expect(p).toContain('<w:jc w:val="center"/>');
      expect(runProps(p)).toMatchObject({ size: 28, bold: true });
    }
  });

  it("justifies body paragraphs with a first-line indent, ≥ 6 pt spacing and 1–1.5 line spacing", () => {
    const p = paragraph("Thực hiện Kế hoạch số 70/KH-UBND ngày 15/01/2024 của UBND huyện Cẩm Thủy.");
    expect(p).toContain('<w:jc w:val="both"/>');
    const indent = Number(/w:firstLine="(\d+)"/.exec(p)?.[1]);
    expect(indent).toBeGreaterThanOrEqual(567);
    expect(indent).toBeLessThanOrEqual(720);
    const before = Number(/w:before="(\d+)"/.exec(p)?.[1]);
    const line = Number(/w:line="(\d+)"/.exec(p)?.[1]);
    expect(before).toBeGreaterThanOrEqual(120);
    expect(line).toBeGreaterThanOrEqual(240);
    expect(line).toBeLessThanOrEqual(360);
    expect(runProps(p).size).toBe(28);
  });

  it("writes Roman section headings bold upper case", () => {
    for (const t of ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"]) expect(runProps(paragraph(t)).bold, t).toBe(true);
  });

  it("computes item, sub-item and point numbers", () => {
    const texts = paragraphs(documentXml).map((p) => p.text);
    for (const t of ["1. Mục đích", "2. Yêu cầu", "a) Đối với cơ quan nhà nước.", "b) Đối với các đoàn thể.", "1.1. Tuyên truyền trên loa", "1.2. Tuyên truyền tại thôn", "2. Kinh phí: theo quy định.", "- Tổ chức tháng hành động.", "+ Treo băng-rôn."]) {
      expect(texts, t).toContain(t);
    }
  });

  it("keeps inline bold and italic runs", () => {
    const p = paragraph("Triển khai có hiệu quả các nhiệm vụ và giải pháp.");
    expect(p).toMatch(/<w:b\/>[\s\S]*<w:t[^>]*>các nhiệm vụ<\/w:t>/);
    expect(p).toMatch(/<w:i\/>[\s\S]*<w:t[^>]*>giải pháp<\/w:t>/);
  });

  it("gives tables explicit column widths in proportion", () => {
    const tables = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const task = tables.find((t) => t.includes("Đơn vị chủ trì")) ?? "";
    const cols = [...task.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols).toHaveLength(4);
    expect(cols[1]! / cols[0]!).toBeCloseTo(52 / 8, 1);
    expect(task).toMatch(/<w:tblLayout w:type="fixed"\/>/);
  });

  it('ends the closing paragraph with "./."', () => {
    expect(paragraphs(documentXml).some((p) => p.text === "Trên đây là Kế hoạch triển khai công tác bình đẳng giới năm 2024 của UBND xã./.")).toBe(true);
  });
});

describe("recipients and signature (nd30 §7–8)", () => {
  it('sets "Nơi nhận:" 12 pt bold italic and the items 11 pt, punctuated', () => {
    expect(runProps(paragraph("Nơi nhận:"))).toMatchObject({ size: 24, bold: true, italic: true });
    expect(runProps(paragraph("- Như trên;"))).toMatchObject({ size: 22, bold: false });
    expect(runProps(paragraph("- Lưu: VT, CSXH."))).toMatchObject({ size: 22 });
  });

  it("puts Nơi nhận and the signature side by side in one unsplittable row", () => {
    const tables = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const sig = tables.find((t) => t.includes("Nơi nhận:")) ?? "";
    expect(sig).toContain("KT. CHỦ TỊCH");
    expect(sig).toContain("<w:cantSplit/>");
  });

  it("sets the authority lines and the name bold", () => {
    for (const t of ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Thị Hợp"]) {
      expect(runProps(paragraph(t)), t).toMatchObject({ size: 28, bold: true });
    }
  });
});

describe("page numbers (nd30 §9)", () => {
  it("are centred at the top from page 2 on: titlePg, a PAGE field in the default header, none on page 1", () => {
    expect(documentXml).toContain("<w:titlePg/>");
    const refs = [...documentXml.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => ({ type: m[1], id: m[2] }));
    const rels = parts.get("word/_rels/document.xml.rels") ?? "";
    const target = (id: string | undefined) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    const byType = Object.fromEntries(refs.map((r) => [r.type, parts.get(`word/${target(r.id)}`) ?? ""]));
    expect(byType.default).toMatch(/PAGE/);
    expect(byType.default).toContain('<w:jc w:val="center"/>');
    expect(byType.first).toBeDefined();
    expect(byType.first).not.toMatch(/PAGE/);
  });
});
