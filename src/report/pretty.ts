// Human output: "file:line:column: lỗi: message", the code frame, and the fix. Colour only on a TTY
// (and never with NO_COLOR).
import chalk, { Chalk } from "chalk";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { pick } from "../i18n/i18n.js";
import { docxMessage } from "../i18n/feature-docx.js";

/** "ke-hoach.docx:¶12 (trang 3)" for a paragraph of a Word file, "plan.yaml:3:5" for a line. */
export function placeText(d: Diagnostic): string {
  if (d.place) return `${d.file}:¶${d.place.paragraph}${d.place.page !== undefined ? ` (${pick(docxMessage("report.paragraphPage", { page: d.place.page }))})` : ""}`;
  return d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
}

export function useColor(stream: NodeJS.WriteStream): boolean {
  if ("NO_COLOR" in process.env && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return Boolean(stream.isTTY);
}

export function formatDiagnostic(d: Diagnostic, color: boolean): string {
  const c = color ? chalk : new Chalk({ level: 0 });
  const where = placeText(d);
  const sev =
    d.severity === "error"
      ? c.red.bold(pick({ vi: "lỗi", en: "error" }))
      : d.severity === "warning"
        ? c.yellow.bold(pick({ vi: "cảnh báo", en: "warning" }))
        : c.blue(pick({ vi: "ghi chú", en: "note" }));
  const rule = d.code && !["schema", "yaml-syntax", "input", "placeholder"].includes(d.code) ? c.dim(` [${d.code}]`) : "";
  const lines = [`${c.bold(where)}: ${sev}: ${d.message}${rule}`];
  if (d.frame) lines.push(...d.frame.split("\n").map((l) => c.dim("  " + l)));
  else if (d.place?.quote) lines.push(c.dim(`  ¶${d.place.paragraph} | “${d.place.quote}”`));
  if (d.hint) lines.push(`  ${c.cyan("→")} ${d.hint}`);
  return lines.join("\n");
}

export function formatDiagnostics(list: readonly Diagnostic[], color: boolean): string {
  return list.map((d) => formatDiagnostic(d, color)).join("\n\n");
}
