// The first sheet of an .xlsx as rows of text, each cell as Excel shows it (its number format
// applied: number-format.ts). Reads only workbook.xml, its relationships, the shared strings, the
// styles and that one sheet, through ZipReader's size cap.
import { ZipError, type ZipReader } from "../zip-reader.js";
import { builtInFormat, formatNumber } from "./number-format.js";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === "#") {
        const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      return ENTITIES[e] ?? m;
    })
    .replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]!) : undefined;
}

/** The text of an <si> or <is>: its <t> runs, without phonetic runs (<rPh>). */
function runText(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let out = "";
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += decode(m[1] ?? "");
  return out;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const c of ref.replace(/\d+$/, "").toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

function text(zip: ZipReader, name: string): string | undefined {
  return zip.read(name)?.toString("utf8");
}

/** "xl/" + a target relative to xl/workbook.xml ("worksheets/sheet1.xml", "/xl/…"). */
function partName(target: string): string {
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, "/");
}

export interface SheetRow {
  cells: string[];
  /** The row number Excel shows. */
  line: number;
}

export function readFirstSheet(zip: ZipReader): SheetRow[] {
  const workbook = text(zip, "xl/workbook.xml");
  if (workbook === undefined) throw new ZipError("corrupt", "no xl/workbook.xml");
  const date1904 = /<workbookPr\b[^>]*\sdate1904="(1|true)"/.test(workbook);
  const firstSheet = /<sheet\b[^>]*>/.exec(workbook)?.[0];
  const rid = firstSheet && (attr(firstSheet, "r:id") ?? attr(firstSheet, "[a-zA-Z0-9]+:id"));
  const rels = text(zip, "xl/_rels/workbook.xml.rels") ?? "";
  const targets = new Map<string, { type: string; target: string }>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, { type: attr(m[0], "Type") ?? "", target });
  }
  const sheetPart = rid && targets.get(rid) ? partName(targets.get(rid)!.target) : "xl/worksheets/sheet1.xml";
  const byType = (suffix: string) => [...targets.values()].find((t) => t.type.endsWith(suffix));

  const stringsXml = text(zip, byType("/sharedStrings") ? partName(byType("/sharedStrings")!.target) : "xl/sharedStrings.xml") ?? "";
  const shared = [...stringsXml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => runText(m[1] ?? ""));

  const stylesXml = text(zip, byType("/styles") ? partName(byType("/styles")!.target) : "xl/styles.xml") ?? "";
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = Number(attr(m[0], "numFmtId"));
    const code = attr(m[0], "formatCode");
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? "";
  const formats = [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], "numFmtId") ?? 0);
    return custom.get(id) ?? builtInFormat(id);
  });

  const sheet = text(zip, sheetPart);
  if (sheet === undefined) throw new ZipError("corrupt", `no ${sheetPart}`);
  const rows: SheetRow[] = [];
  let nextRow = 1;
  for (const r of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const line = Number(attr(r[1] ?? "", "r") ?? nextRow);
    nextRow = line + 1;
    const cells: string[] = [];
    let nextCol = 0;
    for (const c of (r[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const head = c[1] ?? "";
      const body = c[2] ?? "";
      const ref = attr(head, "r");
      const col = ref ? columnIndex(ref) : nextCol;
      nextCol = col + 1;
      const type = attr(head, "t") ?? "n";
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value = "";
      if (type === "s") value = shared[Number(v)] ?? "";
      else if (type === "inlineStr") value = runText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? "");
      else if (type === "b") value = v === "1" ? "có" : v === undefined ? "" : "không";
      else if (type === "str" || type === "e") value = decode(v ?? "");
      else if (v !== undefined) {
        const n = Number(v);
        const format = formats[Number(attr(head, "s") ?? 0)] ?? "General";
        value = Number.isFinite(n) ? formatNumber(n, format, date1904) : decode(v);
      }
      cells[col] = value;
    }
    rows.push({ cells: Array.from(cells, (x) => x ?? ""), line });
  }
  return rows;
}
