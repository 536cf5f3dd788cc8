// One data row → its document, written atomically to its target. The same function runs in the
// main thread (small batches) and in the worker threads (large ones), so both give byte-identical
// files, and in a large batch the writing (fsync) is spread over the threads too.
import type { Diagnostic } from "../findings/diagnostic.js";
import { InputError, OutputError } from "../findings/errors.js";
import { type Message, msg, t } from "../i18n/i18n.js";
import { modelPlan, writeDocument } from "../pipeline.js";
import type { ValidatedPlan } from "../validate/validate-plan.js";
import { writeFileAtomic } from "../write/write-file-atomic.js";
import type { FormatName } from "../write/writers.js";

export interface RowTask {
  /** 1-based row position in the data file. */
  index: number;
  label: Message;
  vars: Record<string, unknown>;
  /** The file to write. */
  target: string;
}

export type RowOutcome = { index: number; ok: true; target: string } | { index: number; ok: false; diagnostics: Diagnostic[] };

/** Around the write itself: a worker marks itself busy, and skips the write once the batch stops. */
export interface WriteGuard {
  /** False: the batch is stopping, do not start writing. */
  begin(): boolean;
  end(): void;
}

const ALWAYS: WriteGuard = { begin: () => true, end: () => {} };

export async function renderRow(template: ValidatedPlan, task: RowTask, format: FormatName, guard: WriteGuard = ALWAYS): Promise<RowOutcome | undefined> {
  const fail = (diagnostics: Diagnostic[]): RowOutcome => ({ index: task.index, ok: false, diagnostics });
  try {
    const r = modelPlan(template, { vars: task.vars, dataLabel: task.label });
    const bytes = await writeDocument(r, format);
    if (!guard.begin()) return undefined;
    try {
      writeFileAtomic(task.target, bytes, { durable: false });
    } finally {
      guard.end();
    }
    return { index: task.index, ok: true, target: task.target };
  } catch (e) {
    if (e instanceof InputError) return fail(e.diagnostics);
    if (e instanceof OutputError) return fail([{ severity: "error", file: task.target, line: 0, column: 0, message: e.problem, code: "output" }]);
    const why = e instanceof Error ? e.message : String(e);
    return fail([{ severity: "error", file: t(task.label), line: 0, column: 0, message: msg("batch.workerCrash", { why }), code: "internal" }]);
  }
}
