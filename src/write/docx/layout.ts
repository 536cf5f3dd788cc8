// Layout constants from docs/nd30.md, in docx units: twips (1/20 pt, 1/1440 inch) for lengths
// and half-points for font sizes. Each value names its nd30.md section.
export const FONT = "Times New Roman"; // §2
export const FONT_SLOTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;
export const COLOR = "000000"; // §2: black

// §1: A4 portrait, margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 1021, header: 567, footer: 567 } as const;
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

// §4: sizes in half-points.
export const SIZE = {
  parentAgency: 24, // 12–13, not bold
  agency: 24, // 12–13, bold
  number: 26, // 13
  nation: 24, // 12–13, bold (12 → tiêu ngữ 13 → place/date 13: size coupling, §2)
  slogan: 26, // 13–14, bold
  placeDate: 26, // 13–14, italic
  typeName: 28, // 13–14, bold
  summary: 28, // 13–14, bold
  body: 28, // 13–14
  table: 26,
  recipientsLabel: 24, // 12, bold italic
  recipients: 22, // 11
  signature: 28, // 13–14, bold
  pageNumber: 28, // 13–14
} as const;

// §5: justified, first-line indent 1–1.27 cm, ≥ 6 pt between paragraphs, line spacing 1–1.5.
export const BODY = {
  firstLine: 567, // 1 cm
  before: 120, // 6 pt
  after: 0,
  line: 288, // 1.2 lines (240 = single)
} as const;

// §3: the two header columns (left narrower) and the recipients/signature columns.
// The right column holds "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" at 12 pt bold (about 5,000 twips).
export const HEADER_COLUMNS = [TEXT_WIDTH - 5100, 5100] as const;
export const SIGNATURE_COLUMNS = [4535, TEXT_WIDTH - 4535] as const;

/** §10: rules under the agency name and the summary are 1/3–1/2 of the text line: we take 0.4. */
export const SHORT_RULE_RATIO = 0.4;
/** Blank lines left for the signature and the seal (§7). */
export const SIGNATURE_ROOM_LINES = 4;
