// .pdf reader: pdfjs-dist (pure JavaScript; 5.6 is the last line that runs on Node 20) gives the
// text pieces of each page with their positions and fonts. Lines are rebuilt from the positions,
// two-column bands (the header, Nơi nhận beside the signature) are read column by column, bold
// and italic come from the font names, page numbers and running headers are dropped (and noted).
import type { TextRun } from "../read-document.js";
import type { NotedDocument, ReaderNote } from "../read-notes.js";
import { linesToBlocks, type LaidLine } from "../text/lines-to-blocks.js";

/** The PDF has pages but no text on any of them: a scan. */
export class ScannedPdfError extends Error {
  constructor() {
    super("no text layer");
    this.name = "ScannedPdfError";
  }
}

export class BadPdfError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "BadPdfError";
  }
}

interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
  italic: boolean;
}

interface Fragment {
  pieces: Piece[];
  x: number;
  end: number;
  y: number;
  size: number;
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

const PAGE_NUMBER = /^\s*(?:-\s*)?(?:Trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*-)?\s*$/iu;

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

async function loadPdfJs(): Promise<PdfJs> {
  return import("pdfjs-dist/legacy/build/pdf.mjs");
}

export async function readPdf(file: string, bytes: Uint8Array): Promise<NotedDocument> {
  const pdfjs = await loadPdfJs();
  let pdf: Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;
  try {
    pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, isEvalSupported: false, verbosity: 0, useSystemFonts: false }).promise;
  } catch (e) {
    throw new BadPdfError(e instanceof Error ? e.message : String(e));
  }
  try {
    const pages: Fragment[][][] = [];
    let pageSize: { width: number; height: number } | undefined;
    let anyText = false;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const vp = page.getViewport({ scale: 1 });
      pageSize ??= { width: vp.width, height: vp.height };
      const content = await page.getTextContent();
      const items = content.items.filter((i): i is PdfTextItem & typeof i => "str" in i) as unknown as PdfTextItem[];
      // Fonts are known once the page's operators are loaded; their names tell bold and italic.
      const fontNames = new Map<string, string>();
      if (items.some((i) => i.str.trim() !== "")) {
        anyText = true;
        await page.getOperatorList();
        for (const i of items) {
          if (fontNames.has(i.fontName)) continue;
          let name = "";
          try {
            name = String((page.commonObjs.get(i.fontName) as { name?: string } | undefined)?.name ?? "");
          } catch {
            name = "";
          }
          fontNames.set(i.fontName, name);
        }
      }
      const pieces: Piece[] = items
        .filter((i) => i.str !== "")
        .map((i) => {
          const font = fontNames.get(i.fontName) ?? "";
          return {
            text: i.str,
            x: i.transform[4]!,
            y: i.transform[5]!,
            width: i.width,
            size: Math.hypot(i.transform[2]!, i.transform[3]!) || Math.abs(i.transform[0]!) || 12,
            bold: /bold|black|heavy|semibold|demi|,B\b/i.test(font),
            italic: /italic|oblique|,I\b/i.test(font),
          };
        });
      pages.push(linesOf(pieces));
      page.cleanup();
    }
    if (!anyText) throw new ScannedPdfError();
    return layOut(file, pages, pageSize);
  } finally {
    await pdf.destroy();
  }
}

/** Pieces → lines (same baseline) → fragments (split at wide gaps: two columns). */
function linesOf(pieces: Piece[]): Fragment[][] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Piece[][] = [];
  for (const p of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - p.y) <= Math.max(2, p.size * 0.3)) line.push(p);
    else lines.push([p]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    const frags: Fragment[] = [];
    for (const p of line) {
      const f = frags[frags.length - 1];
      const gap = f ? p.x - f.end : 0;
      if (p.text.trim() === "") {
        // Spacing: a few spaces (a draft's blank number or day) belong to the line; a wide one
        // is the gap between two columns.
        if (f && gap <= p.size && p.width < p.size * 3) f.end = Math.max(f.end, p.x + p.width);
        continue;
      }
      if (f && gap <= Math.max(p.size, f.size) * 1.2) {
        f.pieces.push(p);
        f.end = Math.max(f.end, p.x + p.width);
      } else {
        frags.push({ pieces: [p], x: p.x, end: p.x + p.width, y: p.y, size: p.size });
      }
    }
    return frags;
  });
}

function runsOf(f: Fragment): TextRun[] {
  const runs: TextRun[] = [];
  let prevEnd: number | undefined;
  let prevText = "";
  for (const p of f.pieces) {
    let text = p.text;
    if (prevEnd !== undefined && p.x - prevEnd > p.size * 0.15 && !/\s$/.test(prevText) && !/^\s/.test(text)) text = ` ${text}`;
    const run: TextRun = { text, sizePt: Math.round(p.size * 2) / 2 };
    if (p.bold) run.bold = true;
    if (p.italic) run.italic = true;
    const last = runs[runs.length - 1];
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic && last.sizePt === run.sizePt) last.text += text;
    else runs.push(run);
    prevEnd = p.x + p.width;
    prevText = text;
  }
  return runs;
}

const fragText = (f: Fragment) => f.pieces.map((p) => p.text).join("").trim();

function layOut(file: string, pages: Fragment[][][], pageSize?: { width: number; height: number }): NotedDocument {
  const notes: ReaderNote[] = [];
  const removed: { page: number; text: string; kind: ReaderNote["kind"] }[] = [];
  // Running headers: the same first line (digits aside) on most pages.
  if (pages.length >= 3) {
    const key = (p: Fragment[][]) => (p[0] ? p[0].map(fragText).join(" ").replace(/\d+/g, "#") : "");
    const counts = new Map<string, number>();
    for (const p of pages) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    pages.forEach((p, n) => {
      const k = key(p);
      if (k && k !== "#" && !PAGE_NUMBER.test(k.replace(/#/g, "1")) && (counts.get(k) ?? 0) >= Math.ceil(pages.length / 2)) {
        removed.push({ page: n + 1, text: p[0]!.map(fragText).join(" "), kind: "runningHeader" });
        p.shift();
      }
    });
  }
  // Page numbers: a number alone as the first or last line of a page.
  pages.forEach((p, n) => {
    for (const at of [0, p.length - 1]) {
      const line = p[at];
      if (line && line.length === 1 && PAGE_NUMBER.test(fragText(line[0]!))) {
        removed.push({ page: n + 1, text: fragText(line[0]!), kind: "pageNumberLine" });
        p.splice(at, 1);
      }
    }
  });

  // The text block's edges: most lines start at its left edge and wrapped lines reach its right.
  const single = pages.flat().filter((l) => l.length === 1).map((l) => l[0]!);
  const mode = (xs: number[]) => {
    const c = new Map<number, number>();
    for (const x of xs) c.set(Math.round(x), (c.get(Math.round(x)) ?? 0) + 1);
    return [...c].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  };
  const left = mode(single.map((f) => f.x));
  const ends = single.map((f) => f.end).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.95)] ?? 0;
  const centre = (left + right) / 2;

  const laid: LaidLine[] = [];
  pages.forEach((page, n) => {
    // Bands of lines with two columns are read column by column.
    const out: { frag: Fragment; col: number; band: number }[] = [];
    let band = 0;
    let inBand = false;
    for (const line of page) {
      const two = line.length >= 2;
      if (two !== inBand) band++;
      inBand = two;
      const splitX = two ? line[1]!.x : Infinity;
      line.forEach((f, k) => out.push({ frag: f, col: two ? (k === 0 ? 0 : 1) : f.x >= centre - 5 && inBand && f.x > splitX - 1 ? 1 : 0, band }));
    }
    const ordered = [...out].sort((a, b) => a.band - b.band || a.col - b.col);
    let prev: Fragment | undefined;
    let prevKey = "";
    const pitches: number[] = [];
    for (let k = 1; k < ordered.length; k++) {
      const d = ordered[k - 1]!.frag.y - ordered[k]!.frag.y;
      if (d > 0) pitches.push(d);
    }
    pitches.sort((a, b) => a - b);
    const pitch = pitches[Math.floor(pitches.length / 2)] ?? 14;
    ordered.forEach(({ frag, col, band: b }, k) => {
      const key = `${b}:${col}`;
      const runs = runsOf(frag);
      const mid = (frag.x + frag.end) / 2;
      const centred = Math.abs(mid - centre) < 4 && frag.x > left + 20;
      const gap = !prev || key !== prevKey || prev.y - frag.y > pitch * 1.25 || prev.y - frag.y < 0;
      laid.push({
        runs,
        full: frag.end >= right - Math.max(18, frag.size * 1.5) && frag.x <= left + 40,
        gapBefore: gap || k === 0,
        pageBreakBefore: k === 0 && n > 0,
        indented: !centred && frag.x > left + 10 && frag.x < centre,
        align: centred ? "center" : undefined,
        page: n + 1,
        sizePt: frag.size,
      });
      prev = frag;
      prevKey = key;
    });
  });
  if (process.env.KEHOACH_DEBUG_PDF) for (const l of laid) process.stderr.write(`${l.full ? "F" : "-"}${l.gapBefore ? "G" : "-"}${l.indented ? "I" : "-"} ${l.runs.map((r) => r.text).join("").slice(0, 80)}\n`);
  if (process.env.KEHOACH_DEBUG_PDF) process.stderr.write(`left ${left} right ${right}\n`);
  const blocks = linesToBlocks(laid, notes, { indentsMarkParagraphs: true });
  for (const r of removed) {
    const p = blocks.find((b) => b.kind === "paragraph" && (b.page ?? 0) >= r.page);
    notes.push({ kind: r.kind, paragraph: p && p.kind === "paragraph" ? p.index : 1, old: r.text, new: "" });
  }
  notes.sort((a, b) => a.paragraph - b.paragraph);
  const doc: NotedDocument = { file, format: "pdf", blocks, notes };
  if (pageSize) {
    doc.page = { widthMm: round1((pageSize.width * 25.4) / 72), heightMm: round1((pageSize.height * 25.4) / 72), marginsMm: { top: 0, bottom: 0, left: round1((left * 25.4) / 72), right: round1(((pageSize.width - right) * 25.4) / 72) } };
  }
  return doc;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
