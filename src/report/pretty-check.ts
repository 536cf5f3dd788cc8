// kehoach check, human output: each diagnostic as pretty.ts writes it (place, severity, message,
// [rule], code frame, fix), then a summary line. Colour only on a TTY and never with NO_COLOR.
import chalk, { Chalk } from "chalk";
import { formatDiagnostics } from "./pretty.js";
import { countSeverities, type CheckReport } from "./report-data.js";
import { summaryLine } from "./summary.js";

export function formatPretty(report: CheckReport, color: boolean): string {
  const c = color ? chalk : new Chalk({ level: 0 });
  const counts = countSeverities(report.diagnostics);
  const paint = counts.errors > 0 ? c.red.bold : counts.warnings > 0 ? c.yellow.bold : c.green;
  const body = report.diagnostics.length > 0 ? formatDiagnostics(report.diagnostics, color) + "\n\n" : "";
  return body + summaryLine(report.files.length, counts, (s) => paint(s)) + "\n";
}
