// kehoach import <file…>: each Word/PDF/text plan → a YAML plan beside it (or -o FILE, --out DIR,
// --stdout). Corrections are noted in the YAML and printed; warnings go through the findings layer
// and are printed as file:¶N with the quoted paragraph. Nothing is written for a file that cannot be read, and an input is never
// overwritten. Every file is tried; the exit code is 1 if any failed.
import { basename, dirname, extname, join, resolve } from "node:path";
import { InputError, OutputError, UsageError } from "../findings/errors.js";
import { msg, t } from "../i18n/i18n.js";
import { recognizePlan, type RecognizedPlan } from "../import/recognize.js";
import { correctionComment, importMessage, writePlanYaml } from "../import/write-yaml.js";
import { locate } from "../findings/locate.js";
import { readDocumentFile } from "../read/read-file.js";
import { formatDiagnostics, useColor } from "../report/pretty.js";
import { makeDir } from "../write/make-dir.js";
import { writeFileAtomic } from "../write/write-file-atomic.js";
import { errorLine, EXIT } from "./exit.js";

export interface ImportOptions {
  output?: string;
  out?: string;
  stdout?: boolean;
}

function targetFor(file: string, opts: ImportOptions): string {
  const name = `${basename(file, extname(file))}.yaml`;
  if (opts.output) return opts.output;
  if (opts.out) return join(opts.out, name);
  return join(dirname(file), name);
}

/** What the user reads on stderr: corrections (file:¶N: sửa: …), then the warnings, located by
 * the findings layer (file:¶N, the quoted paragraph) and printed as every command prints findings. */
export function importReport(file: string, r: RecognizedPlan, color = false): string[] {
  const lines: string[] = [];
  for (const c of r.corrections) lines.push(`${file}:¶${c.paragraph}: ${correctionComment(c).trim()}`);
  const warnings = r.findings.map((f) => locate({ paragraph: f.paragraph, quote: f.quote, message: importMessage(f.id, f.params) }, { file }, { code: "import", severity: "warning" }));
  if (warnings.length) lines.push(formatDiagnostics(warnings, color));
  return lines;
}

function count(r: RecognizedPlan): { sections: number; items: number } {
  let items = 0;
  const walk = (blocks: unknown[] | undefined) => {
    for (const b of blocks ?? []) {
      if (b && typeof b === "object" && ("ten" in b || "doan" in b)) items++;
      if (b && typeof b === "object" && "noi_dung" in b) walk((b as { noi_dung?: unknown[] }).noi_dung);
    }
  };
  for (const m of r.plan.muc) walk(m.noi_dung);
  return { sections: r.plan.muc.length, items };
}

export async function importCommand(files: string[], opts: ImportOptions): Promise<number> {
  if (opts.output && opts.out) throw new UsageError(msg("import.usage.outAndDir"));
  if (opts.stdout && files.length > 1) throw new UsageError(msg("import.usage.stdoutOne"));
  if (opts.output && files.length > 1) throw new UsageError(msg("import.usage.outOne"));
  const color = useColor(process.stderr);
  const inputs = new Set(files.map((f) => resolve(f)));
  const written = new Set<string>();
  let failed = 0;
  for (const file of files) {
    await new Promise<void>((done) => setImmediate(done));
    try {
      const doc = await readDocumentFile(file);
      const r = recognizePlan(doc);
      const yaml = writePlanYaml(r, basename(file));
      const report = importReport(file, r, color);
      if (report.length) process.stderr.write(`${report.join("\n")}\n`);
      if (opts.stdout) {
        process.stdout.write(yaml);
      } else {
        const target = targetFor(file, opts);
        if (inputs.has(resolve(target))) throw new OutputError(msg("import.error.sameAsInput", { file: target }));
        // Two inputs with the same name (a/x.docx, b/x.pdf) must not overwrite each other in --out.
        if (written.has(resolve(target))) throw new OutputError(msg("import.error.sameTarget", { file: target }));
        written.add(resolve(target));
        if (opts.out) makeDir(opts.out);
        writeFileAtomic(target, yaml);
        process.stderr.write(`${t(msg("import.written", { file: target }))}\n`);
      }
      const n = count(r);
      process.stderr.write(
        `${t(msg("import.summary", { file, sections: n.sections, items: n.items, corrections: r.corrections.length, warnings: r.findings.length }))}\n`,
      );
    } catch (e) {
      if (e instanceof InputError) process.stderr.write(formatDiagnostics(e.diagnostics, color) + "\n");
      else if (e instanceof OutputError) process.stderr.write(`${errorLine(e.problem)}\n`);
      else throw e;
      failed++;
    }
  }
  return failed > 0 ? EXIT.input : EXIT.ok;
}
