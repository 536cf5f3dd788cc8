// kehoach check --format github: GitHub Actions workflow commands, one per diagnostic, which show
// as annotations on the pull request: ::error file=…,line=…,col=…,title=…::message
// Escaping as GitHub's toolkit does it: in the message % CR LF; in properties also ":" and ",".
import type { Diagnostic } from "../findings/diagnostic.js";
import { countSeverities, type CheckReport } from "./report-data.js";
import { summaryLine } from "./summary.js";
import { relativeUri } from "./relative-uri.js";
import { placeOf } from "../findings/diagnostic.js";
import { t } from "../i18n/i18n.js";

export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

export function githubCommand(d: Diagnostic, cwd: string): string {
  const props: [string, string | number][] = [["file", relativeUri(d.file, cwd)]];
  if (d.line > 0) {
    props.push(["line", d.line]);
    if (d.column > 0) props.push(["col", d.column]);
    if (d.endLine !== undefined) props.push(["endLine", d.endLine]);
    if (d.endColumn !== undefined) props.push(["endColumn", d.endColumn]);
  }
  props.push(["title", `kehoach (${d.code})`]);
  // A Word file has no lines to annotate: the annotation is on the file, and says ¶N and the words.
  const where = d.paragraph !== undefined && d.line === 0 ? `${placeOf(d).slice(d.file.length + 1)}${d.quote ? ` “${d.quote}”` : ""}: ` : "";
  const message = where + (d.hint ? `${t(d.message)}\n→ ${t(d.hint)}` : t(d.message));
  return `::${COMMAND[d.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}::${escapeData(message)}`;
}

export function formatGithub(report: CheckReport): string {
  const lines = report.diagnostics.map((d) => githubCommand(d, report.cwd));
  const c = countSeverities(report.diagnostics);
  lines.push(summaryLine(report.files.length, c));
  return lines.join("\n") + "\n";
}
