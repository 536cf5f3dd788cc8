// Checking many Word files in worker threads: reading a .docx and recognising its plan costs
// 10–25 ms a file, so a folder of a thousand is split over the cores. Each worker keeps two files
// in flight. A worker that dies hands its files back to be checked here, in the main thread.
import { Worker } from "node:worker_threads";
import { getLang } from "../i18n/i18n.js";
import type { CheckFileResult } from "./check-file.js";
import type { CheckConfig } from "./config.js";

export interface DocxTask {
  id: number;
  file: string;
  config: CheckConfig;
  final: boolean;
  today: { year: number; month: number; day: number };
}

export type DocxTaskResult = { id: number; result: CheckFileResult } | { id: number; error: string };

/** Worker heaps capped, as batch's; a young generation of 32 MB keeps the collector from running
 * for every file (a Word file and its recognised plan make a few MB of garbage). */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 128 } as const;
const IN_FLIGHT = 2;

/** Check `tasks` with `size` workers; `inThread` checks a file here when a worker is lost. */
export async function checkInWorkers(workerUrl: URL, size: number, tasks: DocxTask[], inThread: (t: DocxTask) => Promise<CheckFileResult>): Promise<CheckFileResult[]> {
  const results: CheckFileResult[] = new Array(tasks.length);
  const queue = [...tasks];
  const orphans: DocxTask[] = [];
  let failure: Error | undefined;
  await Promise.all(
    Array.from({ length: size }, () => {
      const worker = new Worker(workerUrl, { workerData: { lang: getLang() }, resourceLimits: WORKER_HEAP });
      const sent = new Map<number, DocxTask>();
      return new Promise<void>((resolve) => {
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          void worker.terminate();
          resolve();
        };
        const feed = () => {
          while (sent.size < IN_FLIGHT && queue.length > 0 && !failure) {
            const t = queue.shift()!;
            sent.set(t.id, t);
            worker.postMessage(t);
          }
          if (sent.size === 0) finish();
        };
        worker.on("message", (m: DocxTaskResult) => {
          sent.delete(m.id);
          if ("error" in m) failure ??= new Error(m.error);
          else results[m.id] = m.result;
          feed();
        });
        const lost = () => {
          orphans.push(...sent.values());
          sent.clear();
          finish();
        };
        worker.on("error", lost);
        worker.on("exit", lost);
        feed();
      });
    }),
  );
  if (failure) throw failure;
  // Files of a lost worker, and any left in the queue when every worker was lost.
  for (const t of [...orphans, ...queue]) results[t.id] = await inThread(t);
  return results;
}
