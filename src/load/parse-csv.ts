// CSV as Excel and LibreOffice save it (RFC 4180 and the usual variants): comma, semicolon (the
// Vietnamese-locale Excel default) or tab ("Unicode text"), sniffed from the file; quoted fields
// holding delimiters, doubled quotes and line breaks; CRLF, LF or CR line ends; an optional
// "sep=;" first line. Errors carry the line and column where the problem is.

export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
  /** 1-based line and column where each field starts (a quoted field: at its opening quote). */
  starts: { line: number; column: number }[];
}

export type CsvProblem =
  | { kind: "unterminated"; line: number; column: number }
  | { kind: "after-quote"; line: number; column: number; char: string };

export interface CsvResult {
  records: CsvRecord[];
  delimiter: string;
  problem?: CsvProblem;
}

export const DELIMITERS = [",", ";", "\t"] as const;

/** Excel's "sep=;" first line: the delimiter it names, and how many characters the line takes. */
function sepLine(text: string): { delimiter: string; length: number } | undefined {
  const m = /^sep=(.)(\r\n|\n|\r)/.exec(text);
  return m ? { delimiter: m[1]!, length: m[0].length } : undefined;
}

/**
 * The delimiter that splits the first records into the same, largest number of fields. Only the
 * first 64 KB are looked at.
 */
export function sniffDelimiter(text: string): string {
  const sep = sepLine(text);
  if (sep) return sep.delimiter;
  const sample = text.slice(0, 64 * 1024);
  let best: { delimiter: string; score: number } = { delimiter: ",", score: 0 };
  for (const d of DELIMITERS) {
    const { records } = parseRecords(sample, d, 0, 21);
    const rows = records.filter((r) => r.fields.some((f) => f.trim() !== ""));
    const header = rows[0]?.fields.length ?? 0;
    if (header < 2) continue;
    const same = rows.filter((r) => r.fields.length === header).length;
    // Columns count only when most rows agree with the header.
    const score = same / rows.length >= 0.8 ? header : 0;
    if (score > best.score) best = { delimiter: d, score };
  }
  return best.delimiter;
}

export function parseCsv(text: string, delimiter = sniffDelimiter(text)): CsvResult {
  const sep = sepLine(text);
  const start = sep ? sep.length : 0;
  const r = parseRecords(text, delimiter, start, Infinity, sep ? 2 : 1);
  return { ...r, delimiter };
}

function parseRecords(text: string, d: string, start: number, maxRecords: number, firstLine = 1): { records: CsvRecord[]; problem?: CsvProblem } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let starts: { line: number; column: number }[] = [];
  let field = "";
  let line = firstLine;
  let lineStart = start;
  let recordLine = firstLine;
  let inQuotes = false;
  let quoted = false; // the current field was quoted and its closing quote has been seen
  let quoteLine = 0;
  let quoteColumn = 0;
  const n = text.length;

  const endField = () => {
    if (starts.length === fields.length) starts.push({ line, column: i - lineStart + 1 });
    fields.push(field);
    field = "";
    quoted = false;
  };
  const endRecord = () => {
    endField();
    records.push({ fields, line: recordLine, starts });
    fields = [];
    starts = [];
  };

  let i = start;
  while (i < n) {
    const c = text[i]!;
    if (!inQuotes && starts.length === fields.length && c !== " ") starts.push({ line, column: i - lineStart + 1 });
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        quoted = true;
        i++;
        continue;
      }
      if (c === "\r" || c === "\n") {
        // A line break inside a quoted field is part of the value (as "\n").
        const crlf = c === "\r" && text[i + 1] === "\n";
        field += "\n";
        i += crlf ? 2 : 1;
        line++;
        lineStart = i;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === d) {
      endField();
      i++;
      continue;
    }
    if (c === "\r" || c === "\n") {
      endRecord();
      if (records.length >= maxRecords) return { records };
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      lineStart = i;
      recordLine = line;
      continue;
    }
    if (quoted) {
      // After a closing quote only spaces may come before the delimiter: "abc"x is an error.
      if (c === " " || c === "\t") {
        i++;
        continue;
      }
      return { records, problem: { kind: "after-quote", line, column: i - lineStart + 1, char: c } };
    }
    if (c === '"' && field.trim() === "") {
      inQuotes = true;
      field = "";
      quoteLine = line;
      quoteColumn = i - lineStart + 1;
      i++;
      continue;
    }
    // A quote inside an unquoted field (5" screen) is kept as it is.
    field += c;
    i++;
  }
  if (inQuotes) return { records, problem: { kind: "unterminated", line: quoteLine, column: quoteColumn } };
  // The last record, unless the file ended with a line break.
  if (field !== "" || fields.length > 0 || quoted) endRecord();
  return { records };
}
