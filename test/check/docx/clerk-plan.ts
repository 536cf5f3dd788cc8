// A KẾ HOẠCH made by hand in Word the way a clerk makes it, meeting Decree 30's layout: a
// borderless header table with lines drawn as shapes, typed Roman and item numbers, "-" bullets,
// Nơi nhận and the signature in a borderless table. Each option breaks one thing.
import { textWidthTwips } from "../../../src/text/text-width.js";
import { A4, drawnLine, p, pageNumberParagraph, r, tbl, wordFile, wordStyles, type Page, type ParaOpts, type RunOpts } from "../../helpers/word-files.js";

export interface Breaks {
  page?: Page;
  /** Page numbers: centred in the header from page 2 (default, as Decree 30 wants), at the bottom,
   *  in the header but left-aligned, on every page including the first, or none. */
  pageNumber?: "top" | "bottom" | "left" | "everyPage" | "none";
  /** Word recorded a page break before section III (the plan runs to two pages). */
  twoPages?: boolean;
  /** The font of one body run. */
  bodyFont?: string;
  bodyColor?: string;
  /** rFonts' w:hint on the odd body paragraph's run. */
  oddHint?: "eastAsia" | "cs";
  dateItalic?: boolean;
  sloganSize?: number;
  /** The "Số:" line. */
  number?: string;
  agencyBold?: boolean;
  titleBold?: boolean;
  /** The line under the motto: drawn (default), none, or as wide as the column. */
  sloganLine?: "drawn" | "none" | "column";
  date?: string;
  /** The numeral of the second heading. */
  secondHeading?: string;
  headingUpper?: boolean;
  /** One body paragraph's size, alignment, indent (twips), spacing before (twips), line (240ths). */
  oddSize?: number;
  oddAlign?: ParaOpts["jc"];
  oddIndent?: number;
  oddBefore?: number;
  oddLine?: number;
  recipientSize?: number;
  titleLineBold?: boolean;
  signerSize?: number;
  /** The font the clerk set as default (Font → Set As Default); undefined: Word's own (Calibri). */
  defaultFont?: string | null;
}

const width = (text: string, pt: number, bold: boolean) => textWidthTwips(text, pt * 2, bold) / 20;

export function clerkPlan(b: Breaks = {}): Buffer {
  const agency = "ỦY BAN NHÂN DÂN XÃ CHƠ LONG";
  const slogan = "Độc lập - Tự do - Hạnh phúc";
  const sloganSize = b.sloganSize ?? 13;
  const center: ParaOpts = { jc: "center", after: 0, line: 240 };
  const sloganLine = b.sloganLine === "none" ? "" : drawnLine(b.sloganLine === "column" ? 280 : width(slogan, sloganSize, true));
  const header = tbl(
    [
      [
        p(r("UBND HUYỆN KÔNG CHRO", { sz: 12 }), center) + p(r(agency, { sz: 12, b: b.agencyBold ?? true }), { ...center, extra: drawnLine(width(agency, 12, true) * 0.4) }),
        p(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { sz: 12, b: true }), center) + p(r(slogan, { sz: sloganSize, b: true }), { ...center, extra: sloganLine }),
      ],
      [p(r(b.number ?? "Số: 18/KH-UBND", { sz: 13 }), { ...center, before: 120 }), p(r(b.date ?? "Chơ Long, ngày 08 tháng 02 năm 2025", { sz: 13, i: b.dateItalic ?? true }), { ...center, before: 120 })],
    ],
    { widths: [3900, 5500], borders: "none" },
  );
  const summary = "Triển khai công tác phòng, chống thiên tai năm 2025";
  const title =
    p(r("KẾ HOẠCH", { sz: 14, b: b.titleBold ?? true }), { ...center, before: 360 }) +
    p(r(summary, { sz: 14, b: true }), { ...center, extra: drawnLine(width(summary, 14, true) * 0.4) }) +
    p([], { after: 120 });
  const body = (text: string, o: RunOpts = {}, po: ParaOpts = {}) => p(r(text, { sz: 14, ...o }), { jc: "both", firstLine: 567, before: 120, after: 0, line: 288, ...po });
  const odd: RunOpts = { sz: b.oddSize ?? 14, font: b.bodyFont, color: b.bodyColor, hint: b.oddHint };
  const oddPara: ParaOpts = { ...(b.oddAlign ? { jc: b.oddAlign } : {}), ...(b.oddIndent !== undefined ? { firstLine: b.oddIndent } : {}), ...(b.oddBefore !== undefined ? { before: b.oddBefore } : {}), ...(b.oddLine !== undefined ? { line: b.oddLine } : {}) };
  const heading = (n: string, t: string) => body(`${n}. ${b.headingUpper === false && n !== "I" ? t.charAt(0) + t.slice(1).toLowerCase() : t}`, { b: true });
  const content =
    body("Thực hiện Kế hoạch số 21/KH-UBND ngày 18 tháng 01 năm 2025 của UBND huyện Kông Chro, UBND xã ban hành Kế hoạch như sau:") +
    heading("I", "MỤC ĐÍCH, YÊU CẦU") +
    body("1. Mục đích", { b: true }) +
    body("Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với thiên tai, giảm thiểu thiệt hại về người và tài sản.", odd, oddPara) +
    body("2. Yêu cầu", { b: true }) +
    body("Các thôn, làng xây dựng phương án cụ thể, phù hợp với thực tế địa phương.") +
    heading(b.secondHeading ?? "II", "NỘI DUNG THỰC HIỆN") +
    body("- Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã.") +
    body("- Tuyên truyền, phổ biến kiến thức phòng, chống thiên tai cho nhân dân.") +
    (b.twoPages ? heading("III", "TỔ CHỨC THỰC HIỆN").replace("<w:r>", "<w:r><w:lastRenderedPageBreak/>") : heading("III", "TỔ CHỨC THỰC HIỆN")) +
    body("Các thôn, làng, các ban, ngành, đoàn thể xã triển khai thực hiện Kế hoạch này.") +
    body("Công chức Văn phòng - Thống kê theo dõi, tổng hợp, báo cáo kết quả thực hiện về UBND xã./.");
  const left = (text: string, o: RunOpts) => p(r(text, o), { jc: "left", after: 0, line: 240 });
  const mid = (text: string, o: RunOpts) => p(r(text, o), { jc: "center", after: 0, line: 240 });
  const signature = tbl(
    [
      [
        left("Nơi nhận:", { sz: 12, b: true, i: true }) + left("- UBND huyện (b/c);", { sz: b.recipientSize ?? 11 }) + left("- Các thôn, làng;", { sz: b.recipientSize ?? 11 }) + left("- Lưu: VT.", { sz: b.recipientSize ?? 11 }),
        mid("TM. ỦY BAN NHÂN DÂN", { sz: 14, b: true }) + mid("CHỦ TỊCH", { sz: 14, b: b.titleLineBold ?? true }) + mid("", { sz: 14 }) + mid("", { sz: 14 }) + mid("Đinh Văn Hlôi", { sz: b.signerSize ?? 14, b: true }),
      ],
    ],
    { widths: [4500, 4900], borders: "none" },
  );
  const styles = wordStyles(b.defaultFont === null ? undefined : (b.defaultFont ?? "Times New Roman"));
  const numbers = b.pageNumber ?? "top";
  const pageNumbers =
    numbers === "none"
      ? {}
      : numbers === "bottom"
        ? { footers: { default: pageNumberParagraph("center") } }
        : numbers === "everyPage"
          ? { headers: { default: pageNumberParagraph("center") } }
          : { headers: { default: pageNumberParagraph(numbers === "left" ? "left" : "center"), first: p([]) }, titlePg: true };
  return wordFile(header + title + content + p([]) + signature, { page: b.page ?? A4, styles, ...pageNumbers });
}
