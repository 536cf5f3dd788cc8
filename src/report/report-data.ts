// What a check reporter is given: every diagnostic of every checked file, and the rules that ran.
import type { Diagnostic } from "../findings/diagnostic.js";
import { type Message } from "../i18n/i18n.js";

export interface RuleInfo {
  id: string;
  /** One line. */
  description: Message;
  /** The nd30.md section or reference defect the rule enforces. */
  docs: string;
  /** The configured level ("off" rules are listed too). */
  level: "error" | "warning" | "off";
}

export interface CheckReport {
  /** Every file checked, as the user named it (or as found in a folder). */
  files: string[];
  diagnostics: Diagnostic[];
  rules: RuleInfo[];
  /** Paths in machine formats are written relative to this folder, with "/". */
  cwd: string;
  toolVersion: string;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countSeverities(list: readonly Diagnostic[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of list) {
    if (d.severity === "error") c.errors++;
    else if (d.severity === "warning") c.warnings++;
    else c.infos++;
  }
  return c;
}
