// Worker thread entry for `check` on many Word files (started by ../check/docx-pool.ts, found
// beside this command's module both in dist/ and in the bundle). Each task is one file: read it,
// run the layout rules and the plan rules on the recognised plan, send the diagnostics back.
import { parentPort, workerData } from "node:worker_threads";
import { checkDocxFile } from "../check/check-docx.js";
import type { DocxTask, DocxTaskResult } from "../check/docx-pool.js";
import { setLang, type Lang } from "../i18n/i18n.js";
import { recognizeForCheck } from "../import/for-check.js";

setLang((workerData as { lang: Lang }).lang);
const port = parentPort!;

// Files are checked one after the other, in the order they arrive.
let chain = Promise.resolve();
port.on("message", (task: DocxTask) => {
  chain = chain.then(async () => {
    let answer: DocxTaskResult;
    try {
      answer = { id: task.id, result: await checkDocxFile(task.file, { config: task.config, final: task.final, today: task.today, recognizePlan: recognizeForCheck }) };
    } catch (e) {
      answer = { id: task.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(answer);
  });
});
