// Where the parts of a KẾ HOẠCH stand in a Word file, for the layout rules: the header (ô 1–4),
// the title and summary (ô 5a), the body (ô 6), Nơi nhận (ô 9b) and the signature (ô 7). Found from
// the text and its place (header table cells, the "KẾ HOẠCH" line, the "Nơi nhận:" cell), the way a
// reader of the page finds them; a part that cannot be found is left out and its rules say nothing.
import type { ReadDocument, ReadParagraph, ReadTable } from "../read/read-document.js";
import { foldVietnamese } from "../text/fold.js";

/** A paragraph and where it stands: at the top level, or in a table's cell. */
export interface Placed {
  p: ReadParagraph;
  table?: ReadTable;
  row?: number;
  cell?: number;
}

export interface DocxParts {
  /** Every paragraph in reading order (¶N is `all[N - 1]`). */
  all: Placed[];
  parentAgency?: ReadParagraph;
  /** The issuing agency's line(s). */
  agency: ReadParagraph[];
  nation?: ReadParagraph;
  slogan?: ReadParagraph;
  number?: ReadParagraph;
  placeDate?: ReadParagraph;
  /** Every paragraph before the title: where the header's rules are looked for. */
  header: Placed[];
  title?: ReadParagraph;
  summary: ReadParagraph[];
  /** Body paragraphs with text, outside tables, between the summary and Nơi nhận / signature. */
  body: ReadParagraph[];
  recipientsLabel?: ReadParagraph;
  recipients: ReadParagraph[];
  /** Quyền hạn and chức vụ lines (TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH). */
  authority: ReadParagraph[];
  signer?: ReadParagraph;
}

/** Folded text of a short line (the header lines, "KẾ HOẠCH", "Nơi nhận:" are all short); a long
 * paragraph folds to "" so that it is never taken for one of them, and costs nothing. */
const fold = (s: string) => (s.length <= 80 ? foldVietnamese(s) : "");
/** A line drawn with characters: "________", "-------", "───". */
export const CHAR_RULE = /^\s*[_\-─—–=‒]{4,}\s*$/;
const isUpper = (s: string) => s === s.toUpperCase() && /\p{Lu}/u.test(s);
/** All the paragraph's visible text is bold. */
export const allBold = (p: ReadParagraph) => p.runs.some((r) => r.text.trim()) && p.runs.every((r) => !r.text.trim() || r.bold === true);

function flatten(doc: ReadDocument): Placed[] {
  const out: Placed[] = [];
  for (const b of doc.blocks) {
    if (b.kind === "paragraph") out.push({ p: b });
    else b.rows.forEach((row, ri) => row.cells.forEach((c, ci) => c.paragraphs.forEach((p) => out.push({ p, table: b, row: ri, cell: ci }))));
  }
  return out;
}

export function docxParts(doc: ReadDocument): DocxParts {
  const all = flatten(doc);
  const parts: DocxParts = { all, agency: [], header: [], summary: [], body: [], recipients: [], authority: [] };

  const titleAt = all.findIndex((x) => fold(x.p.text).replace(/ /g, "") === "kehoach");
  const headerEnd = titleAt >= 0 ? titleAt : Math.min(all.length, firstTopLevelAfterTable(all));
  parts.header = all.slice(0, headerEnd);
  const others: Placed[] = [];
  for (const x of parts.header) {
    const t = x.p.text.trim();
    const f = fold(t);
    if (!t || CHAR_RULE.test(t)) continue;
    if (f.startsWith("cong hoa xa hoi chu nghia viet nam")) parts.nation ??= x.p;
    else if (f.replace(/ /g, "") === "doclaptudohanhphuc") parts.slogan ??= x.p;
    else if (/^(?:Số|So)\s*:/u.test(t)) parts.number ??= x.p;
    else if (/\bngay\b.*\bthang\b.*\bnam\b/.test(f)) parts.placeDate ??= x.p;
    else if (isUpper(t)) others.push(x);
  }
  // The agency: the bold capitals of the left column; a plain line above them is the parent agency.
  const left = others.filter((x) => x.table === undefined || x.cell === 0);
  const bold = left.filter((x) => allBold(x.p));
  if (bold.length > 0) {
    parts.agency = bold.map((x) => x.p);
    const before = left.filter((x) => x.p.index < bold[0]!.p.index && !allBold(x.p));
    if (before.length > 0) parts.parentAgency = before[before.length - 1]!.p;
  } else if (left.length >= 2) {
    parts.parentAgency = left[0]!.p;
    parts.agency = left.slice(1).map((x) => x.p);
  } else if (left.length === 1) parts.agency = [left[0]!.p];

  let bodyStart = headerEnd;
  if (titleAt >= 0) {
    parts.title = all[titleAt]!.p;
    let i = titleAt + 1;
    for (; i < all.length && parts.summary.length < 6; i++) {
      const p = all[i]!.p;
      if (all[i]!.table || !p.text.trim() || CHAR_RULE.test(p.text) || p.align !== "center") break;
      parts.summary.push(p);
    }
    bodyStart = i;
  }

  const labelAt = all.findIndex((x, i) => i >= bodyStart && fold(x.p.text).startsWith("noi nhan"));
  let bodyEnd = all.length;
  if (labelAt >= 0) {
    const label = all[labelAt]!;
    parts.recipientsLabel = label.p;
    if (label.table) {
      // Nơi nhận and the signature side by side in one table row.
      const row = all.filter((x) => x.table === label.table && x.row === label.row);
      parts.recipients = row.filter((x) => x.cell === label.cell && x.p.index > label.p.index && x.p.text.trim()).map((x) => x.p);
      signatureFrom(parts, row.filter((x) => x.cell !== label.cell).map((x) => x.p));
      bodyEnd = all.findIndex((x) => x.table === label.table);
    } else {
      let i = labelAt + 1;
      for (; i < all.length && /^\s*[-–+•]/.test(all[i]!.p.text); i++) parts.recipients.push(all[i]!.p);
      signatureFrom(parts, all.slice(i).filter((x) => !x.table).map((x) => x.p));
      // A signature typed before Nơi nhận: the centred capitals just above it.
      bodyEnd = labelAt;
      if (parts.authority.length === 0) {
        let j = labelAt - 1;
        while (j > bodyStart && (!all[j]!.p.text.trim() || (all[j]!.p.align === "center" && !all[j]!.table))) j--;
        signatureFrom(parts, all.slice(j + 1, labelAt).map((x) => x.p));
        if (parts.authority.length > 0) bodyEnd = j + 1;
      }
    }
  }
  // A centred line just above a table is the table's title, not body text.
  const isTableTitle = (i: number) => all[i]!.p.align === "center" && all[i + 1]?.table !== undefined && all[i + 1]!.table !== all[i]!.table;
  parts.body = all
    .slice(bodyStart, bodyEnd)
    .filter((x, k) => !x.table && x.p.text.trim() && !CHAR_RULE.test(x.p.text) && !isTableTitle(bodyStart + k))
    .map((x) => x.p);
  return parts;
}

/** The signature: capital lines (quyền hạn, chức vụ), then the signer's name (the last line). */
function signatureFrom(parts: DocxParts, ps: ReadParagraph[]): void {
  const lines = ps.filter((p) => p.text.trim());
  if (lines.length === 0) return;
  const last = lines[lines.length - 1]!;
  if (!isUpper(last.text)) parts.signer = last;
  parts.authority = lines.filter((p) => p !== parts.signer && isUpper(p.text));
}

/** Without a "KẾ HOẠCH" line, the header is the first table (if the file starts with one). */
function firstTopLevelAfterTable(all: Placed[]): number {
  if (!all[0]?.table) return 0;
  const t = all[0].table;
  const i = all.findIndex((x) => x.table !== t);
  return i < 0 ? all.length : i;
}
