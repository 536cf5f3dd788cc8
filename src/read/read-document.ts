// What every reader (docx, pdf, txt, and doc/odt/rtf through LibreOffice) produces: the document
// as it is written, before any recognition. Import and check build on this one shape.

/** A run of text with one formatting. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font per slot as the file says (Word has four: ascii, hAnsi, eastAsia, cs). */
  fonts?: { ascii?: string; hAnsi?: string; eastAsia?: string; cs?: string };
  /** Which slot Word uses for characters several slots could show (rFonts' w:hint), when set. */
  fontHint?: "default" | "eastAsia" | "cs";
  /** Marked as complex-script (or right-to-left) text: shown in the cs slot. */
  complexScript?: boolean;
  /** Font size in points. */
  sizePt?: number;
  allCaps?: boolean;
  /** Text colour as the file gives it ("000000", "auto", "FF0000"); absent when none is set. */
  color?: string;
}

export type Alignment = "left" | "center" | "right" | "justify";

export interface ReadParagraph {
  kind: "paragraph";
  /** ¶N: 1-based, counting every paragraph in reading order, those inside tables included. */
  index: number;
  runs: TextRun[];
  /** The runs joined; a line break inside the paragraph is "\n". */
  text: string;
  /** The number or bullet Word's automatic numbering shows before the text ("1.", "a)", "-"). */
  numberLabel?: string;
  style?: string;
  align?: Alignment;
  /** Indents and spacing in points. */
  indentLeftPt?: number;
  indentFirstLinePt?: number;
  indentRightPt?: number;
  spacingBeforePt?: number;
  spacingAfterPt?: number;
  /** Line spacing: a multiple of single ("auto") or an exact/at-least height in points. */
  lineSpacing?: { rule: "auto" | "exact" | "atLeast"; value: number };
  /** A border drawn under the paragraph (one way Word draws the rule under a header line). */
  borderBottom?: boolean;
  /** Width in points of the paragraph's lines: the text area or its table cell, less the indents
   * (so the length of a bottom border). Where the format gives it. */
  widthPt?: number;
  /** 1-based page, where the format tells it (PDF; a .docx Word saved, from the page breaks Word recorded). */
  page?: number;
}

export interface ReadCell {
  paragraphs: ReadParagraph[];
  /** Width in points, where the format gives it. */
  widthPt?: number;
  /** Grid columns the cell spans (w:gridSpan), when more than one. */
  span?: number;
  /** The cell continues a vertically merged cell above it (its text, if any, is not shown). */
  mergedAbove?: boolean;
}

export interface ReadTable {
  kind: "table";
  rows: { cells: ReadCell[] }[];
  /** Column widths in points (the grid), where the format gives them. */
  columnWidthsPt?: number[];
  /** True when the table draws visible borders. */
  borders?: boolean;
}

export type ReadBlock = ReadParagraph | ReadTable;

export interface PageSetup {
  widthMm: number;
  heightMm: number;
  marginsMm: { top: number; bottom: number; left: number; right: number };
}

export interface ReadDocument {
  /** The file as the user named it. */
  file: string;
  format: "docx" | "pdf" | "txt" | "doc" | "odt" | "rtf";
  blocks: ReadBlock[];
  /** The first section's page, where the format has one. */
  page?: PageSetup;
  /** Straight lines drawn as shapes (Word's "drawn line instead of a border"), with the ¶ they are anchored to. */
  lines?: { anchorIndex: number; widthPt?: number }[];
  /** The text area's width in points (page width less the side margins), where the format has it. */
  textWidthPt?: number;
  /** The page numbers (PAGE fields) in the first section's headers and footers; [] when there are
   * none; absent where the format does not say (PDF, text). */
  pageNumbers?: PageNumber[];
}

/** A PAGE field in a header or footer, and the pages it shows on. */
export interface PageNumber {
  where: "header" | "footer";
  /** The alignment of its paragraph. */
  align?: Alignment;
  /** It shows on the first page (no "different first page", or a first-page header with a number). */
  onFirstPage: boolean;
  /** It shows on the pages after the first. */
  onOtherPages: boolean;
}
