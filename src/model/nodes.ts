// The document model: one tree in the middle that every writer and every check rule reads.
// Numbers and labels are computed (build-document.ts); each node keeps the YAML path it came from.
export type SourcePath = readonly (string | number)[];

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface ParagraphNode {
  kind: "paragraph";
  runs: Run[];
  path: SourcePath;
}

export interface BulletNode {
  kind: "bullet";
  /** 1 for "- ", 2 for "+ ". */
  level: 1 | 2;
  marker: "-" | "+";
  runs: Run[];
  path: SourcePath;
}

export interface ItemNode {
  kind: "item";
  /** "1", "2.1": the computed number. */
  number: string;
  /** "1.", "2.1.": as printed. */
  label: string;
  /** A bold title on its own line ("ten"), or */
  title?: Run[];
  /** a numbered paragraph ("doan"). */
  text?: Run[];
  ma?: string;
  children: BlockNode[];
  path: SourcePath;
}

export interface PointNode {
  kind: "point";
  letter: string;
  /** "a)", "đ)". */
  label: string;
  runs: Run[];
  children: BlockNode[];
  path: SourcePath;
}

export interface TableNode {
  kind: "table";
  title?: Run[];
  /** Column widths as fractions of the text width; they add up to 1. */
  widths: number[];
  header: Run[][];
  rows: Run[][][];
  path: SourcePath;
}

export type BlockNode = ParagraphNode | BulletNode | ItemNode | PointNode | TableNode;

export interface SectionNode {
  kind: "section";
  /** "I", "II": computed. */
  number: string;
  /** "I. MỤC ĐÍCH, YÊU CẦU" as printed. */
  heading: string;
  title: string;
  ma?: string;
  children: BlockNode[];
  path: SourcePath;
}

export interface HeaderNode {
  /** Parent agency (upper case, not bold), if any. */
  parentAgency?: string;
  /** Issuing agency lines (upper case, bold). */
  agency: string[];
  /** "Số: 02/KH-UBND" or, in a draft, "Số:      /KH-UBND". */
  numberLine: string;
  motto: { nation: string; slogan: string };
  /** "Cẩm Tân, ngày 05 tháng 02 năm 2024". */
  placeDate: string;
  draft: boolean;
}

export interface SignatureNode {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", then the signer's title: all upper case, bold. */
  lines: string[];
  name: string;
  path: SourcePath;
}

export interface RecipientsNode {
  label: string;
  /** "- Như trên;" … "- Lưu: VT, CSXH." */
  items: string[];
  path: SourcePath;
}

export interface DocumentNode {
  type: "ke-hoach";
  /** "KẾ HOẠCH". */
  typeName: string;
  /** "KH": the type's abbreviation in the number. */
  typeAbbrev: string;
  header: HeaderNode;
  /** Summary line(s) under KẾ HOẠCH. */
  summary: string[];
  opening: ParagraphNode[];
  sections: SectionNode[];
  closing: ParagraphNode[];
  recipients: RecipientsNode;
  signature: SignatureNode;
  year: number;
}

export const NATIONAL_MOTTO = {
  nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  slogan: "Độc lập - Tự do - Hạnh phúc",
} as const;


/** Every run of text in a block, depth first: for writers that need plain text. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join("");
}
