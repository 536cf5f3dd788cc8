// kehoach check <paths…>: find the plans, read the configuration, check every plan, write one
// report (pretty, json, github, sarif) to stdout or -o, and return the exit code:
// 0 clean, 1 an error-level finding (or more warnings than --max-warnings), 2 usage error.
import { makeDir } from "../write/make-dir.js";
import { dirname, sep } from "node:path";
import type { Diagnostic } from "../findings/diagnostic.js";
import { compareDiagnostics } from "../findings/diagnostic.js";
import { InputError, OutputError, UsageError } from "../findings/errors.js";
import { msg, t } from "../i18n/i18n.js";
import { countSeverities, type CheckReport } from "../report/report-data.js";
import { VERSION } from "../version.js";
import { checkFile, ruleLevel, type CheckFileResult, type DataRow } from "../check/check-file.js";
import type { PlanRecognizer } from "../check/check-docx.js";
import { collectFiles, isTemplatePath } from "../check/collect-files.js";
import { ConfigResolver, DEFAULT_CONFIG, type CheckConfig } from "../check/config.js";
import { RULES } from "../check/rules/index.js";
import { EXIT, exitForFindings } from "./exit.js";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

/** Word files are checked for their layout (check-docx.ts, loaded only when there is one). */
const DOCX_FILE = /\.docx$/i;
/** The other documents import reads, checked when named (check-docx.ts, checkDocumentFile). */
const OTHER_DOCUMENT_FILE = /\.(?:doc|odt|rtf|pdf|txt)$/i;

export const CHECK_FORMATS = ["pretty", "json", "github", "sarif"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
  format?: CheckFormat;
  outputFile?: string;
  final?: boolean;
  maxWarnings?: string | number;
  config?: string;
  data?: string;
  capTren?: string;
  quiet?: boolean;
  /** Apply the safe fixes to the YAML files in place (a Word file is checked, never changed). */
  fix?: boolean;
  /** Print the safe fixes as a unified diff; change nothing. */
  fixDryRun?: boolean;
  /** Recognises the plan in a Word file, so that the plan rules run on it (default: import's
   * recognition, loaded only when there is a Word file). */
  recognizePlan?: PlanRecognizer;
  /** The worker entry that checks Word files in threads (default: the one beside this module). */
  docxWorker?: URL;
}

/** From this many Word files on, they are checked in worker threads (one per core, at most 4). */
const DOCX_POOL_FROM = 16;

/** Word files: the plan rules run on the plan `import` recognises (loaded only for a .docx). */
const recognizeWithImport: PlanRecognizer = async (doc) => (await import("../import/for-check.js")).recognizeForCheck(doc);
/** Many Word files are checked in worker threads: the entry sits beside this module (and in the bundle). */
const DOCX_WORKER = new URL("./check-docx-worker.js", import.meta.url);

function todayParts(): { year: number; month: number; day: number } {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

function parseMaxWarnings(v: string | number | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = typeof v === "number" ? v : /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0) {
    throw new UsageError(msg("cli.check.badMaxWarnings", { v: String(v) }));
  }
  return n;
}

export async function checkCommand(paths: string[], opts: CheckOptions): Promise<number> {
  const format = opts.format ?? "pretty";
  if (!(CHECK_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(msg("cli.check.unknownFormat", { format, formats: CHECK_FORMATS.join(", ") }));
  }
  const maxWarnings = parseMaxWarnings(opts.maxWarnings);
  if (opts.fix && opts.fixDryRun) {
    throw new UsageError(msg("check.fix.both"));
  }

  const { files, missing } = collectFiles(paths);
  if (missing.length > 0) {
    throw new UsageError(msg("cli.check.notFound", { paths: missing.map((m) => `"${m}"`).join(", ") }),
    );
  }
  if (files.length === 0) {
    throw new UsageError(msg("cli.check.noFiles"));
  }

  // A broken configuration is a setup problem: shown located, exit 2.
  let configs: ConfigResolver;
  try {
    configs = new ConfigResolver({ configFile: opts.config, cwd: process.cwd() });
  } catch (e) {
    if (e instanceof InputError) return configFailed(e);
    throw e;
  }

  const diagnostics: Diagnostic[] = [];
  let rows: DataRow[] | undefined;
  if (opts.data !== undefined) {
    const { loadDataTable } = await import("../load/load-data-table.js");
    try {
      const table = await loadDataTable(opts.data);
      rows = table.rows;
      diagnostics.push(...table.warnings);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      diagnostics.push(...e.diagnostics);
    }
  }

  let parentVars: Record<string, string> | undefined;
  if (opts.capTren !== undefined) {
    const { readParentPlan } = await import("../expand/parent-plan.js");
    try {
      parentVars = readParentPlan(opts.capTren).vars;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      diagnostics.push(...e.diagnostics);
    }
  }

  const today = todayParts();
  const checked: string[] = [];
  const configOf: CheckConfig[] = [];
  for (const f of files) {
    try {
      configOf.push(configs.forFile(f.path));
    } catch (e) {
      if (e instanceof InputError) return configFailed(e);
      throw e;
    }
  }
  const final = Boolean(opts.final);
  const fixing = Boolean(opts.fix || opts.fixDryRun);
  const docxInThread = async (file: string, config: CheckConfig) =>
    (await import("../check/check-docx.js")).checkDocxFile(file, { config, final, today, recognizePlan: opts.recognizePlan ?? recognizeWithImport });
  // Many Word files: checked in worker threads while the plans are checked here.
  const docxIndexes = files.flatMap((f, i) => (DOCX_FILE.test(f.path) ? [i] : []));
  // --fix changes YAML text only: a Word file is checked as it is, and the officer is told so once.
  const documents = files.filter((f) => DOCX_FILE.test(f.path) || (!f.walked && OTHER_DOCUMENT_FILE.test(f.path))).length;
  if (fixing && documents > 0) {
    process.stderr.write(t("check.fix.docxUntouched", { option: opts.fix ? "--fix" : "--fix-dry-run", count: documents }) + "\n");
  }
  const cores = Math.min(4, availableParallelism());
  let pooled: Promise<Map<number, CheckFileResult>> | undefined;
  const docxWorker = opts.docxWorker ?? DOCX_WORKER;
  if (docxIndexes.length >= DOCX_POOL_FROM && cores > 1 && existsSync(fileURLToPath(docxWorker))) {
    const { checkInWorkers } = await import("../check/docx-pool.js");
    const tasks = docxIndexes.map((i, id) => ({ id, file: files[i]!.path, config: configOf[i]!, final, today }));
    pooled = checkInWorkers(docxWorker, cores, tasks, (t) => docxInThread(t.file, t.config)).then((list) => new Map(list.map((r, id) => [docxIndexes[id]!, r])));
  }
  const results: (CheckFileResult | undefined)[] = [];
  for (const [i, f] of files.entries()) {
    const config = configOf[i]!;
    if (DOCX_FILE.test(f.path)) {
      results.push(pooled ? undefined : await docxInThread(f.path, config));
      continue;
    }
    // A .pdf, .txt, .doc, .odt or .rtf is only ever named: folders and globs give .yaml and .docx.
    if (!f.walked && OTHER_DOCUMENT_FILE.test(f.path)) {
      const { checkDocumentFile } = await import("../check/check-docx.js");
      results.push(await checkDocumentFile(f.path, { config, final, today, recognizePlan: opts.recognizePlan ?? recognizeWithImport }));
      continue;
    }
    const fileOpts = { config, final, template: isTemplatePath(f.path), rows, parentVars, today, walked: f.walked };
    let r = await checkFile(f.path, fileOpts);
    // A fixed file is checked again: the report shows what is left.
    if (fixing && !r.skipped && (await fixFile(f.path, r.diagnostics, r.fixes, Boolean(opts.fixDryRun)))) r = await checkFile(f.path, fileOpts);
    results.push(r);
  }
  const fromPool = pooled ? await pooled : undefined;
  for (const [i, f] of files.entries()) {
    const r = results[i] ?? fromPool?.get(i);
    if (!r || r.skipped) continue;
    checked.push(f.path);
    diagnostics.push(...r.diagnostics);
  }

  diagnostics.sort(compareDiagnostics);
  const counts = countSeverities(diagnostics);
  const shown = opts.quiet ? diagnostics.filter((d) => d.severity === "error") : diagnostics;
  // The rule levels shown in SARIF: those of the first file's configuration (usually the only one).
  const reportConfig = checked.length > 0 ? configs.forFile(checked[0]!) : DEFAULT_CONFIG;
  const report: CheckReport = {
    files: checked,
    diagnostics: shown,
    rules: RULES.map((r) => ({ id: r.id, description: r.description, docs: r.docs, level: ruleLevel(r, reportConfig) })),
    cwd: process.cwd(),
    toolVersion: VERSION,
  };

  let text: string;
  if (format === "json") text = (await import("../report/json.js")).formatJson(report);
  else if (format === "github") text = (await import("../report/github.js")).formatGithub(report);
  else if (format === "sarif") text = (await import("../report/sarif.js")).formatSarif(report);
  else {
    const { useColor } = await import("../report/pretty.js");
    text = (await import("../report/pretty-check.js")).formatPretty(report, opts.outputFile ? false : useColor(process.stdout));
  }

  if (opts.outputFile) {
    const { writeFileAtomic, fsErrorReason, removeStaleTempFiles } = await import("../write/write-file-atomic.js");
    const { outputProblems } = await import("../write/output-guard.js");
    // The report never replaces a plan, the data or the configuration it was made from.
    const clash = outputProblems([...files.map((f) => f.path), opts.data, opts.capTren, opts.config, ...configs.files()], [{ target: opts.outputFile, from: "-o" }]);
    if (clash.length > 0) {
      process.stderr.write(`${t("common.error")}: ${t(clash[0]!.message)}\n  ${t(clash[0]!.hint)}\n`);
      return 2;
    }
    try {
      makeDir(dirname(opts.outputFile) || ".");
      removeStaleTempFiles(dirname(opts.outputFile) || ".");
      writeFileAtomic(opts.outputFile, Buffer.from(text, "utf8"));
    } catch (e) {
      if (!(e instanceof OutputError) && !(e as NodeJS.ErrnoException).code) throw e;
      const why = e instanceof OutputError ? t(e.problem) : t("common.cannotWrite", { f: opts.outputFile, why: fsErrorReason(e, opts.outputFile) });
      process.stderr.write(`${t("common.error")}: ${why}\n`);
      return EXIT.usage;
    }
    if (format !== "pretty" || counts.errors + counts.warnings > 0) {
      process.stderr.write(formatSummaryForStderr(checked.length, counts, opts.outputFile) + "\n");
    }
  } else {
    process.stdout.write(text);
  }

  const code = exitForFindings(counts, maxWarnings);
  if (code !== EXIT.ok && counts.errors === 0) process.stderr.write(t("cli.check.tooManyWarnings", { warnings: counts.warnings, maxWarnings: maxWarnings! }) + "\n");
  return code;
}

/** --fix: write the safe fixes (their list on stderr); --fix-dry-run: print them as a unified diff
 * on stdout. Whether the file changed. */
async function fixFile(file: string, diagnostics: Diagnostic[], fixes: import("../check/check-file.js").SourceFix[], dryRun: boolean): Promise<boolean> {
  const { computeFixes, unifiedDiff } = await import("../check/apply-fixes.js");
  const outcome = computeFixes(file, diagnostics, fixes);
  if (outcome.text === undefined) {
    if (outcome.report.length > 0) process.stderr.write(outcome.report.join("\n") + "\n");
    return false;
  }
  if (dryRun) {
    const { readFileSync } = await import("node:fs");
    process.stdout.write(unifiedDiff(file.split(sep).join("/"), readFileSync(file, "utf8"), outcome.text));
    return false;
  }
  const { writeFileAtomic } = await import("../write/write-file-atomic.js");
  writeFileAtomic(file, Buffer.from(outcome.text, "utf8"));
  process.stderr.write(outcome.report.join("\n") + "\n");
  return true;
}

/** A broken configuration file: its diagnostics on stderr, exit 2. */
async function configFailed(e: InputError): Promise<number> {
  const { formatDiagnostics, useColor } = await import("../report/pretty.js");
  process.stderr.write(formatDiagnostics(e.diagnostics, useColor(process.stderr)) + "\n");
  return EXIT.usage;
}

function formatSummaryForStderr(files: number, c: { errors: number; warnings: number }, out: string): string {
  return t("cli.check.reportWritten", { files, errors: c.errors, warnings: c.warnings, file: out.split(sep).join("/") });
}
