// The last line of a check report: how many files, errors and warnings.
import { pick } from "../i18n/i18n.js";
import type { Counts } from "./report-data.js";

export function summaryLine(files: number, c: Counts, color = (s: string) => s): string {
  const f = pick({ vi: `${files} tệp`, en: `${files} file${files === 1 ? "" : "s"}` });
  if (c.errors === 0 && c.warnings === 0) {
    return color(pick({ vi: `✔ Đã kiểm tra ${f}: không có lỗi.`, en: `✔ Checked ${f}: no problems.` }));
  }
  const e = pick({ vi: `${c.errors} lỗi`, en: `${c.errors} error${c.errors === 1 ? "" : "s"}` });
  const w = pick({ vi: `${c.warnings} cảnh báo`, en: `${c.warnings} warning${c.warnings === 1 ? "" : "s"}` });
  return color(pick({ vi: `✖ ${e}, ${w} trong ${f}.`, en: `✖ ${e}, ${w} in ${f}.` }));
}
