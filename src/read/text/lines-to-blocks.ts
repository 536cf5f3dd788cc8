// Laid-out lines (from a PDF's text positions, pdftotext or a copy-paste) → paragraphs. A line
// wrapped by the layout is joined to the next one; a line the author broke on purpose (a centred
// title, an agency name) stays a line break inside its paragraph; list markers, headings and
// sentence ends start a new paragraph. Every join that changes text is noted.
import type { ReadParagraph, ReadTable, TextRun, Alignment } from "../read-document.js";
import type { ReaderNote } from "../read-notes.js";

export interface LaidLine {
  runs: TextRun[];
  /** True when the line reaches the wrap width: the layout broke it, not the author. */
  full: boolean;
  /** A blank line, a large vertical gap or a page break came before this line. */
  gapBefore: boolean;
  /** True when a page break came before this line (a paragraph may continue across it). */
  pageBreakBefore?: boolean;
  /** The line starts further right than the text's left edge (a first-line indent). */
  indented?: boolean;
  /** Cells when the line is a row of a table ("a | b | c"). */
  cells?: string[];
  page?: number;
  align?: Alignment;
  sizePt?: number;
}

const lineText = (l: LaidLine) => l.runs.map((r) => r.text).join("");

/** A list marker, a numbered item, a Roman heading or a lettered point at the start of a line. */
export const STARTS_BLOCK = /^\s*(?:[-–•+*▪●○◦]\s*\S|\d{1,2}(?:\.\d{1,2})*[.)]\s|[IVXLC]{1,6}\s*[.:]\s|[a-zđ]\)\s|Nơi nhận\b|(?:TM|KT|TL|TUQ|Q)\.)/u;
const ENDS_SENTENCE = /(?:[.;:!?…]|\.\/\.)["”)\]]*\s*$/u;
const LETTERS = /\p{L}/gu;

/** All letters upper case (an agency name, a heading), with at least two letters. */
export function isUpperLine(s: string): boolean {
  const letters = s.match(LETTERS) ?? [];
  return letters.length >= 2 && letters.every((c) => c === c.toLocaleUpperCase("vi"));
}

const VOWEL = /[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;
/** The last token has no vowel and the next starts with one: one Vietnamese syllable cut in two. */
function splitWord(a: string, b: string): boolean {
  const last = /(\p{Ll}+)$/u.exec(a)?.[1];
  const first = /^(\p{Ll}+)/u.exec(b)?.[1];
  if (!last || !first) return false;
  if (/\p{L}/u.test(a.slice(-last.length - 1, -last.length))) return false;
  return !VOWEL.test(last) && VOWEL.test(first[0]!);
}

function mergeRuns(into: TextRun[], more: TextRun[]): void {
  for (const r of more) {
    if (r.text === "") continue;
    const prev = into[into.length - 1];
    if (prev && !!prev.bold === !!r.bold && !!prev.italic === !!r.italic && prev.sizePt === r.sizePt) prev.text += r.text;
    else into.push({ ...r });
  }
}

interface Draft {
  runs: TextRun[];
  first: LaidLine;
  last: LaidLine;
}

/**
 * Lines → paragraphs and tables. `notes` receives one note per joined word or paragraph, with the
 * ¶N it ends up in (numbered 1… in order, as ReadParagraph.index).
 */
export function linesToBlocks(lines: LaidLine[], notes: ReaderNote[], opts: { indentsMarkParagraphs?: boolean } = {}): (ReadParagraph | ReadTable)[] {
  const firstIndex = 1;
  const out: (ReadParagraph | ReadTable)[] = [];
  let index = firstIndex;
  let draft: Draft | undefined;
  let pendingNotes: Omit<ReaderNote, "paragraph">[] = [];
  let table: string[][] | undefined;

  const flushTable = () => {
    if (!table) return;
    const width = Math.max(...table.map((r) => r.length));
    out.push({
      kind: "table",
      borders: true,
      rows: table.map((cells) => ({
        cells: Array.from({ length: width }, (_, k) => {
          const text = cells[k] ?? "";
          return { paragraphs: [{ kind: "paragraph" as const, index: index++, runs: text ? [{ text }] : [], text }] };
        }),
      })),
    });
    table = undefined;
  };
  const flush = () => {
    if (!draft) return;
    const text = draft.runs.map((r) => r.text).join("");
    const p: ReadParagraph = { kind: "paragraph", index: index++, runs: draft.runs, text };
    if (draft.first.page !== undefined) p.page = draft.first.page;
    if (draft.first.align) p.align = draft.first.align;
    if (draft.first.indented) p.indentFirstLinePt = 28;
    out.push(p);
    for (const n of pendingNotes) notes.push({ ...n, paragraph: p.index });
    pendingNotes = [];
    draft = undefined;
  };

  for (const line of lines) {
    const text = lineText(line);
    if (text.trim() === "") continue;
    if (line.cells) {
      flush();
      if (table && line.gapBefore) flushTable();
      (table ??= []).push(line.cells);
      continue;
    }
    flushTable();
    if (draft) {
      const prev = lineText(draft.last);
      const next = text.trimStart();
      const wrapped = draft.last.full && /^\p{Ll}/u.test(next) && /[,;:]$/u.test(prev.trimEnd());
      const joinable = !STARTS_BLOCK.test(next) && !isUpperLine(prev) && !isUpperLine(next) && (!ENDS_SENTENCE.test(prev) || wrapped);
      // With first-line indents (a PDF), a line at the left edge after a full line goes on the
      // paragraph, even after a full stop or across a page break.
      const startsBlock = STARTS_BLOCK.test(next) && !/^[-–]\s+\p{Ll}/u.test(next);
      const continues = !!opts.indentsMarkParagraphs && draft.last.full && !line.indented && !startsBlock && !isUpperLine(prev) && !line.align;
      // Across a page break, a full line that ends mid-sentence goes on (pdftotext, any layout).
      const acrossPage = !!line.pageBreakBefore && draft.last.full && !ENDS_SENTENCE.test(prev) && !startsBlock && !isUpperLine(prev) && !isUpperLine(next);
      if (acrossPage || (continues && (!line.gapBefore || (line.pageBreakBefore && !ENDS_SENTENCE.test(prev))))) {
        if (line.pageBreakBefore) pendingNotes.push({ kind: "splitParagraph", old: `${lastWords(prev)}\n\n${firstWords(next)}`, new: `${lastWords(prev)} ${firstWords(next)}` });
        appendLine(draft, line, /\p{L}-$/u.test(prev) && /^\p{L}/u.test(next) ? "" : " ");
        continue;
      }
      if (line.gapBefore) {
        // A paragraph cut by a page break: the second half starts with a small letter.
        if (joinable && /^\p{Ll}/u.test(next)) {
          pendingNotes.push({ kind: "splitParagraph", old: `${lastWords(prev)}\n\n${firstWords(next)}`, new: `${lastWords(prev)} ${firstWords(next)}` });
          appendLine(draft, line, " ");
          continue;
        }
        flush();
      } else if (line.indented) {
        flush();
      } else if (joinable && draft.last.full) {
        if (splitWord(prev, next)) {
          pendingNotes.push({ kind: "splitWord", old: `${lastWords(prev)}\n${firstWords(next)}`, new: `${lastWords(prev)}${firstWords(next)}` });
          appendLine(draft, line, "");
        } else {
          // A line broken after the hyphen of "pa-nô" keeps the hyphen and no space.
          appendLine(draft, line, /\p{L}-$/u.test(prev) && /^\p{L}/u.test(next) ? "" : " ");
        }
        continue;
      } else if (joinable && !line.indented) {
        appendLine(draft, line, "\n");
        continue;
      } else {
        flush();
      }
    }
    draft = { runs: [], first: line, last: line };
    mergeRuns(draft.runs, trimRuns(line.runs));
  }
  flush();
  flushTable();
  return out;
}

function appendLine(draft: Draft, line: LaidLine, joiner: string): void {
  // The joiner takes the formatting of the run before it, so a bold title stays one bold run.
  const last = draft.runs[draft.runs.length - 1];
  if (last) last.text = last.text.replace(/\s+$/u, "") + joiner;
  mergeRuns(draft.runs, trimRuns(line.runs));
  draft.last = line;
}

function trimRuns(runs: TextRun[]): TextRun[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length && out[0]!.text.trim() === "") out.shift();
  while (out.length && out[out.length - 1]!.text.trim() === "") out.pop();
  if (out.length) {
    out[0]!.text = out[0]!.text.trimStart();
    out[out.length - 1]!.text = out[out.length - 1]!.text.trimEnd();
  }
  return out;
}

const lastWords = (s: string) => s.trimEnd().split(/\s+/).slice(-2).join(" ");
const firstWords = (s: string) => s.trimStart().split(/\s+/).slice(0, 2).join(" ");
