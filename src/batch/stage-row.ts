// One data row, expanded once: every problem it has is found, and, unless the batch is already
// known to stop, its document is rendered into the batch's private stage folder. Nothing reaches
// the output folder here: batch-action.ts moves the staged files into place once every row has
// been checked. The same function runs in the main thread (small batches) and in the worker
// threads (large ones), so both give byte-identical files.
import { writeFileSync } from "node:fs";
import type { Diagnostic } from "../findings/diagnostic.js";
import { InputError, OutputError } from "../findings/errors.js";
import { ExpandError, expandPlan, type ExpandedPlan, type ExpandProblem } from "../expand/expand-plan.js";
import { type Message, msg, t } from "../i18n/i18n.js";
import { modelExpanded, writeDocument } from "../pipeline.js";
import type { PlanDate } from "../text/plan-date.js";
import type { ValidatedPlan } from "../validate/validate-plan.js";
import { fsErrorReason } from "../write/write-file-atomic.js";
import type { FormatName } from "../write/writers.js";

export interface RowTask {
  /** 1-based row position in the data file. */
  index: number;
  label: Message;
  vars: Record<string, unknown>;
  /** Where the row's document goes in the stage folder; absent: check the row only (--dry-run). */
  stagePath?: string;
  /** The file it will become, for messages. */
  target?: string;
}

export interface RowResult {
  index: number;
  /** What expanding the row found; the batch decides which of them stop it. */
  problems: ExpandProblem[];
  /** The plan's date, once expanded (compared with the parent plan's). */
  date?: PlanDate;
  /** The document is complete at the task's stagePath. */
  staged: boolean;
  /** The row expanded cleanly but its document could not be made or staged. */
  failure?: Diagnostic[];
}

/** What the batch allows at this moment; a worker reads it from memory shared with the main thread. */
export interface RowGate {
  /** False once a row has shown that the batch stops: the rows left are only checked. */
  rendering(): boolean;
  /** Around the write itself. False: the batch is stopping (Ctrl-C), do not start writing. */
  begin(): boolean;
  end(): void;
}

export const OPEN_GATE: RowGate = { rendering: () => true, begin: () => true, end: () => {} };

/** undefined: the batch stopped before this row's file was written. */
export async function stageRow(template: ValidatedPlan, task: RowTask, format: FormatName, gate: RowGate = OPEN_GATE): Promise<RowResult | undefined> {
  const result = (more: Partial<RowResult>): RowResult => ({ index: task.index, problems: [], staged: false, ...more });
  let expanded: ExpandedPlan;
  try {
    expanded = expandPlan(template, { vars: task.vars, dataLabel: task.label });
  } catch (e) {
    if (e instanceof ExpandError) return result({ problems: e.problems });
    if (e instanceof InputError) return result({ problems: e.diagnostics.map((d) => ({ ...d, kind: "schema" as const, bare: d.message })) });
    throw e;
  }
  const date = expanded.date;
  if (task.stagePath === undefined || !gate.rendering()) return result({ date });
  const shown = task.target ?? task.stagePath;
  try {
    const bytes = await writeDocument(modelExpanded(expanded), format);
    if (!gate.begin()) return undefined;
    try {
      // A new file in a folder only this run uses: complete once written, moved into place later.
      writeFileSync(task.stagePath, bytes, { flag: "wx" });
    } catch (e) {
      throw new OutputError(msg("common.cannotWrite", { f: shown, why: fsErrorReason(e, shown) }));
    } finally {
      gate.end();
    }
    return result({ date, staged: true });
  } catch (e) {
    if (e instanceof InputError) return result({ date, failure: e.diagnostics });
    if (e instanceof OutputError) return result({ date, failure: [{ severity: "error", file: shown, line: 0, column: 0, message: e.problem, code: "output" }] });
    const why = e instanceof Error ? e.message : String(e);
    return result({ date, failure: [{ severity: "error", file: t(task.label), line: 0, column: 0, message: msg("batch.workerCrash", { why }), code: "internal" }] });
  }
}
