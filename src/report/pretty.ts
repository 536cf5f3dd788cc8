// Human output: "file:line:column: lỗi: message", the code frame, and the fix. Colour only on a TTY
// (and never with NO_COLOR).
import chalk, { Chalk } from "chalk";
import { placeOf, type Diagnostic } from "../findings/diagnostic.js";
import { visibleControls } from "../findings/visible.js";
import { t } from "../i18n/i18n.js";

export function useColor(stream: NodeJS.WriteStream): boolean {
  if ("NO_COLOR" in process.env && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return Boolean(stream.isTTY);
}

export function formatDiagnostic(d: Diagnostic, color: boolean): string {
  const c = color ? chalk : new Chalk({ level: 0 });
  // Names, keys and frames come from files: never sent to the terminal raw.
  const where = visibleControls(placeOf(d));
  const sev =
    d.severity === "error"
      ? c.red.bold(t("common.error"))
      : d.severity === "warning"
        ? c.yellow.bold(t("report.warning"))
        : c.blue(t("report.note"));
  const rule = d.code && !["schema", "yaml-syntax", "input", "placeholder"].includes(d.code) ? c.dim(` [${d.code}]`) : "";
  const lines = [`${c.bold(where)}: ${sev}: ${visibleControls(t(d.message))}${rule}`];
  if (d.frame) lines.push(...visibleControls(d.frame).split("\n").map((l) => c.dim("  " + l)));
  if (d.hint) lines.push(`  ${c.cyan("→")} ${visibleControls(t(d.hint))}`);
  return lines.join("\n");
}

export function formatDiagnostics(list: readonly Diagnostic[], color: boolean): string {
  return list.map((d) => formatDiagnostic(d, color)).join("\n\n");
}
