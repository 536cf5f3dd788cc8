// A finding in a Word file is placed at ¶N with the quoted words (and the page when Word recorded
// it), in all four reporters.
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/findings/diagnostic.js";
import { msg } from "../../src/i18n/i18n.js";
import { formatGithub } from "../../src/report/github.js";
import { formatJson } from "../../src/report/json.js";
import { formatPretty } from "../../src/report/pretty-check.js";
import { formatSarif } from "../../src/report/sarif.js";
import { CWD, report } from "./sample-report.js";

const inWord: Diagnostic = {
  severity: "error",
  file: `${CWD}/plans/ke-hoach.docx`,
  line: 0,
  column: 0,
  message: msg("check.layout-justify.notJustified", { align: msg("check.layout-justify.align.left") }),
  hint: msg("check.layout-justify.hint"),
  code: "layout-justify",
  paragraph: 14,
  quote: "1. Công an xã",
  page: 2,
  frame: "“1. Công an xã”",
};
const wholeFile: Diagnostic = { severity: "error", file: `${CWD}/plans/ke-hoach.docx`, line: 0, column: 0, message: msg("check.layout-page-size.notA4", { width: 216, height: 279 }), code: "layout-page-size" };
const r = () => ({ ...report([wholeFile, inWord]), files: [`${CWD}/plans/ke-hoach.docx`] });

describe("a Word file's finding in each reporter", () => {
  it("pretty: file:¶N (trang P) and the quote", () => {
    const text = formatPretty(r(), false);
    expect(text).toContain("/work/repo/plans/ke-hoach.docx:¶14 (trang 2): lỗi: Đoạn văn căn trái, không căn đều hai lề. [layout-justify]\n  “1. Công an xã”\n  → Chọn đoạn văn");
    expect(text).toContain("/work/repo/plans/ke-hoach.docx: lỗi: Khổ giấy 216 × 279 mm, không phải A4 (210 × 297 mm). [layout-page-size]");
  });

  it("json: paragraph, quote and page beside line 0", () => {
    const j = JSON.parse(formatJson(r()));
    expect(j.diagnostics[1]).toMatchObject({ file: "plans/ke-hoach.docx", line: 0, column: 0, paragraph: 14, quote: "1. Công an xã", page: 2, code: "layout-justify" });
    expect(j.diagnostics[0].paragraph).toBeUndefined();
  });

  it("github: a file annotation that starts with ¶N and the quote", () => {
    const lines = formatGithub(r()).split("\n");
    expect(lines[1]).toBe("::error file=plans/ke-hoach.docx,title=kehoach (layout-justify)::¶14 (trang 2) “1. Công an xã”: Đoạn văn căn trái, không căn đều hai lề.%0A→ Chọn đoạn văn và bấm Căn đều (Ctrl+J).");
  });

  it("sarif: startLine = N with the quote as snippet, and a logical location ¶N", () => {
    const log = JSON.parse(formatSarif(r()));
    const result = log.runs[0].results[1];
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 14, snippet: { text: "1. Công an xã" } });
    expect(result.locations[0].logicalLocations).toEqual([{ name: "¶14", kind: "element" }]);
    expect(result.properties).toEqual({ paragraph: 14, page: 2 });
    expect(result.message.text.startsWith("¶14: ")).toBe(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
  });
});
