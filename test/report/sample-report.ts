// A check report with one diagnostic of each kind, for the reporter tests.
import type { Diagnostic } from "../../src/findings/diagnostic.js";
import type { CheckReport } from "../../src/report/report-data.js";

export const CWD = "/work/repo";

export const DIAGNOSTICS: Diagnostic[] = [
  {
    severity: "error",
    file: "/work/repo/plans/xa-cam-tan.yaml",
    line: 12,
    column: 7,
    message: 'Số thứ tự "V." được gõ tay, 100% sai: xem lại',
    hint: "Xóa \"V.\"\nkehoach tự đánh số.",
    code: "typed-numbering",
    frame: "12 |   - ten: V. TỔ CHỨC\n   |          ^^",
  },
  { severity: "warning", file: "plans/b.yaml", line: 3, column: 5, message: "Hai dấu cách liền nhau.", code: "spacing-punctuation" },
  { severity: "error", file: "plans/c.yaml", line: 2, column: 1, message: "Khóa \"dia_danhh\" không có trong mẫu kế hoạch.", code: "schema" },
];

export function report(diagnostics: Diagnostic[] = DIAGNOSTICS): CheckReport {
  return {
    files: ["/work/repo/plans/xa-cam-tan.yaml", "plans/b.yaml", "plans/c.yaml"],
    diagnostics,
    rules: [
      { id: "spacing-punctuation", description: "Khoảng trắng và dấu câu.", docs: "nd30.md §7", level: "warning" },
      { id: "stale-year", description: "Năm cũ.", docs: "reference/README.md", level: "off" },
      { id: "typed-numbering", description: "Không gõ tay số thứ tự.", docs: "nd30.md §13", level: "error" },
    ],
    cwd: CWD,
    toolVersion: "0.1.0",
  };
}
