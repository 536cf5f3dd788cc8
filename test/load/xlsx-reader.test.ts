// The .xlsx reader: cells as Excel shows them (its bounded unpacking: zip-reader.test.ts).
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/load/xlsx/number-format.js";
import { readFirstSheet } from "../../src/load/xlsx/read-sheet.js";
import { ZipReader } from "../../src/load/zip-reader.js";
import { buildXlsx } from "../helpers/xlsx.js";

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
    const rows = readFirstSheet(new ZipReader(buildXlsx([["Giờ", "Tỷ lệ", "Điện thoại"], [{ value: 0.3125, format: "h:mm" }, { value: 0.15, format: "0%" }, { value: 912345678, format: "0000000000" }]]), { maxTotalBytes: 1 << 20, refuseDeclaredTotal: true }));
    expect(rows).toEqual([
      { cells: ["Giờ", "Tỷ lệ", "Điện thoại"], line: 1 },
      { cells: ["07:30", "15%", "0912345678"], line: 2 },
    ]);
  });
});
