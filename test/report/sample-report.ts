// A check report with one diagnostic of each kind, for the reporter tests.
import type { Diagnostic } from "../../src/findings/diagnostic.js";
import type { CheckReport } from "../../src/report/report-data.js";
import { msg } from "../../src/i18n/i18n.js";

/** A message with fixed words (what a stage or rule would name by id). */
export const text = (s: string) => msg("common.text", { text: s });

export const CWD = "/work/repo";

export const DIAGNOSTICS: Diagnostic[] = [
  {
    severity: "error",
    file: "/work/repo/plans/xa-cam-tan.yaml",
    line: 12,
    column: 7,
    message: text('Số thứ tự "V." được gõ tay, 100% sai: xem lại'),
    hint: text("Xóa \"V.\"\nkehoach tự đánh số."),
    code: "typed-numbering",
    frame: "12 |   - ten: V. TỔ CHỨC\n   |          ^^",
  },
  { severity: "warning", file: "plans/b.yaml", line: 3, column: 5, message: text("Hai dấu cách liền nhau."), code: "spacing-punctuation" },
  { severity: "error", file: "plans/c.yaml", line: 2, column: 1, message: text("Khóa \"dia_danhh\" không có trong mẫu kế hoạch."), code: "schema" },
];

export function report(diagnostics: Diagnostic[] = DIAGNOSTICS): CheckReport {
  return {
    files: ["/work/repo/plans/xa-cam-tan.yaml", "plans/b.yaml", "plans/c.yaml"],
    diagnostics,
    rules: [
      { id: "spacing-punctuation", description: text("Khoảng trắng và dấu câu."), docs: "nd30.md §7", level: "warning" },
      { id: "stale-year", description: text("Năm cũ."), docs: "reference/README.md", level: "off" },
      { id: "typed-numbering", description: text("Không gõ tay số thứ tự."), docs: "nd30.md §13", level: "error" },
    ],
    cwd: CWD,
    toolVersion: "0.1.0",
  };
}
