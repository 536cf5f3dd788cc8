// kehoach batch: one template + one data row per commune → one plan per commune. The action of
// src/commands/batch.ts: options in, exit code out.
//
//   1. read the template, the data file and (--cap-tren) the parent plan;
//   2. make every row's file name: unsafe names and two rows with one name stop the batch;
//   3. one pass over the rows, in this thread or in worker threads (src/batch/stage-row.ts): each
//      row is expanded once, which finds every problem it has, and rendered into a private stage
//      folder. Problems that mean the template and the data do not fit (a missing column, an
//      unknown helper) stop the batch: the stage folder is removed, nothing is written, and every
//      problem of every row is reported at once (the rows after the first such problem are only
//      checked, not rendered);
//   4. otherwise each staged file takes its name in the output folder (a rename: atomic); a row
//      that failed (a value that is not a date, a full disk) is reported and the others go on.
import { readdirSync, rmSync, statSync } from "node:fs";
import { makeDir } from "../write/make-dir.js";
import { isLinkNotToDevice, outputProblems } from "../write/output-guard.js";
import { fsErrorReason, moveFileAtomic, removeStaleTempFiles, TEMP_NAME } from "../write/write-file-atomic.js";
import { StageDir } from "../write/stage-dir.js";
import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import type { Diagnostic } from "../findings/diagnostic.js";
import { locate } from "../findings/locate.js";
import { SourceFile } from "../findings/source-file.js";
import { InputError, OutputError, UsageError } from "../findings/errors.js";
import { rowVars, templateContext, TEMPLATE_PROBLEM_KINDS, type ExpandProblem } from "../expand/expand-plan.js";
import { plainValue } from "../text/stand-ins.js";
import { readParentPlan } from "../expand/parent-plan.js";
import { PARENT_PREFIX } from "../text/reserved-names.js";
import { checkTemplate, renderTemplate, templateNames } from "../expand/template-string.js";
import { type Message, msg, t } from "../i18n/i18n.js";
import { counted } from "../i18n/plural.js";
import { LIMITS } from "../limits.js";
import { loadDataTable, type DataRow, type DataTable } from "../load/load-data-table.js";
import { formatBytes, readSource } from "../load/read-input.js";
import { shortDate } from "../text/vietnamese-date.js";
import { readPlanSource } from "../pipeline.js";
import { formatDiagnostics, useColor } from "../report/pretty.js";
import type { PlanDate } from "../text/plan-date.js";
import type { ValidatedPlan } from "../validate/validate-plan.js";
import type { PdfStage } from "../write/pdf/pdf-stage.js";
import { extensionOf, writerFormat, type FormatName, type OutputFormat } from "../write/writers.js";
import { checkFileName, collisionKey, withExtension } from "../batch/file-names.js";
import { groupTemplateProblems, rowsPhrase, type RowProblems } from "../batch/group-problems.js";
import { collectGarbage, ROWS_PER_COLLECTION } from "../batch/heap.js";
import { Progress, progressMode } from "../batch/progress.js";
import { RenderPool } from "../batch/render-pool.js";
import { OPEN_GATE, stageRow, type RowGate, type RowResult, type RowTask } from "../batch/stage-row.js";
import { errorLine, EXIT } from "./exit.js";

/**
 * When a batch uses worker threads by default. Measured on the 2-vCPU machine this was built on
 * (Kông Chro-size plans, `npm run bench`): two workers take 0.2–0.6 s to start, so below ~500 rows
 * one thread is as fast or faster; at 1,000 rows two workers finish in 1.8–2.2 s against 2.0–2.7 s
 * for one thread, and at 10,000 rows in 12 s against 19 s. --jobs N forces either way.
 */
export const PARALLEL_THRESHOLD = 1000;
/** Templates longer than this are rendered on one thread (a real template is 5–50 KB). */
export const MAX_WORKER_TEMPLATE_CHARS = 256 * 1024;
export const MIN_CPUS_FOR_WORKERS = 2;
export const MAX_JOBS = 64;

export interface BatchOptions {
  data: string;
  out?: string;
  /** File name pattern, e.g. "{{slug xa}}.docx"; default: the slug of the first column. */
  name?: string;
  capTren?: string;
  format: OutputFormat;
  /** Threads; undefined: availableParallelism() from PARALLEL_THRESHOLD rows on 2+ CPUs, else one. */
  jobs?: number;
  dryRun?: boolean;
}

export interface BatchIo {
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  env?: NodeJS.ProcessEnv;
  color?: boolean;
}

interface PreparedRow {
  row: DataRow;
  task: RowTask;
  fileName?: string;
  /** The file-name problems, then (after the pass) what expanding the row found before them. */
  problems: ExpandProblem[];
  date?: PlanDate;
  /** The row's document is complete at task.stagePath. */
  staged?: boolean;
  /** The row expanded cleanly but its document could not be made. */
  failure?: Diagnostic[];
}

export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined || value === "auto") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_JOBS) throw new UsageError(msg("batch.badJobs", { v: value }));
  return n;
}

export function defaultJobs(rows: number, requested: number | undefined, cpus = availableParallelism()): number {
  const n = requested ?? (rows >= PARALLEL_THRESHOLD && cpus >= MIN_CPUS_FOR_WORKERS ? cpus : 1);
  return Math.max(1, Math.min(n, rows));
}

export async function runBatch(templatePath: string, opts: BatchOptions, io: BatchIo = { stderr: process.stderr }): Promise<number> {
  const started = performance.now();
  const color = io.color ?? useColor(process.stderr);
  const say = (s: string) => io.stderr.write(s + "\n");
  const show = (list: readonly Diagnostic[]) => {
    if (list.length > 0) say(formatDiagnostics(list, color) + "\n");
  };

  let pool: RenderPool | undefined;
  let stage: StageDir | undefined;
  let pdfStage: PdfStage | undefined;
  let onExit: (() => void) | undefined;
  try {
    // 1. Inputs.
    const templateSource = readSource(templatePath, LIMITS.maxPlanBytes);
    const template = readPlanSource(templateSource);
    show(template.warnings);
    const table = await loadDataTable(opts.data);
    show(table.warnings);
    const bien = (template.plan.bien ?? {}) as Record<string, unknown>;
    let parentVars: Record<string, string> | undefined;
    let parentDate: PlanDate | undefined;
    if (opts.capTren) {
      const parent = readParentPlan(opts.capTren);
      show(parent.warnings);
      parentVars = parent.vars;
      parentDate = parent.date;
    } else if (Object.prototype.hasOwnProperty.call(bien, PARENT_PREFIX) && usesParent(template)) {
      show([{ severity: "warning", file: templatePath, line: 0, column: 0, message: msg("batch.parentFromBien"), hint: msg("batch.parentFromBienHint"), code: "cap-tren" }]);
    }
    const outDir = opts.out ?? ".";
    if (!opts.dryRun) checkOutDir(outDir);

    // Every row's document is made in a private stage folder first. PDF: LibreOffice is looked for
    // now, so that when it is missing nothing is rendered.
    if (!opts.dryRun) {
      if (opts.format === "pdf") {
        const { PdfStage } = await import("../write/pdf/pdf-stage.js");
        stage = pdfStage = new PdfStage();
      } else stage = new StageDir("kehoach-stage-");
    }
    // A worker's heap is capped (render-pool.ts) for the plans batches are made of; a template far
    // larger than any real one is handled in this thread, which accepts whatever it accepts.
    let jobs = defaultJobs(table.rows.length, opts.jobs);
    if (jobs > 1 && templateSource.text.length > MAX_WORKER_TEMPLATE_CHARS) {
      say(t("batch.workersFallback", { size: formatBytes(Buffer.byteLength(templateSource.text)), jobs }));
      jobs = 1;
    }
    // Workers start while the file names are made: their start-up overlaps it.
    if (jobs > 1) pool = new RenderPool({ path: templatePath, text: templateSource.text }, writerFormat(opts.format), jobs);

    // 2. File names: unsafe names, two rows with one name, a name that is an input file.
    const ext = extensionOf(opts.format);
    const pattern = opts.name ?? (table.columns[0] ? `{{slug ${table.columns[0]}}}` : "{{stt}}");
    const prepared: PreparedRow[] = table.rows.map((row) => prepareRow(template, row, parentVars, pattern, ext, outDir, stage));
    const nameBlocking = nameProblems(prepared, table, [templatePath, opts.data, opts.capTren], outDir, pattern);

    // Ctrl-C (src/main.ts exits 130): workers finish the write under way and start no other, the
    // stage folder goes, and any temporary file of ours left in the output folder is removed.
    const running = pool;
    const runningStage = stage;
    onExit = () => {
      running?.stopNow();
      runningStage?.dispose();
      removeStrayTempFiles(outDir);
    };
    // Before the stage folder's own exit hook: the workers stop writing into it first.
    process.prependListener("exit", onExit);

    // 3. One pass over the rows.
    const stopsAlready = nameBlocking.length > 0 || prepared.some((p) => p.problems.some((x) => TEMPLATE_PROBLEM_KINDS.has(x.kind)));
    const passBar = progressMode(io.stderr, io.env) === "bar" ? new Progress(prepared.length, io.stderr, "bar") : undefined;
    await passOverRows(prepared, { template, format: writerFormat(opts.format), pool, stopsAlready, bar: passBar });

    const blocking = templateLevelProblems(prepared, table, new Set(Object.keys(bien)), opts.capTren);
    blocking.push(...nameBlocking);
    const rowFailures = prepared.filter((p) => p.problems.some((x) => !TEMPLATE_PROBLEM_KINDS.has(x.kind)));
    const failedEarly = new Set(rowFailures);
    show(parentDateWarnings(prepared, table, parentDate));

    if (blocking.length > 0) {
      show(blocking);
      for (const p of rowFailures) show(p.problems.filter((x) => !TEMPLATE_PROBLEM_KINDS.has(x.kind)));
      say(t("batch.stoppedBeforeWriting", { errors: counted("errors", blocking.length + rowFailures.length) }));
      return EXIT.input;
    }

    const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
    if (opts.dryRun) {
      for (const p of prepared) {
        if (failedEarly.has(p)) show(p.problems);
        else say(t("batch.checked", { label: p.row.label, file: join(outDir, p.fileName!) }));
      }
      const failed = rowFailures.length > 0 ? msg("batch.dryRunFailed", { n: rowFailures.length }) : "";
      say(t("batch.dryRunSummary", { ok: prepared.length - rowFailures.length, total: prepared.length, failed, seconds: seconds() }));
      return rowFailures.length > 0 ? EXIT.input : EXIT.ok;
    }

    // 4. Every row is checked and nothing stops the batch: the staged files take their names.
    ensureDir(outDir);
    removeStaleTempFiles(outDir);
    const progress = new Progress(prepared.length, io.stderr, progressMode(io.stderr, io.env));
    const failed = new Map<number, Diagnostic[]>();
    const fail = (row: DataRow, diagnostics: Diagnostic[]) => {
      failed.set(row.index, diagnostics);
      progress.step(t("batch.rowFailed", { label: row.label }));
      progress.note(formatDiagnostics(diagnostics, color) + "\n");
    };
    for (const p of rowFailures) fail(p.row, p.problems);
    let written = 0;
    const wrote = (target: string) => {
      written++;
      progress.step(t("batch.written", { file: target, done: written + failed.size, total: prepared.length }), basename(target));
    };
    /** PDF: the rows whose .docx is staged. */
    const toConvert: { docx: string; target: string; row: DataRow }[] = [];
    for (const p of prepared) {
      if (failedEarly.has(p)) continue;
      // Nothing stops the batch, so every row that did not fail was rendered into the stage.
      const { stagePath, target } = p.task as Required<RowTask>;
      if (p.failure) {
        fail(p.row, p.failure);
        continue;
      }
      if (opts.format === "pdf") {
        toConvert.push({ docx: stagePath, target, row: p.row });
        continue;
      }
      // Let a pending Ctrl-C through between files: each move itself is atomic.
      await new Promise<void>((done) => setImmediate(done));
      try {
        moveFileAtomic(stagePath, target, { durable: false });
        wrote(target);
      } catch (e) {
        if (!(e instanceof OutputError)) throw e;
        fail(p.row, [{ severity: "error", file: target, line: 0, column: 0, message: e.problem, code: "output" }]);
      }
    }
    if (pdfStage && toConvert.length > 0) await convertStaged(pdfStage, toConvert, progress, fail, wrote);
    progress.finish();

    say(t("batch.summary", { written, total: prepared.length, out: outDir, failed: failed.size > 0 ? counted("rowsFailed", failed.size) : "", seconds: seconds() }));
    if (failed.size > 0) {
      say(t("batch.failedList"));
      for (const p of prepared) {
        const list = failed.get(p.row.index);
        const first = list?.[0] as (Diagnostic & { bare?: Message }) | undefined;
        if (first) say(`  - ${t(p.row.label)}: ${firstLine(t(first.bare ?? first.message))}`);
      }
      return EXIT.input;
    }
    return EXIT.ok;
  } catch (e) {
    if (e instanceof InputError) {
      show(e.diagnostics);
      return EXIT.input;
    }
    if (e instanceof OutputError) {
      say(errorLine(e.problem));
      return EXIT.input;
    }
    throw e;
  } finally {
    if (onExit) process.removeListener("exit", onExit);
    await pool?.close();
    stage?.dispose();
  }
}

/**
 * Step 3: every row through stageRow, in this thread or in the pool; each result is kept on its
 * PreparedRow. A row expanded once finds every problem it has, and is rendered into the stage until
 * a row shows that the batch stops; from then on the rows are only checked, so that every problem
 * is still reported at once.
 */
async function passOverRows(
  prepared: PreparedRow[],
  run: { template: ValidatedPlan; format: FormatName; pool?: RenderPool; stopsAlready: boolean; bar?: Progress },
): Promise<void> {
  let stops = run.stopsAlready;
  if (stops) run.pool?.checkOnly();
  const byIndex = new Map(prepared.map((p) => [p.row.index, p]));
  let results = 0;
  const onResult = (r: RowResult) => {
    if (++results % ROWS_PER_COLLECTION === 0) collectGarbage();
    const p = byIndex.get(r.index)!;
    // What expanding found, before the file-name problems (the order they are reported in).
    p.problems = [...r.problems, ...p.problems];
    p.date = r.date;
    p.staged = r.staged;
    p.failure = r.failure;
    if (!stops && r.problems.some((x) => TEMPLATE_PROBLEM_KINDS.has(x.kind))) {
      stops = true;
      run.pool?.checkOnly();
    }
    run.bar?.step(t(p.row.label));
  };
  const tasks = prepared.map((p) => p.task);
  if (run.pool) await run.pool.run(tasks, run.template, onResult);
  else {
    const gate: RowGate = { ...OPEN_GATE, rendering: () => !stops };
    for (const task of tasks) {
      // Let a pending Ctrl-C through between rows.
      await new Promise<void>((done) => setImmediate(done));
      onResult((await stageRow(run.template, task, run.format, gate))!);
    }
  }
  run.bar?.finish();
}

/** PDF: one LibreOffice run for every staged row, then each PDF moved to its name atomically. */
async function convertStaged(
  stage: PdfStage,
  staged: { docx: string; target: string; row: DataRow }[],
  progress: Progress,
  fail: (row: DataRow, diagnostics: Diagnostic[]) => void,
  wrote: (target: string) => void,
): Promise<void> {
  progress.note(t("pdf.converting", { count: staged.length }));
  const failure = (target: string, e: OutputError): Diagnostic[] => [{ severity: "error", file: target, line: 0, column: 0, message: e.problem, code: "output" }];
  try {
    await stage.convert();
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    // LibreOffice failed as a whole: no PDF is written, every row says why.
    for (const s of staged) fail(s.row, failure(s.target, e));
    return;
  }
  for (const s of staged) {
    try {
      stage.writeTo(s.docx, s.target, false);
      wrote(s.target);
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      fail(s.row, failure(s.target, e));
    }
  }
}

function firstLine(s: string): string {
  return s.split("\n")[0] ?? "";
}

/** Whether any string of the template reads cap_tren (a cheap look at the source text). */
function usesParent(template: ValidatedPlan): boolean {
  return /\{\{[^}]*\bcap_tren\./.test(template.source.text);
}

/** A row's values, file name and task; the row itself is expanded in the pass (stage-row.ts). */
function prepareRow(template: ValidatedPlan, row: DataRow, parentVars: Record<string, string> | undefined, pattern: string, ext: string, outDir: string, stage: StageDir | undefined): PreparedRow {
  const vars = rowVars(row, parentVars);
  const name = fileNameFor(pattern, template, vars, row);
  const fileName = name.fileName && withExtension(name.fileName, ext);
  const task: RowTask = { index: row.index, label: row.label, vars };
  if (fileName !== undefined) {
    task.target = join(outDir, fileName);
    if (stage) task.stagePath = stage.slot();
  }
  return { row, task, fileName, problems: name.problems };
}

/** The --name pattern filled for one row (values as plain text, no markup stand-ins). */
function fileNameFor(pattern: string, template: ValidatedPlan, vars: Record<string, unknown>, row: DataRow): { fileName?: string; problems: ExpandProblem[] } {
  const ctx = templateContext(template.plan.bien as Record<string, unknown> | undefined, vars);
  const found = checkTemplate(pattern, ctx);
  const rendered = found.length === 0 ? renderTemplate(pattern, ctx, plainValue) : undefined;
  const problems = rendered && !rendered.ok ? [rendered.problem] : found;
  if (problems.length > 0) {
    return {
      problems: problems.map((p) => {
        const column = p.column + 1;
        const message =
          p.kind === "missing"
            ? msg("common.placeholderMissing", { name: p.name })
            : p.kind === "helper"
              ? msg("common.unknownHelper", { name: p.name })
              : p.kind === "forbidden"
                ? msg("common.forbiddenName", { name: p.name })
                : msg("expand.syntax", { detail: p.detail ?? "" });
        const d = locate({ line: 1, column, length: Math.max(1, p.text.length), message: msg("common.withPlace", { message, place: row.label }) }, { file: "--name", source: new SourceFile("--name", pattern) }, { code: "placeholder" });
        return { ...d, bare: message, kind: p.kind === "value" ? ("value" as const) : p.kind, name: p.name };
      }),
    };
  }
  return { fileName: rendered!.ok ? rendered!.text.trim() : undefined, problems: [] };
}

function templateLevelProblems(prepared: PreparedRow[], table: DataTable, bienKeys: Set<string>, parentPath: string | undefined): Diagnostic[] {
  const items: RowProblems[] = prepared.filter((p) => p.problems.length > 0).map((p) => ({ row: p.row, problems: p.problems }));
  return groupTemplateProblems(items, { table, bienKeys, parentPath });
}

/** Unsafe names, two rows with one name, a name that is one of the input files or a link. */
function nameProblems(prepared: PreparedRow[], table: DataTable, inputs: (string | undefined)[], outDir: string, pattern: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  // The column of the cell the names come from (the pattern's first variable), where it is known.
  const nameColumn = templateNames(pattern).find((n) => table.columns.includes(n));
  const at = (row: DataRow, message: Message, hint?: Message): Diagnostic => ({
    severity: "error",
    file: table.path,
    line: row.line,
    column: (nameColumn !== undefined ? row.columns?.[nameColumn] : undefined) ?? 1,
    message,
    hint,
    code: "file-name",
  });
  const byKey = new Map<string, PreparedRow[]>();
  const targets: { target: string; from: string }[] = [];
  const rowOf = new Map<string, PreparedRow>();
  for (const p of prepared) {
    if (p.fileName === undefined) continue;
    const check = checkFileName(p.fileName);
    if (!check.ok) {
      out.push(at(p.row, msg("batch.badName", { name: p.fileName, reason: check.reason }), msg("batch.badNameHint")));
      continue;
    }
    const target = join(outDir, p.fileName);
    // A link already sitting in --out under this name is never written through.
    if (isLinkNotToDevice(target)) {
      out.push(at(p.row, msg("common.cannotWrite", { f: target, why: msg("output.symlink", { target }) }), msg("output.symlinkHint")));
      continue;
    }
    targets.push({ target, from: t(p.row.label) });
    rowOf.set(target, p);
    const key = collisionKey(p.fileName);
    byKey.set(key, [...(byKey.get(key) ?? []), p]);
  }
  for (const problem of outputProblems(inputs, targets)) {
    const p = rowOf.get(problem.target)!;
    // Distinct names in one folder share a file only as hard links, which a rename just replaces.
    if (problem.kind === "input") out.push(at(p.row, msg("batch.nameIsInput", { name: p.fileName!, input: problem.input! }), msg("batch.badNameHint")));
  }
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const names = [...new Set(list.map((p) => p.fileName!))].join('", "');
    out.push(at(list[0]!.row, msg("batch.nameClash", { name: names, rows: rowsPhrase(table, list.map((p) => p.row)) }), msg("batch.nameClashHint")));
  }
  return out;
}

/** A commune plan dated before the district plan it carries out is almost always a typo. */
function parentDateWarnings(prepared: PreparedRow[], table: DataTable, parent: PlanDate | undefined): Diagnostic[] {
  if (!parent || parent.day === undefined) return [];
  const key = (d: PlanDate) => d.year * 10000 + d.month * 100 + (d.day ?? 0);
  return prepared
    .filter((p) => p.date && p.date.day !== undefined && key(p.date) < key(parent))
    .map((p) => ({
      severity: "warning" as const,
      file: table.path,
      line: p.row.line,
      column: 0,
      message: msg("common.withPlace", { message: msg("batch.beforeParent", { date: shortDate(p.date!), parent: shortDate(parent) }), place: p.row.label }),
      code: "date-order",
    }));
}

/** Temporary files of this process (write-file-atomic names them ".kehoach-<pid>-<hex>.tmp"). */
function removeStrayTempFiles(dir: string): void {
  try {
    for (const f of readdirSync(dir)) if (TEMP_NAME.exec(f)?.[1] === String(process.pid)) rmSync(join(dir, f), { force: true });
  } catch {
    // the folder is gone or unreadable: nothing to clean
  }
}

/** Before any row is rendered: --out must be a folder, or not exist yet (it is made at the end). */
function checkOutDir(dir: string): void {
  let st;
  try {
    st = statSync(dir, { throwIfNoEntry: false });
  } catch (e) {
    throw new OutputError(msg("common.cannotWrite", { f: dir, why: fsErrorReason(e, dir) }));
  }
  if (st && !st.isDirectory()) throw new OutputError(msg("batch.outNotDir", { out: dir }));
}

function ensureDir(dir: string): void {
  checkOutDir(dir);
  try {
    if (!statSync(dir, { throwIfNoEntry: false })) makeDir(dir);
  } catch (e) {
    throw new OutputError(msg("common.cannotWrite", { f: dir, why: fsErrorReason(e, dir) }));
  }
}

export interface BatchCliOptions {
  data: string;
  out?: string;
  name?: string;
  capTren?: string;
  format: OutputFormat;
  jobs?: string;
  dryRun?: boolean;
  kiemTra?: boolean;
}

export async function batchCommand(template: string, opts: BatchCliOptions): Promise<number> {
  return runBatch(template, {
    data: opts.data,
    out: opts.out,
    name: opts.name,
    capTren: opts.capTren,
    format: opts.format,
    jobs: parseJobs(opts.jobs),
    dryRun: Boolean(opts.dryRun || opts.kiemTra),
  });
}
