// .txt reader: text as pdftotext or a copy-paste gives it. Pages (form feeds) lose their page
// numbers and running headers, wrapped lines are joined, "**bold**" and "*italic*" marks (as the
// reference texts carry them) become bold and italic runs, "a | b | c" lines become a table.
import type { TextRun } from "../read-document.js";
import type { NotedDocument, ReaderNote } from "../read-notes.js";
import { linesToBlocks, type LaidLine } from "../text/lines-to-blocks.js";

const MARKS = /\*\*\*([^*]+?)\*\*\*|\*\*([^*]+?)\*\*|\*([^*\s](?:[^*]*?[^*\s])?)\*/gu;
const PAGE_NUMBER = /^\s*(?:-\s*)?(?:Trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*-)?\s*$/iu;

/** The text → runs, the marks taken out (a mark never spans a blank line). */
function styledSegments(text: string): TextRun[] {
  const out: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKS)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? "";
    if (/\n\s*\n/.test(inner)) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ text: inner, bold: true, italic: true });
    else if (m[2] !== undefined) out.push({ text: inner, bold: true });
    else out.push({ text: inner, italic: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** Runs → lines of runs, split at "\n". */
function splitLines(runs: TextRun[]): TextRun[][] {
  const lines: TextRun[][] = [[]];
  for (const r of runs) {
    r.text.split("\n").forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== "") lines[lines.length - 1]!.push({ ...r, text: part });
    });
  }
  return lines;
}

const plain = (runs: TextRun[]) => runs.map((r) => r.text).join("");

export function readTxt(file: string, content: string): NotedDocument {
  const text = content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\t/g, " ");
  const notes: ReaderNote[] = [];
  const removed: { line: number; kind: ReaderNote["kind"]; text: string }[] = [];
  // Form feeds split pages; the line after each is the page's first.
  const withPages = text.split("\f");
  const pageOfLine: number[] = [];
  const rawLines: string[] = [];
  withPages.forEach((page, p) => page.split("\n").forEach((l) => (rawLines.push(l), pageOfLine.push(p + 1))));
  const styled = splitLines(styledSegments(withPages.join("\n")));

  // Running headers: the same first line on most pages (only when there are pages).
  const drop = new Set<number>();
  if (withPages.length >= 3) {
    const firsts = new Map<string, number[]>();
    let lineNo = 0;
    for (const page of withPages) {
      const ls = page.split("\n");
      const k = ls.findIndex((l) => l.trim() !== "");
      if (k >= 0) {
        const key = ls[k]!.trim().replace(/\d+/g, "#");
        firsts.set(key, [...(firsts.get(key) ?? []), lineNo + k]);
      }
      lineNo += ls.length;
    }
    for (const [key, at] of firsts) {
      if (at.length >= Math.max(2, Math.ceil((withPages.length - 1) / 2)) && !/^#$/.test(key)) {
        for (const i of at) {
          drop.add(i);
          removed.push({ line: i, kind: "runningHeader", text: rawLines[i]!.trim() });
        }
      }
    }
  }
  // Page numbers: a number alone on its line, with a blank line or a page edge on one side.
  rawLines.forEach((l, i) => {
    if (drop.has(i) || !PAGE_NUMBER.test(l) || l.trim() === "") return;
    const before = i === 0 || rawLines[i - 1]!.trim() === "" || pageOfLine[i - 1] !== pageOfLine[i];
    const after = i === rawLines.length - 1 || rawLines[i + 1]!.trim() === "" || pageOfLine[i + 1] !== pageOfLine[i];
    if (before || after) {
      drop.add(i);
      removed.push({ line: i, kind: "pageNumberLine", text: l.trim() });
    }
  });

  // The wrap width: most lines of a wrapped text are nearly this long.
  const lengths = rawLines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  const wrap = Math.max(60, lengths[Math.floor(lengths.length * 0.9)] ?? 0);

  const lines: LaidLine[] = [];
  const lineOfLaid: number[] = [];
  let gap = false;
  let pageBreak = false;
  styled.forEach((runs, i) => {
    if (i > 0 && pageOfLine[i] !== pageOfLine[i - 1]) pageBreak = gap = true;
    if (drop.has(i)) return;
    const t = plain(runs);
    if (t.trim() === "") {
      gap = true;
      return;
    }
    const cells = / \| /.test(t) ? t.split(" | ").map((c) => c.trim()) : undefined;
    lines.push({
      runs,
      full: t.trim().length >= wrap * 0.8,
      gapBefore: gap,
      pageBreakBefore: pageBreak,
      indented: /^ {2,}\S/.test(t) && !cells,
      cells,
      page: pageOfLine[i],
    });
    lineOfLaid.push(i);
    gap = pageBreak = false;
  });
  // A table needs two rows with the same number of cells: a lone "a | b" line is text.
  lines.forEach((l, k) => {
    if (!l.cells) return;
    const same = (o: LaidLine | undefined) => o?.cells?.length === l.cells!.length;
    if (!same(lines[k - 1]) && !same(lines[k + 1])) delete l.cells;
  });

  const blocks = linesToBlocks(lines, notes);
  // Removed lines are noted on the paragraph that follows them.
  for (const r of removed) {
    const next = lineOfLaid.findIndex((i) => i > r.line);
    const paragraph = next < 0 ? lastIndex(blocks) : paragraphOfLine(blocks, lines, next);
    notes.push({ kind: r.kind, paragraph, old: r.text, new: "" });
  }
  notes.sort((a, b) => a.paragraph - b.paragraph);
  return { file, format: "txt", blocks, notes };
}

function lastIndex(blocks: ReturnType<typeof linesToBlocks>): number {
  let n = 0;
  for (const b of blocks) {
    if (b.kind === "paragraph") n = b.index;
    else for (const r of b.rows) for (const c of r.cells) for (const p of c.paragraphs) n = p.index;
  }
  return n;
}

/** ¶N of the paragraph a laid line ended up in: counted by the lines' text. */
function paragraphOfLine(blocks: ReturnType<typeof linesToBlocks>, lines: LaidLine[], k: number): number {
  const want = plain(lines[k]!.runs).trim();
  for (const b of blocks) {
    if (b.kind === "paragraph" && b.text.includes(want)) return b.index;
  }
  return lastIndex(blocks);
}
