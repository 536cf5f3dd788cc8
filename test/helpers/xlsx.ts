// A minimal .xlsx (SpreadsheetML) written with the repo's own zip writer, for data-file tests.
import { zipEntries } from "../../src/write/docx/zip.js";

/** A cell: text, a number, a boolean, a date, or a number shown through a number format code. */
export type XlsxCell = string | number | boolean | null | { date: [number, number, number] } | { value: number; format: string };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function colName(i: number): string {
  let n = i + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Excel's serial day number (1900 date system) of a calendar date. */
export function excelSerial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export function buildXlsx(rows: XlsxCell[][]): Buffer {
  const strings: string[] = [];
  // Custom number formats get ids from 164 and a cell style (xf) each, after the two built in.
  const formats: string[] = [];
  const styleOf = (code: string) => {
    if (!formats.includes(code)) formats.push(code);
    return 2 + formats.indexOf(code);
  };
  const sid = (s: string) => {
    const k = strings.indexOf(s);
    if (k >= 0) return k;
    strings.push(s);
    return strings.length - 1;
  };
  const sheetRows = rows
    .map((cells, r) => {
      const cs = cells
        .map((c, k) => {
          const ref = `${colName(k)}${r + 1}`;
          if (c === null) return "";
          if (typeof c === "string") return `<c r="${ref}" t="s"><v>${sid(c)}</v></c>`;
          if (typeof c === "number") return `<c r="${ref}"><v>${c}</v></c>`;
          if (typeof c === "boolean") return `<c r="${ref}" t="b"><v>${c ? 1 : 0}</v></c>`;
          if ("value" in c) return `<c r="${ref}" s="${styleOf(c.format)}"><v>${c.value}</v></c>`;
          return `<c r="${ref}" s="1"><v>${excelSerial(...c.date)}</v></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cs}</row>`;
    })
    .join("");
  const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`, "utf8");
  const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
  return zipEntries([
    {
      name: "[Content_Types].xml",
      data: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
      ),
    },
    { name: "_rels/.rels", data: xml(`<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: "xl/workbook.xml", data: xml(`<workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="Xa" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: xml(
        `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    {
      name: "xl/styles.xml",
      data: xml(
        `<styleSheet xmlns="${NS}">${formats.length > 0 ? `<numFmts count="${formats.length}">${formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(f)}"/>`).join("")}</numFmts>` : ""}<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="${2 + formats.length}"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>${formats.map((_, i) => `<xf numFmtId="${164 + i}" applyNumberFormat="1"/>`).join("")}</cellXfs></styleSheet>`,
      ),
    },
    { name: "xl/sharedStrings.xml", data: xml(`<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("")}</sst>`) },
    { name: "xl/worksheets/sheet1.xml", data: xml(`<worksheet xmlns="${NS}"><sheetData>${sheetRows}</sheetData></worksheet>`) },
  ]);
}
