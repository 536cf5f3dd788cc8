// kehoach batch: command-line options → runBatch (src/batch/run-batch.ts).
import { parseJobs, runBatch } from "../batch/run-batch.js";
import type { OutputFormat } from "../write/writers.js";

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
