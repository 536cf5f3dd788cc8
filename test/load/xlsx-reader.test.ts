// The .xlsx reader: bounded unpacking (zip bombs, sizes that lie) and cells as Excel shows them.
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/load/xlsx/number-format.js";
import { readFirstSheet } from "../../src/load/xlsx/read-sheet.js";
import { ZipError, ZipReader } from "../../src/load/xlsx/unzip.js";
import { zipEntries } from "../../src/write/docx/zip.js";
import { buildXlsx } from "../helpers/xlsx.js";

describe("ZipReader", () => {
  const bomb = () => zipEntries([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(8 * 1024 * 1024, " ") }], 9);

  it("refuses an archive whose directory declares more than the limit, before inflating", () => {
    expect(() => new ZipReader(bomb(), 1024 * 1024)).toThrow(ZipError);
  });

  it("stops inflating at the limit when the directory lies about the sizes", () => {
    const zip = bomb();
    // Set every declared size in the central directory to 10 bytes.
    for (let i = zip.length - 22; i >= 0; i--) {
      if (zip.readUInt32LE(i) === 0x02014b50) zip.writeUInt32LE(10, i + 24);
    }
    const reader = new ZipReader(zip, 1024 * 1024);
    let error: unknown;
    try {
      reader.read("xl/worksheets/sheet1.xml");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ZipError);
    expect((error as ZipError).tooLarge).toBe(true);
  });
});

describe("cells as Excel shows them", () => {
  it.each([
    [0.3125, "h:mm", "07:30"],
    [0.3125, "hh:mm:ss", "07:30:00"],
    [2.5, "[h]:mm", "60:00"],
    [0.15, "0%", "15%"],
    [0.155, "0.00%", "15,50%"],
    [912345678, "0000000000", "0912345678"],
    [45397, "dd/mm/yyyy", "15/04/2024"],
    [45397, "d/m/yyyy", "15/4/2024"],
    [10000, "#,##0", "10.000"],
    [1500.5, "#,##0.00", "1.500,50"],
    [12.5, "0.00", "12,50"],
    [0.1 + 0.2, "General", "0.3"],
    [12, "@", "12"],
  ])("%s with %s → %s", (n, code, shown) => {
    expect(formatNumber(n, code)).toBe(shown);
  });

  it("reads the first sheet's cells through their styles", () => {
    const rows = readFirstSheet(new ZipReader(buildXlsx([["Giờ", "Tỷ lệ", "Điện thoại"], [{ value: 0.3125, format: "h:mm" }, { value: 0.15, format: "0%" }, { value: 912345678, format: "0000000000" }]]), 1 << 20));
    expect(rows).toEqual([
      { cells: ["Giờ", "Tỷ lệ", "Điện thoại"], line: 1 },
      { cells: ["07:30", "15%", "0912345678"], line: 2 },
    ]);
  });
});
