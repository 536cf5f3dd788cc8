import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv, sniffDelimiter } from "../../src/load/parse-csv.js";

const fields = (text: string, d?: string) => parseCsv(text, d).records.map((r) => r.fields);

describe("parseCsv: CSV as Excel saves it", () => {
  it("sniffs comma, semicolon and tab", () => {
    expect(sniffDelimiter("xa,so\nChơ Long,12\n")).toBe(",");
    expect(sniffDelimiter("xa;so;ngay\nChơ Long;12;1,5\n")).toBe(";");
    expect(sniffDelimiter("xa\tso\nChơ Long\t12\n")).toBe("\t");
    // Commas inside quoted cells do not fool it.
    expect(sniffDelimiter('xa;thon\nChơ Long;"Làng 1, Làng 2, Làng 3"\n')).toBe(";");
    expect(sniffDelimiter("sep=;\nxa,so;x\n")).toBe(";");
  });

  it("quoted fields with delimiters, doubled quotes and line breaks", () => {
    const text = 'xa;thon;ghi_chu\r\n"Đăk Pơ Pho";"Làng 1; Làng 2";"Trường ""Hoa Sen""\r\ndòng hai"\r\nYa Ma;;\r\n';
    expect(fields(text)).toEqual([
      ["xa", "thon", "ghi_chu"],
      ["Đăk Pơ Pho", "Làng 1; Làng 2", 'Trường "Hoa Sen"\ndòng hai'],
      ["Ya Ma", "", ""],
    ]);
    // the record after a multi-line cell starts on its own line number
    expect(parseCsv(text).records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it("LF, CRLF and old Mac CR line ends; no final line break", () => {
    expect(fields("a,b\nc,d")).toEqual([["a", "b"], ["c", "d"]]);
    expect(fields("a,b\r\nc,d\r\n")).toEqual([["a", "b"], ["c", "d"]]);
    expect(fields("a,b\rc,d\r")).toEqual([["a", "b"], ["c", "d"]]);
  });

  it("Excel's sep= line is skipped and line numbers still count it", () => {
    const r = parseCsv("sep=;\nxa;so\nA;1\n");
    expect(r.delimiter).toBe(";");
    expect(r.records.map((x) => [x.line, ...x.fields])).toEqual([[2, "xa", "so"], [3, "A", "1"]]);
  });

  it("spaces around a quoted field, a stray quote inside a bare field", () => {
    expect(fields('a, "b, c" ,d\n', ",")).toEqual([["a", "b, c", "d"]]);
    expect(fields('màn hình 5",x\n', ",")).toEqual([['màn hình 5"', "x"]]);
  });

  it("an unclosed quote is reported where it opened", () => {
    const r = parseCsv('xa;thon\nA;"Làng 1\nB;x\n', ";");
    expect(r.problem).toEqual({ kind: "unterminated", line: 2, column: 3 });
  });

  it("text after a closing quote is reported at its line and column", () => {
    const r = parseCsv('xa;thon\nA;"Làng 1"x;y\n', ";");
    expect(r.problem).toEqual({ kind: "after-quote", line: 2, column: 11, char: "x" });
  });

  it("where each field starts", () => {
    const [, rec] = parseCsv('xa;thon\nYa Ma;"L1"\n', ";").records;
    expect(rec!.starts).toEqual([
      { line: 2, column: 1 },
      { line: 2, column: 7 },
    ]);
  });

  it("round trip: any grid written as Excel writes it reads back the same", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "Đ", "ơ", " ", ",", ";", '"', "\n", "\r\n", "\t", "x"), maxLength: 8 });
    fc.assert(
      fc.property(fc.constantFrom(",", ";", "\t"), fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (d, grid) => {
        const quote = (s: string) => (/[",;\t\r\n]/.test(s) || s.trim() !== s || s === "" ? `"${s.replace(/"/g, '""')}"` : s);
        const text = grid.map((row) => row.map(quote).join(d)).join("\r\n") + "\r\n";
        const back = parseCsv(text, d);
        expect(back.problem).toBeUndefined();
        // Excel turns CRLF inside a cell into LF.
        expect(back.records.map((r) => r.fields)).toEqual(grid.map((row) => row.map((c) => c.replace(/\r\n/g, "\n"))));
      }),
    );
  });
});
