// load: a batch data file → rows of named values. CSV (as Excel saves it), XLSX (first sheet),
// YAML or JSON (a list of mappings). Column headers become variable names (column-names.ts);
// every problem is located at file:line(:column) and all of them are reported at once.
import { extname } from "node:path";
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from "yaml";
import type { Diagnostic } from "../findings/diagnostic.js";
import { InputError, UsageError } from "../findings/errors.js";
import { FORBIDDEN_NAMES } from "../text/reserved-names.js";
import { type Message, msg, t } from "../i18n/i18n.js";
import { scalarMessage, translate } from "./load-plan.js";
import { keepNumberText, scalarProblems } from "./yaml-scalars.js";
import { LIMITS } from "../limits.js";
import { shortDate } from "../text/vietnamese-date.js";
import { cleanText } from "../text/clean-text.js";
import { columnLetter, columnName } from "./column-names.js";
import { parseCsv } from "./parse-csv.js";
import { decodeSource, fileDiagnostic, readBytes } from "./read-input.js";
import { locate } from "../findings/locate.js";
import type { SourceFile } from "../findings/source-file.js";

export const DATA_FORMATS = ["csv", "xlsx", "yaml", "json"] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** Rows at most in one data file: far above any real batch (a province has about 1,000 communes). */
export const MAX_ROWS = 100_000;

export interface DataRow {
  /** 1-based position among the data rows. */
  index: number;
  /** Where the row is: the line of a CSV/YAML/JSON file, the row of a sheet. */
  line: number;
  /** For messages: "xa.csv, dòng 5". */
  label: Message;
  /** Column name → value (text for CSV/XLSX; YAML/JSON keep numbers, lists, mappings). */
  values: Record<string, unknown>;
  /** Column name → the column (1-based) where its value is written, where known. */
  columns?: Record<string, number>;
}

export interface DataTable {
  path: string;
  format: DataFormat;
  /** Variable names, in the file's column order (for YAML/JSON: every key seen, in order). */
  columns: string[];
  rows: DataRow[];
  warnings: Diagnostic[];
}

export function dataFormatOf(path: string): DataFormat | undefined {
  switch (extname(path).toLowerCase()) {
    case ".csv":
    case ".tsv":
    case ".txt":
      return "csv";
    case ".xlsx":
    case ".xlsm":
      return "xlsx";
    case ".yaml":
    case ".yml":
      return "yaml";
    case ".json":
      return "json";
    default:
      return undefined;
  }
}

export async function loadDataTable(path: string): Promise<DataTable> {
  const ext = extname(path).toLowerCase();
  if (ext === ".xls" || ext === ".ods") throw new UsageError(msg("data.oldExcel", { file: path }));
  const format = dataFormatOf(path);
  if (!format) throw new UsageError(msg("data.unknownFormat", { file: path }));
  const bytes = withDataHints(() => readBytes(path, LIMITS.maxDataBytes));
  let table: DataTable;
  if (format === "xlsx") {
    const { readXlsxGrid } = await import("./read-xlsx.js");
    table = tableFromGrid(path, "xlsx", await readXlsxGrid(path, bytes));
  } else {
    const source = decodeData(path, bytes, format);
    table = format === "csv" ? tableFromCsv(source) : tableFromYaml(source, format);
  }
  return checkValueLengths(table);
}

/** A value longer than a plan's own strings may be (LIMITS.maxStringChars) is refused, by row. */
function checkValueLengths(table: DataTable): DataTable {
  const errors: Diagnostic[] = [];
  const tooLong = (v: unknown): boolean =>
    typeof v === "string" ? v.length > LIMITS.maxStringChars : Array.isArray(v) ? v.some(tooLong) : v !== null && typeof v === "object" ? Object.values(v).some(tooLong) : false;
  for (const row of table.rows) {
    for (const [column, value] of Object.entries(row.values)) {
      if (tooLong(value)) {
        errors.push({ ...fileDiagnostic(table.path, msg("data.valueTooLong", { max: LIMITS.maxStringChars, row: row.label, column })), line: row.line, column: 1 });
      }
    }
  }
  if (errors.length > 0) throw new InputError(errors);
  return table;
}


/** The reader's hints speak of plans; for a data file, say what a data file should be. */
function withDataHints<T>(read: () => T, decoding = false): T {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    throw new InputError(
      e.diagnostics.map((d) =>
        d.hint?.id === "common.fileTooLargeHint"
          ? { ...d, hint: msg("data.tooLargeHint") }
          : decoding && d.message.id !== "common.legacyEncoding" && d.hint
            ? { ...d, hint: msg("data.fileHint") }
            : d,
      ),
    );
  }
}

function decodeData(path: string, bytes: Uint8Array, format: DataFormat): SourceFile {
  try {
    return withDataHints(() => decodeSource(path, bytes), true);
  } catch (e) {
    // Excel's plain "CSV" is saved in the Windows code page, not UTF-8: say how to save it right.
    if (e instanceof InputError && format === "csv") {
      throw new InputError(e.diagnostics.map((d) => (d.message.id === "common.legacyEncoding" ? { ...d, hint: msg("data.csvEncodingHint") } : d)));
    }
    throw e;
  }
}

/** One line of a grid: its cells, the line (or sheet row) it starts on, and where each cell is. */
interface GridLine {
  cells: unknown[];
  line: number;
  columns?: number[];
}

export function tableFromCsv(source: SourceFile): DataTable {
  const r = parseCsv(source.text);
  if (r.problem) {
    const p = r.problem;
    const [message, hint] =
      p.kind === "unterminated" ? [msg("data.unterminatedQuote"), msg("data.unterminatedQuoteHint")] : [msg("data.afterQuote", { ch: p.char }), msg("data.afterQuoteHint")];
    throw new InputError([locate({ message, hint, line: p.line, column: p.column }, { file: source.path, source }, { code: "csv-syntax" })]);
  }
  const grid = r.records.map((rec) => ({ cells: rec.fields, line: rec.line, columns: rec.starts.map((s) => s.column) }));
  return tableFromGrid(source.path, "csv", grid, source);
}

function isBlankCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A cell as text: dates as nd30 writes them in running text, whole numbers without ".0". */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return shortDate({ year: v.getUTCFullYear(), month: v.getUTCMonth() + 1, day: v.getUTCDate() });
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
  if (typeof v === "boolean") return v ? "có" : "không";
  return String(v).trim();
}

export function tableFromGrid(path: string, format: DataFormat, grid: GridLine[], source?: SourceFile): DataTable {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const label = (line: number) => (format === "xlsx" ? msg("data.sheetRowLabel", { file: path, row: line }) : msg("data.rowLabel", { file: path, line }));
  const at = (line: number, column: number, message: Message, hint: Message): Diagnostic => locate({ message, hint, line, column }, { file: path, source }, { code: "data" });

  const firstUsed = grid.findIndex((g) => g.cells.some((c) => !isBlankCell(c)));
  if (firstUsed < 0) throw new InputError([fileDiagnostic(path, msg("data.noHeader"))]);
  const header = grid[firstUsed]!;
  const body = grid.slice(firstUsed + 1).filter((g) => g.cells.some((c) => !isBlankCell(c)));
  if (body.length > MAX_ROWS) throw new InputError([fileDiagnostic(path, msg("data.tooManyRows", { max: MAX_ROWS }))]);

  // Headers → names. A column without a header is dropped when it holds nothing.
  const names: (string | undefined)[] = [];
  const seen = new Map<string, number>();
  header.cells.forEach((cell, k) => {
    const text = cellText(cell);
    const col = columnLetter(k);
    if (text === "") {
      const used = body.find((g) => !isBlankCell(g.cells[k]));
      if (used) errors.push(at(header.line, header.columns?.[k] ?? k + 1, msg("data.emptyHeader", { col }), msg("data.emptyHeaderHint")));
      names.push(undefined);
      return;
    }
    const n = columnName(text);
    if (!n.ok) {
      errors.push(at(header.line, header.columns?.[k] ?? k + 1, msg("data.badHeader", { col, reason: n.reason }), msg("data.badHeaderHint")));
      names.push(undefined);
      return;
    }
    const before = seen.get(n.name);
    if (before !== undefined) {
      errors.push(at(header.line, header.columns?.[k] ?? k + 1, msg("data.duplicateHeader", { a: columnLetter(before), b: col, name: n.name }), msg("data.duplicateHeaderHint")));
      names.push(undefined);
      return;
    }
    seen.set(n.name, k);
    names.push(n.name);
  });
  if (body.length === 0 && errors.length === 0) throw new InputError([fileDiagnostic(path, msg("data.noRows"), undefined, header.line, 0)]);

  const cleaned: number[] = [];
  const rows: DataRow[] = body.map((g, i) => {
    const last = g.cells.reduce<number>((acc, c, k) => (isBlankCell(c) ? acc : k), -1);
    if (last >= names.length) {
      errors.push(at(g.line, g.columns?.[names.length] ?? names.length + 1, msg("data.extraCells", { n: last + 1, cols: names.length }), msg("data.extraCellsHint")));
    }
    const values: Record<string, unknown> = {};
    const columns: Record<string, number> = {};
    names.forEach((name, k) => {
      if (name === undefined) return;
      define(columns, name, g.columns?.[k] ?? k + 1);
      const c = cleanText(cellText(g.cells[k]));
      if (c.removed > 0) cleaned.push(g.line);
      define(values, name, c.text);
    });
    return { index: i + 1, line: g.line, label: label(g.line), values, columns };
  });
  if (errors.length > 0) throw new InputError(errors);
  if (cleaned.length > 0) {
    const where = cleaned.slice(0, 10).map((l) => t(label(l))).join("; ") + (cleaned.length > 10 ? "; …" : "");
    warnings.push({ ...fileDiagnostic(path, msg("data.controlChars", { rows: where }), undefined, cleaned[0], 0), severity: "warning", code: "control-characters" });
  }
  return { path, format, columns: names.filter((n): n is string => n !== undefined), rows, warnings };
}

function define(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** A YAML or JSON list of mappings. Values keep their types; keys follow the header rules. */
export function tableFromYaml(source: SourceFile, format: DataFormat): DataTable {
  const path = source.path;
  const json = format === "json";
  let doc;
  try {
    doc = parseDocument(source.text, { prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    // The parser ran out of stack (nesting far beyond any table).
    if (e instanceof RangeError) throw new InputError([fileDiagnostic(path, msg("data.tooDeep", { depth: LIMITS.maxDepth }), undefined, 1, 1)]);
    throw e;
  }
  const pos = (node: Node | null | undefined) => source.position(node?.range?.[0] ?? 0);
  const diag = (node: Node | null | undefined, message: Message, hint?: Message): Diagnostic =>
    locate({ message, hint, offset: node?.range?.[0] ?? 0 }, { file: path, source }, { code: "data" });
  const at = (offset: number, message: Message, hint: Message | undefined, code: string, length = 1): Diagnostic =>
    locate({ message, hint, offset, length }, { file: path, source }, { code });
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.slice(0, 10).map((e) => {
        if (e.code === "RESOURCE_EXHAUSTION") return at(e.pos[0], msg("data.tooDeep", { depth: LIMITS.maxDepth }), undefined, "data");
        const tr = translate(e, source.text, e.pos[0]);
        // JSON data says JSON, in the user's language.
        const message = json ? msg("data.jsonSyntax", { what: tr.message }) : msg("common.yamlSyntax", { detail: tr.message });
        return at(e.pos[0], message, tr.hint ?? msg("common.yamlSyntaxHint"), json ? "json-syntax" : "yaml-syntax");
      }),
    );
  }
  const scalars = scalarProblems(doc, source);
  if (scalars.length > 0) {
    throw new InputError(
      scalars.map((p) => {
        const [message, hint] = scalarMessage(p);
        return at(p.offset, message, hint, "data", p.length);
      }),
    );
  }
  const deep = tooDeep(doc.contents, 0);
  if (deep) throw new InputError([diag(deep, msg("data.tooDeep", { depth: LIMITS.maxDepth }))]);
  // What was typed stays what was typed: "0912345678", "10.000", "12.50".
  keepNumberText(doc);
  if (!isSeq(doc.contents)) throw new InputError([diag(doc.contents, msg("data.notAList"), msg("data.notAListHint"))]);
  const items = doc.contents.items as (Node | null)[];
  if (items.length === 0) throw new InputError([diag(doc.contents, msg("data.emptyList"), msg("data.emptyListHint"))]);
  if (items.length > MAX_ROWS) throw new InputError([fileDiagnostic(path, msg("data.tooManyRows", { max: MAX_ROWS }))]);

  const errors: Diagnostic[] = [];
  const columns: string[] = [];
  const rows: DataRow[] = [];
  let cleaned = 0;
  items.forEach((item, i) => {
    const { line } = pos(item);
    if (!isMap(item)) {
      errors.push(diag(item, msg("data.itemNotObject"), msg("data.notAListHint")));
      return;
    }
    const values: Record<string, unknown> = {};
    const columnsAt: Record<string, number> = {};
    const keyOf = new Map<string, string>();
    for (const pair of item.items) {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : "";
      const n = columnName(key);
      if (!n.ok) {
        errors.push(diag(keyNode, msg("data.badKey", { reason: n.reason }), msg("data.badHeaderHint")));
        continue;
      }
      // "xa" and "Xã" are one variable: one of the two values would silently win (CSV reports it too).
      const other = keyOf.get(n.name);
      if (other !== undefined) {
        errors.push(diag(keyNode, msg("data.keyCase", { key, other, name: n.name }), msg("data.keyCaseHint")));
        continue;
      }
      keyOf.set(n.name, key);
      define(columnsAt, n.name, pos(keyNode).column);
      const valueNode = pair.value as Node | null;
      let value: unknown;
      try {
        value = valueNode === null ? null : valueNode.toJS(doc, { maxAliasCount: LIMITS.maxAliasCount });
      } catch {
        // Past the alias limit ("billion laughs"), or an alias that points into itself.
        errors.push(diag(valueNode, msg("common.aliasBomb"), msg("common.aliasBombHint")));
        continue;
      }
      const bad = forbiddenKeyIn(value);
      if (bad !== undefined) {
        errors.push(diag(valueNode, msg("data.badKey", { reason: msg("data.forbiddenKey", { bad }) })));
        continue;
      }
      const c = cleanDeep(value);
      if (c.removed > 0) cleaned++;
      if (c.value === null || c.value === undefined) continue; // an empty value counts as missing
      define(values, n.name, c.value);
      if (!columns.includes(n.name)) columns.push(n.name);
    }
    rows.push({ index: i + 1, line, label: msg("data.itemLabel", { file: path, item: i + 1, line }), values, columns: columnsAt });
  });
  if (errors.length > 0) throw new InputError(errors);
  const warnings: Diagnostic[] =
    cleaned > 0 ? [{ ...fileDiagnostic(path, msg("data.controlChars", { rows: msg("data.values", { n: cleaned }) })), severity: "warning", code: "control-characters" }] : [];
  return { path, format, columns, rows, warnings };
}

/** The first collection nested deeper than the plan's limit, if any. */
function tooDeep(node: unknown, depth: number): Node | undefined {
  if (!isMap(node) && !isSeq(node)) return undefined;
  if (depth > LIMITS.maxDepth) return node as Node;
  for (const item of (node as { items: unknown[] }).items) {
    const found = tooDeep(isPair(item) ? item.value : item, depth + 1);
    if (found) return found;
  }
  return undefined;
}


function forbiddenKeyIn(v: unknown): string | undefined {
  if (Array.isArray(v)) {
    for (const x of v) {
      const bad = forbiddenKeyIn(x);
      if (bad !== undefined) return bad;
    }
  } else if (v !== null && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      if (FORBIDDEN_NAMES.has(k)) return k;
      const bad = forbiddenKeyIn(x);
      if (bad !== undefined) return bad;
    }
  }
  return undefined;
}

function cleanDeep(v: unknown): { value: unknown; removed: number } {
  let removed = 0;
  const walk = (x: unknown): unknown => {
    if (typeof x === "string") {
      const c = cleanText(x);
      removed += c.removed;
      return c.text;
    }
    if (Array.isArray(x)) return x.map(walk);
    if (x !== null && typeof x === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, y] of Object.entries(x)) define(out, k, walk(y));
      return out;
    }
    return x;
  };
  return { value: walk(v), removed };
}
