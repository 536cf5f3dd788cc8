import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError, UsageError } from "../../src/findings/errors.js";
import { columnName } from "../../src/load/column-names.js";
import { loadDataTable, type DataTable } from "../../src/load/load-data-table.js";
import { buildXlsx } from "../helpers/xlsx.js";
import { t as text } from "../../src/i18n/i18n.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-data-"));
let n = 0;
function file(ext: string, content: string | Uint8Array): string {
  const p = join(dir, `d${++n}${ext}`);
  writeFileSync(p, content);
  return p;
}
const BOM = "\uFEFF";
const values = (t: DataTable) => t.rows.map((r) => ({ ...r.values }));

async function errorsOf(p: Promise<unknown>): Promise<{ line: number; column: number; message: string }[]> {
  try {
    await p;
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics.map((d) => ({ line: d.line, column: d.column, message: text(d.message) }));
    throw e;
  }
  throw new Error("no error");
}

describe("header → variable names", () => {
  it.each([
    ["xa", "xa"],
    ["ten_xa", "ten_xa"],
    ["Tên xã", "ten_xa"],
    [" Thôn, làng ", "thon_lang"],
    ["Số", "so"],
    ["Người ký", "nguoi_ky"],
    ["Ngày ký (dd/mm/yyyy)", "ngay_ky_dd_mm_yyyy"],
  ])("%j → %s", (header, name) => {
    expect(columnName(header)).toEqual({ ok: true, name });
  });

  it.each(["", "???", "1. Xã", "__proto__", "constructor", "this", "slug", "cap_tren", "neu"])("%j is refused with a reason", (header) => {
    const r = columnName(header);
    expect(r.ok).toBe(false);
  });
});

describe("CSV files", () => {
  it("UTF-8 with BOM, semicolons, CRLF (Excel's 'CSV UTF-8' in a Vietnamese locale)", async () => {
    const t = await loadDataTable(file(".csv", `${BOM}Xã;Loại;Thôn, làng\r\n"Đăk Pơ Pho";xã;"Làng 1; Làng 2"\r\nSRó;xã;\r\n;;\r\n`));
    expect(t.columns).toEqual(["xa", "loai", "thon_lang"]);
    expect(values(t)).toEqual([
      { xa: "Đăk Pơ Pho", loai: "xã", thon_lang: "Làng 1; Làng 2" },
      { xa: "SRó", loai: "xã", thon_lang: "" },
    ]);
    expect(t.rows.map((r) => text(r.label))).toEqual([expect.stringMatching(/, dòng 2$/), expect.stringMatching(/, dòng 3$/)]);
  });

  it("UTF-8 without BOM, commas, quoted commas and line breaks", async () => {
    const t = await loadDataTable(file(".csv", 'xa,ghi_chu\nYa Ma,"Trường ""Hoa Sen"", cơ sở 2\ndòng hai"\nAn Trung,x\n'));
    expect(values(t)).toEqual([
      { xa: "Ya Ma", ghi_chu: 'Trường "Hoa Sen", cơ sở 2\ndòng hai' },
      { xa: "An Trung", ghi_chu: "x" },
    ]);
    expect(t.rows[1]!.line).toBe(4);
  });

  it("UTF-16LE tab-separated (Excel's 'Unicode Text')", async () => {
    const text = "Xã\tSố\r\nChư Krêy\t7\r\n";
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const t = await loadDataTable(file(".txt", bytes));
    expect(values(t)).toEqual([{ xa: "Chư Krêy", so: "7" }]);
  });

  it("an unclosed quote: file:line:column and nothing else", async () => {
    expect(await errorsOf(loadDataTable(file(".csv", 'xa;thon\nA;x\nB;"Làng 1\nC;y\n')))).toEqual([{ line: 3, column: 3, message: expect.stringMatching(/ngoặc kép|quote/) }]);
  });

  it("header problems are reported together, each at its column", async () => {
    const errors = await errorsOf(loadDataTable(file(".csv", "Xã;xa;__proto__;;1 Số\nA;B;C;D;E\n")));
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [1, 4],
      [1, 7],
      [1, 17],
      [1, 18],
    ]);
  });

  it("a row with more cells than the header names the line", async () => {
    const errors = await errorsOf(loadDataTable(file(".csv", "xa,so\nYa Ma,1\nAn Trung,2,Làng 1\n")));
    expect(errors).toEqual([{ line: 3, column: 12, message: expect.stringMatching(/3/) }]);
  });

  it("control characters in cells are removed with a warning", async () => {
    const t = await loadDataTable(file(".csv", "xa\nYa\u0007 Ma\n"));
    expect(values(t)).toEqual([{ xa: "Ya Ma" }]);
    expect(t.warnings).toHaveLength(1);
  });

  it("legacy-encoded CSV (Excel's plain 'CSV' on Windows) says how to save it as UTF-8", async () => {
    const [d] = await errorsOf(loadDataTable(file(".csv", Buffer.from([0x58, 0xe3, 0x3b, 0x53, 0xe8, 0x0a, 0x41, 0x3b, 0x31, 0x0a]))));
    expect(d).toBeDefined();
  });

  it("an empty file and a header-only file", async () => {
    expect(await errorsOf(loadDataTable(file(".csv", "\n\n")))).toHaveLength(1);
    expect(await errorsOf(loadDataTable(file(".csv", "xa;so\n")))).toHaveLength(1);
  });
});

describe("YAML and JSON files", () => {
  it("a YAML list of mappings keeps types and knows each item's line", async () => {
    const t = await loadDataTable(file(".yaml", "- xa: Chơ Long\n  so: 12\n  thon: [Làng 1, Làng 2]\n- Tên xã: x\n  xa: Ya Ma\n  tram_y_te: false\n"));
    expect(t.columns).toEqual(["xa", "so", "thon", "ten_xa", "tram_y_te"]);
    expect(values(t)).toEqual([
      { xa: "Chơ Long", so: 12, thon: ["Làng 1", "Làng 2"] },
      { ten_xa: "x", xa: "Ya Ma", tram_y_te: false },
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([1, 4]);
    expect(text(t.rows[1]!.label)).toMatch(/mục 2 \(dòng 4\)$/);
  });

  it("a JSON array of objects", async () => {
    const t = await loadDataTable(file(".json", JSON.stringify([{ xa: "SRó", so: 10 }, { xa: "Ya Ma", so: 8 }], null, 2)));
    expect(values(t)).toEqual([
      { xa: "SRó", so: 10 },
      { xa: "Ya Ma", so: 8 },
    ]);
    expect(t.rows[1]!.line).toBe(6);
  });

  it("__proto__ anywhere is refused, located", async () => {
    const errors = await errorsOf(loadDataTable(file(".json", '[{"xa": "A"},\n {"__proto__": {"x": 1}},\n {"xa": {"constructor": 1}}]')));
    expect(errors.map((e) => e.line)).toEqual([2, 3]);
  });

  it("not a list: a clear message", async () => {
    expect((await errorsOf(loadDataTable(file(".yaml", "xa: Chơ Long\n"))))[0]!.message).toMatch(/danh sách|list/);
  });
});

describe("XLSX files (first sheet)", () => {
  it("text, numbers, dates and booleans become sensible text; rows are numbered as in Excel", async () => {
    const bytes = buildXlsx([
      ["Tên xã", "Số", "Ngày", "Trạm y tế", "Tỷ lệ"],
      ["Đăk Pơ Pho", 9, { date: [2022, 2, 5] }, true, 0.1 + 0.2],
      [null, null, null, null, null],
      ["SRó", 10, { date: [2022, 3, 24] }, false, 12.5],
    ]);
    const t = await loadDataTable(file(".xlsx", bytes));
    expect(t.columns).toEqual(["ten_xa", "so", "ngay", "tram_y_te", "ty_le"]);
    expect(values(t)).toEqual([
      { ten_xa: "Đăk Pơ Pho", so: "9", ngay: "05/02/2022", tram_y_te: "có", ty_le: "0.3" },
      { ten_xa: "SRó", so: "10", ngay: "24/3/2022", tram_y_te: "không", ty_le: "12.5" },
    ]);
    expect(t.rows.map((r) => text(r.label))).toEqual([expect.stringMatching(/hàng 2$/), expect.stringMatching(/hàng 4$/)]);
  });

  it("a file that is not a spreadsheet", async () => {
    expect((await errorsOf(loadDataTable(file(".xlsx", "not a zip"))))[0]!.message).toMatch(/Excel/);
  });
});

it("unknown and old formats are usage errors with advice", async () => {
  await expect(loadDataTable(file(".xls", "x"))).rejects.toBeInstanceOf(UsageError);
  await expect(loadDataTable(file(".pdf", "x"))).rejects.toBeInstanceOf(UsageError);
});

describe("hints for data files", () => {
  it("speak of data files, not plans, for a binary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-data-hint-"));
    const path = join(dir, "xa.csv");
    writeFileSync(path, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3]));
    const e = await loadDataTable(path).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(InputError);
    const d = (e as InputError).diagnostics[0];
    expect(text(d!.hint!)).toContain("CSV, XLSX, YAML");
    expect(text(d!.hint!)).not.toContain("Kế hoạch phải là");
  });
});
