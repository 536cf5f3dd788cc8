// ReadDocument → a plan in the schema. The document is read as a KẾ HOẠCH is laid out: header
// (agency, Số:, place and date), KẾ HOẠCH and its summary, opening paragraphs, Roman sections with
// items 1./1.1., points a) and bullets, the closing paragraph, Nơi nhận and the signature. Typed
// numbers are dropped (kehoach computes them); every paragraph lands somewhere, and every change
// to the text is returned as a correction on the plan path it ends up at.
import type { MessageId, Params } from "../i18n/i18n.js";
import { pointLetter } from "../model/numbering.js";
import { roman } from "../text/roman.js";
import type { Block, ItemBlock, PointBlock, Table } from "../validate/plan-schema.js";
import type { ReadBlock, ReadCell, ReadDocument, ReadParagraph, ReadTable, TextRun } from "../read/read-document.js";
import type { NotedDocument, ReaderNoteKind } from "../read/read-notes.js";
import { isUpperLine } from "../read/text/lines-to-blocks.js";
import { context, findPageNumbers, fixText, type TextFix } from "./text-fixes.js";

export type PlanPath = (string | number)[];

/** A change import made to the text, noted as `# sửa:` on the line of `path`. */
export interface ImportCorrection {
  path: PlanPath;
  paragraph: number;
  old: string;
  new: string;
  reason: MessageId;
  params?: Params;
}

/** Something the user should look at: a guess, a missing field, a paragraph not recognised. */
export interface ImportFinding {
  id: MessageId;
  params: Params;
  /** ¶N in the input and the paragraph's text, where there is one. */
  paragraph?: number;
  quote?: string;
}

/** Where a value of the plan came from. */
export interface PlanPlace {
  path: PlanPath;
  paragraph: number;
}

/** A plan as far as the input carries it: header fields it lacks are left out. */
export interface ImportedPlan {
  co_quan?: { chu_quan?: string; ten?: string; viet_tat?: string };
  so?: number;
  dia_danh?: string;
  ngay?: string;
  trich_yeu?: string;
  can_cu?: string[];
  muc: { ten: string; noi_dung?: Block[] }[];
  ket_luan?: string | string[];
  noi_nhan?: string[];
  ky?: { tm?: string; kt?: string; q?: string; tl?: string; tuq?: string; chuc_vu?: string; ho_ten?: string };
}

export interface RecognizedPlan {
  plan: ImportedPlan;
  corrections: ImportCorrection[];
  findings: ImportFinding[];
  places: PlanPlace[];
}

// ---------------------------------------------------------------------------------------------
// Units: one line of the document, with its formatting and the fixes already made to its text.

interface Unit {
  paragraph: number;
  /** Text with bold and italic marks (as in plan strings) where only part of it is bold or italic. */
  marked: string;
  plain: string;
  allBold: boolean;
  anyBold: boolean;
  centered: boolean;
  fixes: TextFix[];
  table?: ReadTable;
}

const NOTE_REASON: Record<ReaderNoteKind, MessageId> = {
  pageNumberLine: "import.reason.pageNumberLine",
  runningHeader: "import.reason.runningHeader",
  splitWord: "import.reason.splitWord",
  splitParagraph: "import.reason.splitParagraph",
};

/** Runs → text with marks: whole-bold paragraphs carry no marks (a title is bold anyway). */
function markRuns(runs: TextRun[]): { marked: string; allBold: boolean; anyBold: boolean } {
  const visible = runs.filter((r) => r.text.trim() !== "");
  const allBold = visible.length > 0 && visible.every((r) => r.bold);
  const allItalic = visible.length > 0 && visible.every((r) => r.italic);
  const anyBold = visible.some((r) => r.bold);
  if (allBold || visible.length === 0) return { marked: runs.map((r) => r.text).join(""), allBold, anyBold };
  // Merge runs of the same look, then put the marks around the text, spaces outside.
  const merged: { text: string; b: boolean; i: boolean }[] = [];
  for (const r of runs) {
    const b = !!r.bold && r.text.trim() !== "";
    const i = !!r.italic && !allItalic && r.text.trim() !== "";
    const prev = merged[merged.length - 1];
    if (prev && prev.b === b && prev.i === i) prev.text += r.text;
    else if (prev && r.text.trim() === "") prev.text += r.text;
    else merged.push({ text: r.text, b, i });
  }
  const marked = merged
    .map(({ text, b, i }) => {
      if (!b && !i) return text;
      const mark = b && i ? "***" : b ? "**" : "*";
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
      return `${m[1]}${mark}${m[2]}${mark}${m[3]}`;
    })
    .join("");
  return { marked, allBold, anyBold };
}

/** Split a paragraph's runs at its line breaks. */
function splitRuns(runs: TextRun[]): TextRun[][] {
  const lines: TextRun[][] = [[]];
  for (const r of runs) {
    r.text.split("\n").forEach((part, k) => {
      if (k > 0) lines.push([]);
      if (part !== "") lines[lines.length - 1]!.push({ ...r, text: part });
    });
  }
  return lines;
}

const STARTS_BLOCK = /^\s*(?:[-–•+▪●○◦]\s*\S|\d{1,2}(?:\.\d{1,2})*[.)]\s|[IVXLC]{1,6}\s*[.:]\s|[a-zđ]\)\s|Nơi nhận\b|(?:TM|KT|TL|TUQ|Q)\.)/u;

function labelPrefix(p: ReadParagraph): string {
  if (!p.numberLabel) return "";
  const l = p.numberLabel.trim();
  if (l === "") return "";
  if (/^[+o◦○]$/u.test(l)) return "+ ";
  if (/^[^\p{L}\p{N}]$/u.test(l)) return "- ";
  return `${l} `;
}

function unitsOf(doc: NotedDocument): Unit[] {
  const units: Unit[] = [];
  const addParagraph = (p: ReadParagraph) => {
    const prefix = labelPrefix(p);
    // Word draws the number in the paragraph's own look: a bold title keeps a bold number.
    const firstRun = p.runs.find((x) => x.text.trim() !== "");
    const runs = prefix ? [{ text: prefix, bold: firstRun?.bold, italic: firstRun?.italic }, ...p.runs] : p.runs;
    // A line break before a list marker, a heading or between upper-case lines ends a unit.
    const lines = splitRuns(runs);
    const groups: TextRun[][] = [];
    for (const line of lines) {
      const t = line.map((r) => r.text).join("");
      const prev = groups[groups.length - 1];
      const prevText = prev?.map((r) => r.text).join("") ?? "";
      if (!prev || STARTS_BLOCK.test(t) || isUpperLine(t) || isUpperLine(prevText) || /[.;:]\s*$/.test(prevText)) groups.push([...line]);
      else prev.push({ ...(prev[prev.length - 1] ?? {}), text: "\n" }, ...line);
    }
    for (const g of groups) {
      const fixes: TextFix[] = [];
      const fixed = g.map((r) => ({ ...r, text: fixText(r.text, fixes) }));
      const { marked, allBold, anyBold } = markRuns(fixed);
      const plain = fixed.map((r) => r.text).join("");
      if (plain.trim() === "") continue;
      units.push({ paragraph: p.index, marked: marked.trim(), plain: plain.trim(), allBold, anyBold, centered: p.align === "center", fixes });
    }
  };
  for (const b of doc.blocks) {
    if (b.kind === "paragraph") addParagraph(b);
    else if (isLayoutTable(b, doc.blocks)) for (const p of tableParagraphs(b)) addParagraph(p);
    else {
      const first = tableParagraphs(b)[0];
      units.push({ paragraph: first?.index ?? 0, marked: "", plain: "", allBold: false, anyBold: false, centered: false, fixes: [], table: b });
    }
  }
  // Notes of the reader (page numbers removed, lines joined) become corrections of the unit.
  for (const n of doc.notes ?? []) {
    const u = units.find((x) => x.paragraph >= n.paragraph) ?? units[units.length - 1];
    u?.fixes.push({ old: n.old, new: n.new, reason: NOTE_REASON[n.kind] });
  }
  return units;
}

/** Paragraphs of a table, cell by cell (left cell first). */
function tableParagraphs(t: ReadTable): ReadParagraph[] {
  const out: ReadParagraph[] = [];
  // Column by column: a header table's left cell holds the agency, the right the motto.
  const cols = Math.max(0, ...t.rows.map((r) => r.cells.length));
  if (t.rows.length <= 3 && !t.borders) {
    for (let c = 0; c < cols; c++) for (const r of t.rows) out.push(...(r.cells[c]?.paragraphs ?? []));
  } else {
    for (const r of t.rows) for (const c of r.cells) out.push(...c.paragraphs);
  }
  return out;
}

/** A table that only lays out the header or the signature (no borders, few rows), not data. */
function isLayoutTable(t: ReadTable, all: ReadBlock[]): boolean {
  if (t.borders) return false;
  const text = tableParagraphs(t)
    .map((p) => p.text)
    .join("\n");
  if (/CỘNG HÒA|CỘNG HOÀ|Số\s*:|Nơi nhận|\b(?:TM|KT)\./u.test(text)) return true;
  return t.rows.length <= 2 && all.indexOf(t) < 3;
}

// ---------------------------------------------------------------------------------------------
// Patterns

const TITLE = /^K\s*Ế\s*H\s*O\s*Ạ\s*C\s*H$/u;
const MOTTO = /^(?:CỘNG\s+H[OÒ][AÀ]\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc)$/iu;
const RULE = /^[-_=–—.…*\s]{3,}$/u;
const NUMBER_LINE = /^Số\s*:?\s*([0-9]*)\s*[./…_\s]*\/\s*([A-ZĐ]+)(?:\s*-\s*([A-ZĐ0-9-]+))?\s*$/u;
const PLACE_DATE = /^(.*?)[,\s]+ngày\s*([0-9]{1,2})?[\s.…_]*tháng\s*([0-9]{1,2})\s*năm\s*([0-9]{4})\s*\.?$/iu;
const ROMAN = /^([IVXLC]{1,6})\s*[.:\-–]\s*(\S.*)$/u;
const ITEM = /^(\d{1,2}(?:\.\d{1,2})*)[.)](?:\s+|(?=\p{L}))(\S.*)$|^(\d{1,2}(?:\.\d{1,2})+)\s+(\S.*)$/su;
const POINT = /^([a-zđ])\)\s*(\S.*)$/su;
const BULLET = /^([-–•▪●+○◦])\s*(\S.*)$/su;
const RECIPIENTS = /^Nơi\s+nhận\s*:?\s*(.*)$/u;
const AUTHORITY = /^(TM|KT|Q|TL|TUQ)\s*\.\s*(.+)$/u;
const SIGNED = /^\((?:đã\s+ký|ký|ký,?\s*đóng dấu|ký tên[^)]*)\)$|^\[?(?:đã\s+ký|chữ\s+ký)\]?$/iu;
const ADMIN_LEVEL = /^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\b/u;

function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]!]!;
    const b = i + 1 < s.length ? v[s[i + 1]!]! : 0;
    n += a < b ? -a : a;
  }
  return n;
}

const body = (u: Unit) => u.marked.replace(/\s*\n\s*/g, " ");
/** The text after a list marker, with the bold and italic marks of the unit kept. */
function afterMarker(u: Unit, rest: string): string {
  const marker = u.plain.slice(0, u.plain.length - rest.length).trim();
  const esc = marker.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`^(\\**)\\s*${esc}\\s*`, "u").exec(u.marked);
  if (!m) return rest.replace(/\s*\n\s*/g, " ");
  const stars = m[1] ?? "";
  let out = u.marked.slice(m[0].length);
  // "**1.** Title": the marks held only the number.
  out = stars && out.startsWith(stars) ? out.slice(stars.length) : stars + out;
  return out.replace(/\s*\n\s*/g, " ").trim();
}

// ---------------------------------------------------------------------------------------------

export function recognizePlan(doc: ReadDocument): RecognizedPlan {
  return new Recognizer(doc as NotedDocument).run();
}

interface OpenItem {
  item: ItemBlock;
  path: PlanPath;
  typed: number;
  /** Its own number, and how many items it holds so far. */
  number: number;
  count: number;
  /** Its points so far: how many, and the last letter as typed. */
  points: { count: number; typed: string };
}

class Recognizer {
  private readonly units: Unit[];
  private readonly plan: ImportedPlan = { muc: [] };
  private readonly corrections: ImportCorrection[] = [];
  private readonly findings: ImportFinding[] = [];
  private readonly places: PlanPlace[] = [];
  /** Whether the input tells bold apart (a formatted file, or a text with ** marks). */
  private readonly formatted: boolean;

  constructor(private readonly doc: NotedDocument) {
    this.units = unitsOf(doc);
    this.formatted = doc.format !== "txt" && this.units.some((u) => u.anyBold);
    this.fixPageNumbers();
  }

  run(): RecognizedPlan {
    const u = this.units;
    const titleAt = u.findIndex((x) => TITLE.test(x.plain));
    const romanAt = u.findIndex((x, i) => i > titleAt && this.isSection(x));
    const bodyStart = romanAt < 0 ? u.length : romanAt;
    if (titleAt < 0) this.find("import.missing.title", {});
    // Header: before KẾ HOẠCH, or (without it) the header-like lines before the first section.
    const headerEnd = titleAt >= 0 ? titleAt : bodyStart;
    const rest = this.header(u.slice(0, headerEnd), titleAt < 0);
    const at = titleAt >= 0 ? this.summary(titleAt + 1, bodyStart) : headerEnd;
    const opening = [...rest, ...u.slice(at, bodyStart)];
    // Tail: Nơi nhận and the signature; before it, the closing paragraph(s).
    let tailAt = u.findIndex((x, i) => i >= bodyStart && RECIPIENTS.test(x.plain));
    if (tailAt < 0) tailAt = u.findIndex((x, i) => i >= bodyStart && AUTHORITY.test(x.plain));
    if (tailAt < 0) tailAt = u.length;
    const closingAt = this.closingStart(bodyStart, tailAt);
    this.opening(opening);
    this.body(u.slice(bodyStart, closingAt));
    this.closing(u.slice(closingAt, tailAt));
    this.tail(u.slice(tailAt));
    this.missing();
    return { plan: this.plan, corrections: this.corrections, findings: this.findings, places: this.places };
  }

  // --- helpers -----------------------------------------------------------------------------

  private find(id: MessageId, params: Params, unit?: Unit): void {
    this.findings.push(unit ? { id, params, paragraph: unit.paragraph, quote: unit.plain } : { id, params });
  }

  private place(path: PlanPath, unit: Unit): void {
    this.places.push({ path, paragraph: unit.paragraph });
    for (const f of unit.fixes) this.correct(path, unit, f);
    unit.fixes = [];
  }

  private correct(path: PlanPath, unit: Unit, f: TextFix): void {
    this.corrections.push({ path, paragraph: unit.paragraph, old: f.old, new: f.new, reason: f.reason, params: f.params });
  }

  private isSection(u: Unit): boolean {
    if (u.table) return false;
    const m = ROMAN.exec(u.plain);
    return !!m && (isUpperLine(m[2]!) || u.allBold);
  }

  /** Page numbers of the original inside sentences: taken out, each one noted. */
  private fixPageNumbers(): void {
    const hits = findPageNumbers(this.units.map((u) => u.plain));
    for (const h of hits.reverse()) {
      const u = this.units[h.unit]!;
      const digits = String(h.page);
      const cut = (s: string, at: number) => s.slice(0, at) + s.slice(at + digits.length).replace(/^\s+/, at === 0 ? "" : "");
      const before = u.plain;
      u.plain = cut(u.plain, h.offset).replace(/ {2,}/g, " ");
      const mAt = u.marked.indexOf(before.slice(h.offset, h.offset + 30));
      if (mAt >= 0) u.marked = cut(u.marked, mAt).replace(/ {2,}/g, " ");
      u.fixes.push({ old: context(before, h.offset), new: context(u.plain, Math.max(0, h.offset - 1)), reason: "import.reason.pageNumber", params: { page: h.page } });
    }
  }

  // --- header --------------------------------------------------------------------------------

  /** Header lines → co_quan, so, dia_danh, ngay; returns the lines that are none of these. */
  private header(units: Unit[], guessing: boolean): Unit[] {
    const agency: Unit[] = [];
    const rest: Unit[] = [];
    // A number line or a date cut in two by a draft's blank ("Số:" / "/KH-UBND"): put together.
    units = units.flatMap((u, k, all) => {
      const next = all[k + 1];
      if (!next || u.table || next.table) return [u];
      const joined = `${u.plain} ${next.plain}`.replace(/\s+/g, " ").trim();
      const cut = (/^Số\s*:?\s*\d*\s*$/u.test(u.plain) && NUMBER_LINE.test(joined)) || (/,?\s*ngày\s*\d{0,2}\s*$/u.test(u.plain) && PLACE_DATE.test(joined));
      if (cut) {
        next.plain = joined;
        next.marked = joined;
        next.paragraph = u.paragraph;
        next.fixes.push(...u.fixes);
        return [];
      }
      return [u];
    });
    for (const u of units) {
      if (u.table) {
        rest.push(u);
        continue;
      }
      const t = u.plain.replace(/\s+/g, " ").trim();
      if (MOTTO.test(t) || RULE.test(t)) continue;
      const num = NUMBER_LINE.exec(t);
      if (num) {
        this.numberLine(num, u);
        continue;
      }
      const pd = PLACE_DATE.exec(t);
      if (pd) {
        this.placeDate(pd, u);
        continue;
      }
      if (isUpperLine(t) && !(guessing && t.length > 120)) agency.push(u);
      else rest.push(u);
    }
    if (agency.length > 0) this.agency(agency);
    return rest;
  }

  private numberLine(m: RegExpExecArray, u: Unit): void {
    if (m[1] && Number(m[1]) > 0 && m[1].length <= 6) {
      this.plan.so = Number(m[1]);
      this.place(["so"], u);
    }
    let abbrev = m[3];
    if (!abbrev && m[2]!.startsWith("KH") && m[2]!.length > 2) {
      abbrev = m[2]!.slice(2);
      this.correct(["co_quan", "viet_tat"], u, { old: `/${m[2]}`, new: `/KH-${abbrev}`, reason: "import.reason.signatureSpace", params: { prefix: "KH" } });
    }
    if (abbrev && /^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$/u.test(abbrev)) {
      (this.plan.co_quan ??= {}).viet_tat = abbrev;
      this.place(["co_quan", "viet_tat"], u);
    }
  }

  private placeDate(m: RegExpExecArray, u: Unit): void {
    const place = m[1]!.replace(/[,\s]+$/u, "").trim();
    if (place) {
      this.plan.dia_danh = place;
      this.place(["dia_danh"], u);
    }
    const day = m[2] ? Number(m[2]) : undefined;
    const month = Number(m[3]);
    const year = Number(m[4]);
    const mm = String(month).padStart(2, "0");
    this.plan.ngay = day === undefined ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, "0")}`;
    this.place(["ngay"], u);
    if (month >= 3 && m[3]!.startsWith("0")) {
      const i = u.plain.indexOf("tháng");
      this.correct(["ngay"], u, { old: u.plain.slice(i, i + 6 + m[3]!.length), new: `tháng ${month}`, reason: "import.reason.monthZero" });
    }
  }

  private agency(lines: Unit[]): void {
    const co = (this.plan.co_quan ??= {});
    const text = (us: Unit[]) => us.map((x) => x.plain.replace(/\s*\n\s*/g, "\n")).join("\n");
    let parent: Unit[] = [];
    let own: Unit[] = lines;
    const bold = lines.filter((x) => x.allBold);
    if (bold.length > 0 && bold.length < lines.length) {
      const k = lines.findIndex((x) => x.allBold);
      parent = lines.slice(0, k);
      own = lines.slice(k);
    } else if (lines.length >= 2) {
      const second = lines[1]!.plain;
      const firstIsWhole = lines.length === 2 && ADMIN_LEVEL.test(second) && !ADMIN_LEVEL.test(lines[0]!.plain) && !/\b(?:XÃ|HUYỆN|TỈNH|PHƯỜNG|QUẬN)\b/u.test(lines[0]!.plain);
      if (!firstIsWhole) {
        parent = lines.slice(0, 1);
        own = lines.slice(1);
      }
      if (!this.formatted) this.find("import.guess.agency", {}, lines[0]);
    }
    if (parent.length > 0) {
      co.chu_quan = text(parent).replace(/\n/g, " ");
      for (const p of parent) this.place(["co_quan", "chu_quan"], p);
    }
    co.ten = text(own);
    for (const p of own) this.place(["co_quan", "ten"], p);
  }

  /** KẾ HOẠCH's summary: the next paragraph (its lines), or every bold line after it. */
  private summary(from: number, end: number): number {
    const u = this.units;
    let i = from;
    while (i < end && RULE.test(u[i]!.plain)) i++;
    if (i >= end || u[i]!.table) return i;
    const lines: Unit[] = [u[i]!];
    i++;
    if (this.formatted && lines[0]!.allBold) while (i < end && u[i]!.allBold && !u[i]!.table && !RULE.test(u[i]!.plain)) lines.push(u[i++]!);
    while (i < end && RULE.test(u[i]!.plain)) i++;
    this.plan.trich_yeu = lines.map((x) => x.plain.replace(/\s*\n\s*/g, "\n")).join("\n");
    for (const l of lines) this.place(["trich_yeu"], l);
    return i;
  }

  private opening(units: Unit[]): void {
    for (const u of units) {
      if (u.table) {
        // The opening holds only paragraphs: the table's rows go in as lines of text.
        this.find("import.unclassified", { where: "import.where.opening" }, { ...u, plain: tableLines(u.table).join(" / ") });
        const list = (this.plan.can_cu ??= []);
        for (const line of tableLines(u.table)) {
          this.place(["can_cu", list.length], u);
          list.push(line);
        }
        continue;
      }
      if (RULE.test(u.plain)) continue;
      const list = (this.plan.can_cu ??= []);
      this.place(["can_cu", list.length], u);
      list.push(body(u));
    }
  }

  // --- body ----------------------------------------------------------------------------------

  private section?: { ten: string; noi_dung?: Block[] };
  private sectionPath: PlanPath = [];
  private typedRoman = 0;
  private romanError?: { reason: MessageId; params: Params };
  private items: OpenItem[] = [];
  private sectionItems = { count: 0, typed: 0 };
  private point?: { block: PointBlock; path: PlanPath; count: number };
  private sectionPoints = { count: 0, typed: "" };
  /** Points of the deepest open item (or the section). */
  private get points(): { count: number; typed: string } {
    return this.items[this.items.length - 1]?.points ?? this.sectionPoints;
  }
  private itemError = new Map<number, { reason: MessageId; params: Params }>();

  private openSection(ten: string, u: Unit, typed?: string): void {
    const index = this.plan.muc.length;
    this.section = { ten };
    this.plan.muc.push(this.section);
    this.sectionPath = ["muc", index];
    this.place([...this.sectionPath, "ten"], u);
    this.items = [];
    this.sectionItems = { count: 0, typed: 0 };
    this.point = undefined;
    this.sectionPoints = { count: 0, typed: "" };
    this.itemError.clear();
    if (typed === undefined) return;
    const want = index + 1;
    const got = romanValue(typed);
    if (got !== want) {
      if (!(this.romanError && got === this.typedRoman + 1)) {
        const repeat = got === this.typedRoman;
        this.romanError = {
          reason: repeat ? "import.reason.romanRepeat" : "import.reason.romanSkip",
          params: { from: this.typedRoman ? roman(this.typedRoman) : "-", to: typed },
        };
        this.find("import.numbering", { detail: `${typed}. → ${roman(want)}.` }, u);
      }
      this.correct([...this.sectionPath, "ten"], u, { old: `${typed}. ${short(ten)}`, new: `${roman(want)}. ${short(ten)}`, ...this.romanError });
    } else {
      this.romanError = undefined;
    }
    this.typedRoman = got;
  }

  /** Where paragraphs go now: the open point, the deepest open item, or the section. */
  private container(): { list: Block[]; path: PlanPath } {
    if (this.point) return { list: (this.point.block.noi_dung ??= []), path: [...this.point.path, "noi_dung"] };
    const item = this.items[this.items.length - 1];
    if (item) return { list: (item.item.noi_dung ??= []), path: [...item.path, "noi_dung"] };
    const s = this.section!;
    return { list: (s.noi_dung ??= []), path: [...this.sectionPath, "noi_dung"] };
  }

  private push(block: Block, u: Unit): PlanPath {
    const c = this.container();
    const path = [...c.path, c.list.length];
    c.list.push(block);
    this.place(path, u);
    return path;
  }

  /**
   * Lines an extraction glued together, split where it is certain: a "- " bullet after the end of
   * a sentence in a bullet ("…2030). - Quan tâm…"), a stray ". " before a bullet, and the next
   * item's number after a sentence ("…giới. 6. Kinh phí…") when it is the number expected next.
   */
  private unglue(u: Unit, queue: Unit[]): void {
    if (u.table || u.marked !== u.plain) return;
    const piece = (text: string, fix: TextFix): Unit => ({ ...u, plain: text, marked: text, fixes: [fix], allBold: false, anyBold: false });
    const stray = /^\.\s+([-–]\s+\S)/u.exec(u.plain);
    if (stray) {
      const text = u.plain.slice(stray.index + stray[0].length - stray[1]!.length);
      u.fixes.push({ old: u.plain.slice(0, 3 + 10), new: text.slice(0, 10), reason: "import.reason.gluedLine" });
      u.plain = u.marked = text;
    }
    if (BULLET.test(u.plain)) {
      const m = /([.;!?)”])\s+\.?\s*-\s+(?=\p{Lu})/u.exec(u.plain.slice(2));
      if (m) {
        const at = m.index + 2 + m[1]!.length;
        const head = u.plain.slice(0, at);
        const tail = u.plain.slice(at).replace(/^\s+\.?\s*/u, "");
        u.plain = u.marked = head;
        queue.unshift(piece(tail, { old: `${lastWords(head)} ${firstWords(tail)}`, new: `${lastWords(head)}\n${firstWords(tail)}`, reason: "import.reason.gluedLine" }));
        return;
      }
    }
    const own = ITEM.exec(u.plain);
    const next = this.sectionItems.count + (own && !(own[1] ?? own[3]!).includes(".") ? 2 : 1);
    const item = new RegExp(`([.;:!?])\\s+(${next})\\.\\s+(?=\\p{Lu})`, "u").exec(u.plain);
    if (item && (this.items.length > 0 || own)) {
      const at = item.index + 1;
      const head = u.plain.slice(0, at);
      const tail = u.plain.slice(at).trim();
      u.plain = u.marked = head;
      queue.unshift(piece(tail, { old: `${lastWords(head)} ${firstWords(tail, 3)}`, new: `${lastWords(head)}\n${firstWords(tail, 3)}`, reason: "import.reason.gluedLine" }));
    }
  }

  private body(units: Unit[]): void {
    const queue = [...units];
    for (let u = queue.shift(); u; u = queue.shift()) {
      this.unglue(u, queue);
      if (u.table) {
        if (!this.section) this.openSection("NỘI DUNG", u);
        this.table(u);
        continue;
      }
      const t = u.plain;
      if (RULE.test(t)) continue;
      const roman = ROMAN.exec(t);
      if (roman && (isUpperLine(roman[2]!) || u.allBold)) {
        this.openSection(roman[2]!.replace(/\s*\n\s*/g, " ").trim(), u, roman[1]);
        continue;
      }
      if (!this.section) this.openSection("NỘI DUNG", u);
      const item = ITEM.exec(t);
      if (item) {
        this.item(item[1] ?? item[3]!, u, afterMarker(u, item[2] ?? item[4]!));
        continue;
      }
      const point = POINT.exec(t);
      if (point) {
        this.pointBlock(point[1]!, u, afterMarker(u, point[2]!));
        continue;
      }
      const bullet = BULLET.exec(t);
      if (bullet) {
        const mark = bullet[1]!;
        const sub = mark === "+" || mark === "○" || mark === "◦";
        const wanted = sub ? "+" : "-";
        const text = afterMarker(u, bullet[2]!);
        const path = this.push(`${wanted} ${text}`, u);
        if (mark !== wanted) this.correct(path, u, { old: `${mark} ${short(text, 30)}`, new: `${wanted} ${short(text, 30)}`, reason: "import.reason.bulletMark", params: { mark } });
        continue;
      }
      this.push(body(u), u);
    }
  }

  private item(typedLabel: string, u: Unit, rest: string): void {
    const parts = typedLabel.split(".").map(Number);
    const level = Math.min(parts.length, this.items.length + 1);
    this.items = this.items.slice(0, level - 1);
    this.point = undefined;
    const parent = this.items[this.items.length - 1];
    const counter = parent ?? this.sectionItems;
    const number = ++counter.count;
    const typed = parts[parts.length - 1]!;
    const block: ItemBlock = {};
    const wholeBold = u.allBold;
    const asTitle = wholeBold || (!u.anyBold && !this.formatted && u.plain.length <= 200 && !/[;]$/.test(u.plain));
    if (asTitle) block.ten = rest;
    else block.doan = rest;
    const path = this.push(block, u);
    const labelNow = [...this.items.map((x) => x.number), number].join(".");
    const labelTyped = typedLabel;
    if (typed !== number || labelTyped !== labelNow) {
      const prevTyped = counter.typed;
      const known = this.itemError.get(level);
      if (!(known && typed === prevTyped + 1)) {
        const repeat = typed === prevTyped;
        this.itemError.set(level, {
          reason: repeat ? "import.reason.itemRepeat" : "import.reason.itemSkip",
          params: { from: prevTyped || "-", to: typed },
        });
        this.find("import.numbering", { detail: `${labelTyped}. → ${labelNow}.` }, u);
      }
      const e = this.itemError.get(level)!;
      const plainRest = rest.replace(/\*/g, "");
      this.correct([...path, asTitle ? "ten" : "doan"], u, { old: `${labelTyped}. ${short(plainRest)}`, new: `${labelNow}. ${short(plainRest)}`, ...e });
    } else {
      this.itemError.delete(level);
    }
    counter.typed = typed;
    this.items.push({ item: block, path, typed, number, count: 0, points: { count: 0, typed: "" } });
  }

  private pointBlock(letter: string, u: Unit, rest: string): void {
    this.point = undefined;
    // "b)" after a sub-item that has no points continues the points of an item around it.
    if (this.points.count === 0 && letter !== "a") {
      for (let k = this.items.length - 2; k >= -1; k--) {
        const pts = k >= 0 ? this.items[k]!.points : this.sectionPoints;
        if (pts.count > 0 && pointLetter(pts.count) === letter) {
          this.items = this.items.slice(0, k + 1);
          break;
        }
      }
    }
    const block: PointBlock = { diem: rest };
    const path = this.push(block, u);
    const want = pointLetter(this.points.count++);
    if (letter !== want) {
      this.find("import.numbering", { detail: `${letter}) → ${want})` }, u);
      this.correct([...path, "diem"], u, { old: `${letter}) ${short(rest)}`, new: `${want}) ${short(rest)}`, reason: "import.reason.pointSkip", params: { from: this.points.typed || "-", to: letter } });
    }
    this.points.typed = letter;
    this.point = { block, path, count: 0 };
  }

  private table(u: Unit): void {
    const t = u.table!;
    const cellText = (c: { paragraphs: ReadParagraph[] }) =>
      c.paragraphs
        .map((p) => {
          const fixes: TextFix[] = [];
          const text = fixText(p.text, fixes).trim();
          for (const f of fixes) u.fixes.push(f);
          return text;
        })
        .filter(Boolean)
        .join("\n");
    const { header, rows, rowOffset } = gridOf(t, cellText);
    const n = Math.max(1, header.length);
    const bang: Table = { cot: header.map((h, k) => h || `Cột ${k + 1}`), dong: [] };
    rows.forEach((r, k) => {
      if (r.length !== n) this.find("import.table.ragged", { row: k + 1 + rowOffset, got: r.length, expected: n }, u);
      // A row longer than the header keeps its extra cells: they are joined into the last column.
      const cells = r.length > n ? [...r.slice(0, n - 1), r.slice(n - 1).filter(Boolean).join("; ")] : r;
      bang.dong.push(Array.from({ length: n }, (_, c) => cells[c] ?? ""));
    });
    const widths = t.columnWidthsPt ?? t.rows[0]?.cells.map((c) => c.widthPt ?? 0);
    if (widths && widths.length === n && widths.every((w) => w > 0)) {
      const total = widths.reduce((a, b) => a + b, 0);
      bang.rong = widths.map((w) => Math.round((w / total) * 1000) / 10);
    }
    // A bold line right before the table is its title.
    const c = this.container();
    const prev = c.list[c.list.length - 1];
    const prevUnit = this.units[this.units.indexOf(u) - 1];
    if (typeof prev === "string" && prevUnit && prevUnit.allBold && prevUnit.centered && prev === body(prevUnit)) {
      c.list.pop();
      bang.tieu_de = prev;
    }
    this.push({ bang: orderTable(bang) }, u);
  }

  // --- closing and tail ------------------------------------------------------------------

  private closingStart(bodyStart: number, tailAt: number): number {
    const u = this.units;
    const plainPara = (x: Unit) => !x.table && !STARTS_BLOCK.test(x.plain) && !this.isSection(x);
    for (let j = tailAt - 1; j >= Math.max(bodyStart + 1, tailAt - 3); j--) {
      if (!plainPara(u[j]!)) break;
      if (/^Trên đây\b/u.test(u[j]!.plain)) return j;
    }
    const last = u[tailAt - 1];
    if (tailAt - 1 > bodyStart && last && plainPara(last) && /\.\/\.\s*$/.test(last.plain)) return tailAt - 1;
    return tailAt;
  }

  private closing(units: Unit[]): void {
    if (units.length === 0) return;
    const texts = units.map((u, k) => {
      let t = body(u);
      if (k === units.length - 1) t = t.replace(/\s*\.\/\.\s*$/u, ".").replace(/\.\.$/, ".");
      return t;
    });
    if (units.length === 1) {
      this.plan.ket_luan = texts[0]!;
      this.place(["ket_luan"], units[0]!);
    } else {
      this.plan.ket_luan = texts;
      units.forEach((u, k) => this.place(["ket_luan", k], u));
    }
  }

  private tail(units: Unit[]): void {
    let recipients = false;
    const ky: NonNullable<ImportedPlan["ky"]> = {};
    const titles: Unit[] = [];
    for (const u of units) {
      const t = u.plain.replace(/\s+/g, " ").trim();
      if (u.table) {
        this.unclassified(u);
        continue;
      }
      const r = RECIPIENTS.exec(t);
      if (r) {
        recipients = true;
        this.places.push({ path: ["noi_nhan"], paragraph: u.paragraph });
        if (r[1]) this.recipient(r[1], u);
        continue;
      }
      const a = AUTHORITY.exec(t);
      if (a) {
        const key = a[1]!.toLowerCase() as "tm" | "kt" | "q" | "tl" | "tuq";
        ky[key] = a[2]!.trim();
        this.place(["ky", key], u);
        if (!new RegExp(`^${a[1]}\\. `).test(t)) {
          this.correct(["ky", key], u, { old: t, new: `${a[1]}. ${a[2]!.trim()}`, reason: "import.reason.signatureSpace", params: { prefix: `${a[1]}.` } });
        }
        continue;
      }
      if (/^[-–•+]/.test(t) && (recipients || ky.ho_ten === undefined)) {
        this.recipient(t, u);
        continue;
      }
      if (SIGNED.test(t) || RULE.test(t)) {
        if (!RULE.test(t)) this.find("import.dropped", { why: "import.why.signed" }, u);
        continue;
      }
      if (isUpperLine(t)) {
        titles.push(u);
        continue;
      }
      if (recipients && titles.length === 0 && Object.keys(ky).length === 0) {
        this.recipient(t, u);
        continue;
      }
      if (ky.ho_ten === undefined && (titles.length > 0 || Object.keys(ky).length > 0)) {
        ky.ho_ten = t;
        this.place(["ky", "ho_ten"], u);
        continue;
      }
      this.unclassified(u);
    }
    const title = titles[titles.length - 1];
    if (title) {
      ky.chuc_vu = title.plain.replace(/\s+/g, " ").trim();
      this.place(["ky", "chuc_vu"], title);
      for (const extra of titles.slice(0, -1)) this.unclassified(extra);
    }
    if (Object.keys(ky).length > 0) this.plan.ky = orderSignature(ky);
  }

  private recipient(text: string, u: Unit): void {
    const core = text.replace(/^[-–•+]\s*/u, "").replace(/[;.,]+\s*$/u, "").trim();
    if (!core) return;
    const list = (this.plan.noi_nhan ??= []);
    this.place(["noi_nhan", list.length], u);
    list.push(core);
  }

  private unclassified(u: Unit): void {
    const last = this.plan.muc[this.plan.muc.length - 1];
    if (!last) {
      const list = (this.plan.can_cu ??= []);
      this.find("import.unclassified", { where: "import.where.opening" }, u);
      for (const line of u.table ? tableLines(u.table) : [body(u)]) {
        this.place(["can_cu", list.length], u);
        list.push(line);
      }
      return;
    }
    this.find("import.unclassified", { where: "import.where.section", section: roman(this.plan.muc.length) }, u.table ? { ...u, plain: tableLines(u.table).join(" / ") } : u);
    if (u.table) {
      this.table(u);
      return;
    }
    const list = (last.noi_dung ??= []);
    this.place(["muc", this.plan.muc.length - 1, "noi_dung", list.length], u);
    list.push(body(u));
  }

  private missing(): void {
    const p = this.plan;
    const need: [boolean, MessageId, string][] = [
      [!p.co_quan?.ten, "import.what.agency", "co_quan.ten"],
      [!p.co_quan?.viet_tat, "import.what.abbrev", "co_quan.viet_tat"],
      [!p.dia_danh, "import.what.place", "dia_danh"],
      [!p.ngay, "import.what.date", "ngay"],
      [!p.trich_yeu, "import.what.summary", "trich_yeu"],
      [p.muc.length === 0, "import.what.sections", "muc"],
      [!p.noi_nhan?.length, "import.what.recipients", "noi_nhan"],
      [!p.ky?.chuc_vu, "import.what.signer", "ky.chuc_vu"],
      [!p.ky?.ho_ten, "import.what.name", "ky.ho_ten"],
    ];
    for (const [absent, what, key] of need) if (absent) this.findings.push({ id: "import.missing.field", params: { what, key } });
  }
}

const lastWords = (s: string, n = 2) => s.trimEnd().split(/\s+/).slice(-n).join(" ");
const firstWords = (s: string, n = 2) => s.trimStart().split(/\s+/).slice(0, n).join(" ");

/** A table as lines of text, cells joined by " | " (where only paragraphs may go). */
function tableLines(t: ReadTable): string[] {
  return t.rows
    .map((r) =>
      r.cells
        .map((c) => c.paragraphs.map((p) => p.text.trim()).filter(Boolean).join(" "))
        .join(" | ")
        .trim(),
    )
    .filter((l) => l.replace(/\|/g, "").trim() !== "");
}

function short(s: string, max = 60): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : t.slice(0, t.lastIndexOf(" ", max) > 20 ? t.lastIndexOf(" ", max) : max);
}

/** Keys in the schema's order, so the YAML reads as the examples do. */
function orderSignature(k: NonNullable<ImportedPlan["ky"]>): NonNullable<ImportedPlan["ky"]> {
  const out: NonNullable<ImportedPlan["ky"]> = {};
  for (const key of ["tm", "kt", "q", "tl", "tuq", "chuc_vu", "ho_ten"] as const) if (k[key] !== undefined) out[key] = k[key];
  return out;
}

function orderTable(t: Table): Table {
  const out: Table = { cot: t.cot, dong: t.dong };
  if (t.tieu_de !== undefined) return { tieu_de: t.tieu_de, cot: t.cot, ...(t.rong ? { rong: t.rong } : {}), dong: t.dong };
  if (t.rong) return { cot: t.cot, rong: t.rong, dong: t.dong };
  return out;
}

export type { ReadDocument };

/**
 * A table's cells on its grid: a cell spanning k columns (w:gridSpan) fills k of them, its text in
 * the first; a cell continuing a vertical merge is empty (its text is in the cell above). A
 * two-row header (a group title spanning columns above the columns' own titles, the other titles
 * merged down) becomes one row of names: "Kinh phí: Ngân sách", "Kinh phí: Xã hội hóa".
 */
function gridOf(t: ReadTable, cellText: (c: ReadCell) => string): { header: string[]; rows: string[][]; rowOffset: number } {
  const grid = t.rows.map((r) => {
    const out: { text: string; first: boolean; mergedAbove: boolean }[] = [];
    for (const c of r.cells) {
      const text = c.mergedAbove ? "" : cellText(c);
      for (let k = 0; k < (c.span ?? 1); k++) out.push({ text, first: k === 0, mergedAbove: Boolean(c.mergedAbove) });
    }
    return out;
  });
  const [top, second] = grid;
  const twoRowHeader = top !== undefined && second !== undefined && top.some((c) => !c.first) && second.some((c) => c.mergedAbove);
  if (twoRowHeader) {
    const header = top.map((c, k) => {
      const below = second[k];
      return below && !below.mergedAbove && below.text && below.text !== c.text ? (c.text ? `${c.text}: ${below.text}` : below.text) : c.text;
    });
    return { header, rows: grid.slice(2).map((r) => r.map((c) => (c.first ? c.text : ""))), rowOffset: 2 };
  }
  return { header: (top ?? []).map((c) => (c.first ? c.text : "")), rows: grid.slice(1).map((r) => r.map((c) => (c.first ? c.text : ""))), rowOffset: 1 };
}
