// kehoach render <plan.yaml…>: each plan to one .docx (or .txt), written atomically beside it or
// under --out. Every plan is tried; the exit code is 1 if any failed.
import { existsSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { InputError, OutputError, UsageError } from "../findings/errors.js";
import { msg, t } from "../i18n/i18n.js";
import { readParentPlan } from "../expand/parent-plan.js";
import { PARENT_PREFIX } from "../text/reserved-names.js";
import { renderPlanFile } from "../pipeline.js";
import { formatDiagnostics, useColor } from "../report/pretty.js";
import { writeFileAtomic } from "../write/write-file-atomic.js";
import { WRITERS, type FormatName } from "../write/writers.js";

export interface RenderOptions {
  out?: string;
  format: FormatName;
  stdout?: boolean;
  /** The parent plan, whose number, date and agency fill {{cap_tren.…}}. */
  capTren?: string;
}

function targetFor(file: string, opts: RenderOptions, many: boolean): string {
  const ext = WRITERS[opts.format].extension;
  const name = basename(file, extname(file)) + ext;
  if (!opts.out) return join(dirname(file), name);
  const isDir = many || opts.out.endsWith("/") || opts.out.endsWith("\\") || (existsSync(opts.out) && statSync(opts.out).isDirectory());
  return isDir ? join(opts.out, name) : opts.out;
}

export async function renderCommand(files: string[], opts: RenderOptions): Promise<number> {
  if (opts.stdout && files.length > 1) {
    throw new UsageError(msg("cli.render.stdoutTakesASingle"));
  }
  if (opts.out && files.length > 1 && existsSync(opts.out) && !statSync(opts.out).isDirectory()) {
    throw new UsageError(msg("cli.render.withSeveralPlansOut"));
  }
  if (opts.out?.includes("\\") && process.platform !== "win32") {
    throw new UsageError(msg("cli.render.thePathHasA", { out: opts.out }),
    );
  }
  const color = useColor(process.stderr);
  let vars: Record<string, unknown> | undefined;
  if (opts.capTren) {
    try {
      vars = { [PARENT_PREFIX]: readParentPlan(opts.capTren).vars };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(formatDiagnostics(e.diagnostics, color) + "\n");
      return 1;
    }
  }
  let failed = 0;
  for (const file of files) {
    // Let a pending Ctrl-C through between plans: each write itself is synchronous and atomic.
    await new Promise<void>((done) => setImmediate(done));
    try {
      const r = await renderPlanFile(file, opts.format, { vars });
      if (r.warnings.length > 0) process.stderr.write(formatDiagnostics(r.warnings, color) + "\n");
      if (opts.stdout) {
        process.stdout.write(r.output);
      } else {
        const target = targetFor(file, opts, files.length > 1);
        if (resolve(target) === resolve(file)) {
          throw new OutputError(msg("cli.render.theOutputIsThe", { target }),
          );
        }
        writeFileAtomic(target, r.output);
        process.stderr.write(t("common.written", { f: target }) + "\n");
      }
    } catch (e) {
      if (e instanceof InputError) process.stderr.write(formatDiagnostics(e.diagnostics, color) + "\n");
      else if (e instanceof OutputError) process.stderr.write(`${t("batch.error")}: ${t(e.problem)}\n`);
      else throw e;
      failed++;
    }
  }
  if (failed > 0) {
    process.stderr.write(t("cli.render.ofPlansFailed", { failed, length: files.length }) + "\n");
    return 1;
  }
  return 0;
}
