// kehoach check --format json: one JSON document with a summary and every diagnostic.
import { countSeverities, type CheckReport } from "./report-data.js";
import { relativeUri } from "./relative-uri.js";
import { t } from "../i18n/i18n.js";

export function formatJson(report: CheckReport): string {
  const counts = countSeverities(report.diagnostics);
  const out = {
    tool: "kehoach",
    version: report.toolVersion,
    summary: { files: report.files.length, errors: counts.errors, warnings: counts.warnings, infos: counts.infos },
    files: report.files.map((f) => relativeUri(f, report.cwd)),
    diagnostics: report.diagnostics.map((d) => ({
      file: relativeUri(d.file, report.cwd),
      line: d.line,
      column: d.column,
      ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
      ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
      // A Word file's finding: ¶N (line and column are 0), the quoted words, the page if known.
      ...(d.paragraph !== undefined ? { paragraph: d.paragraph, ...(d.quote !== undefined ? { quote: d.quote } : {}), ...(d.page !== undefined ? { page: d.page } : {}) } : {}),
      severity: d.severity,
      code: d.code,
      message: t(d.message),
      ...(d.hint !== undefined ? { hint: t(d.hint) } : {}),
    })),
  };
  return JSON.stringify(out, null, 2) + "\n";
}
