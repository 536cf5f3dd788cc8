// The last line of a check report: how many files, errors and warnings.
import { t } from "../i18n/i18n.js";
import { counted } from "../i18n/plural.js";
import type { Counts } from "./report-data.js";

export function summaryLine(files: number, c: Counts, color = (s: string) => s): string {
  const f = counted("files", files);
  if (c.errors === 0 && c.warnings === 0) return color(t("report.checkedNoProblems", { files: f }));
  return color(t("report.problemsIn", { errors: counted("errors", c.errors), warnings: counted("warnings", c.warnings), files: f }));
}
