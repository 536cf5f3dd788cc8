// kehoach render <plan.yaml…>: each plan to one .docx (or .txt, or .pdf), written atomically beside
// it or under --out. Every plan is tried; the exit code is 1 if any failed. For PDF every plan is
// rendered to a .docx first, then all of them are converted by one LibreOffice run.
import { existsSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { InputError, OutputError, UsageError } from "../findings/errors.js";
import { msg, t } from "../i18n/i18n.js";
import { readParentPlan } from "../expand/parent-plan.js";
import { PARENT_PREFIX } from "../text/reserved-names.js";
import { renderPlanFile } from "../pipeline.js";
import { formatDiagnostics, useColor } from "../report/pretty.js";
import { outputProblems } from "../write/output-guard.js";
import type { PdfStage } from "../write/pdf/pdf-stage.js";
import { removeStaleTempFiles, writeFileAtomic } from "../write/write-file-atomic.js";
import { extensionOf, writerFormat, type OutputFormat } from "../write/writers.js";
import { errorLine, EXIT } from "./exit.js";

export interface RenderOptions {
  out?: string;
  format: OutputFormat;
  stdout?: boolean;
  /** The parent plan, whose number, date and agency fill {{cap_tren.…}}. */
  capTren?: string;
}

function targetFor(file: string, opts: RenderOptions, many: boolean): string {
  const ext = extensionOf(opts.format);
  const name = basename(file, extname(file)) + ext;
  if (!opts.out) return join(dirname(file), name);
  const isDir = many || opts.out.endsWith("/") || opts.out.endsWith("\\") || (existsSync(opts.out) && statSync(opts.out).isDirectory());
  return isDir ? join(opts.out, name) : opts.out;
}

export async function renderCommand(files: string[], opts: RenderOptions): Promise<number> {
  if (opts.stdout && files.length > 1) {
    throw new UsageError(msg("cli.render.stdoutOneFile"));
  }
  if (opts.out && files.length > 1 && existsSync(opts.out) && !statSync(opts.out).isDirectory()) {
    throw new UsageError(msg("cli.render.outNotFolder"));
  }
  if (opts.out?.includes("\\") && process.platform !== "win32") {
    throw new UsageError(msg("cli.render.backslash", { out: opts.out }));
  }
  const color = useColor(process.stderr);
  // PDF: find LibreOffice before anything is rendered, so a missing soffice writes nothing.
  let stage: PdfStage | undefined;
  if (opts.format === "pdf") {
    const { PdfStage } = await import("../write/pdf/pdf-stage.js");
    try {
      stage = new PdfStage();
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      process.stderr.write(errorLine(e.problem) + "\n");
      return EXIT.input;
    }
  }
  try {
    return await renderAll(files, opts, stage, color);
  } finally {
    stage?.dispose();
  }
}

async function renderAll(files: string[], opts: RenderOptions, stage: PdfStage | undefined, color: boolean): Promise<number> {
  let vars: Record<string, unknown> | undefined;
  if (opts.capTren) {
    try {
      vars = { [PARENT_PREFIX]: readParentPlan(opts.capTren).vars };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(formatDiagnostics(e.diagnostics, color) + "\n");
      return EXIT.input;
    }
  }
  // Every target (for PDF, the .pdf) is known from the names alone: refuse before writing anything
  // if one of them is an input, or two plans would be written to one file.
  const targets = new Map(files.map((f) => [f, targetFor(f, opts, files.length > 1)]));
  if (!opts.stdout) {
    const problems = outputProblems([...files, opts.capTren], files.map((f) => ({ target: targets.get(f)!, from: f })));
    if (problems.length > 0) {
      for (const p of problems) process.stderr.write(`${t("common.error")}: ${t(p.message)}\n  ${t(p.hint)}\n`);
      return 1;
    }
    for (const dir of new Set([...targets.values()].map((t) => dirname(t)))) removeStaleTempFiles(dir);
  }
  let failed = 0;
  const report = (e: unknown) => {
    if (e instanceof InputError) process.stderr.write(formatDiagnostics(e.diagnostics, color) + "\n");
    else if (e instanceof OutputError) process.stderr.write(errorLine(e.problem) + "\n");
    else throw e;
    failed++;
  };
  /** PDF only: the staged .docx of each plan that rendered, and where its PDF goes. */
  const staged: { docx: string; target?: string }[] = [];
  for (const file of files) {
    // Let a pending Ctrl-C through between plans: each write itself is synchronous and atomic.
    await new Promise<void>((done) => setImmediate(done));
    try {
      const r = await renderPlanFile(file, writerFormat(opts.format), { vars });
      if (r.warnings.length > 0) process.stderr.write(formatDiagnostics(r.warnings, color) + "\n");
      // The targets were checked above (for PDF: the .pdf files, written after the conversion).
      const target = opts.stdout ? undefined : targets.get(file)!;
      if (stage) staged.push({ docx: stage.add(r.output), target });
      else if (target === undefined) process.stdout.write(r.output);
      else {
        writeFileAtomic(target, r.output);
        process.stderr.write(t("common.written", { f: target }) + "\n");
      }
    } catch (e) {
      report(e);
    }
  }
  if (stage && staged.length > 0) {
    // One LibreOffice run for every plan; if it fails, no PDF is written at all.
    try {
      if (staged.length > 1) process.stderr.write(t("pdf.converting", { count: staged.length }) + "\n");
      await stage.convert();
      for (const s of staged) {
        try {
          if (s.target === undefined) process.stdout.write(stage.pdfOf(s.docx, "stdout"));
          else {
            stage.writeTo(s.docx, s.target);
            process.stderr.write(t("common.written", { f: s.target }) + "\n");
          }
        } catch (e) {
          report(e);
        }
      }
    } catch (e) {
      report(e);
      failed += staged.length - 1;
    }
  }
  if (failed > 0) {
    process.stderr.write(t("cli.render.failed", { failed, length: files.length }) + "\n");
    return EXIT.input;
  }
  return EXIT.ok;
}
