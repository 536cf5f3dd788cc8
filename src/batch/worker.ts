// Worker thread entry for large batches (resolved from dist/ as ./worker.js next to render-pool.js).
// It reads the template once from the text the main thread sends, then renders and writes the
// rows it is given, one at a time, and reports each outcome.
import { parentPort, workerData } from "node:worker_threads";
import { type Lang, setLang } from "../i18n/i18n.js";
import { SourceFile } from "../findings/source-file.js";
import { readPlanSource } from "../pipeline.js";
import type { FormatName } from "../write/writers.js";
import { renderRow, type RowTask, type WriteGuard } from "./render-row.js";

export interface WorkerSetup {
  templatePath: string;
  templateText: string;
  format: FormatName;
  lang: Lang;
  /** Shared with the main thread: [0] = 1 once the batch stops; [1 + slot] = 1 while writing. */
  control: Int32Array;
  slot: number;
}

const setup = workerData as WorkerSetup;
setLang(setup.lang);
const template = readPlanSource(new SourceFile(setup.templatePath, setup.templateText));
const port = parentPort!;

const { control, slot } = setup;
const guard: WriteGuard = {
  // Marked busy first, then the stop flag checked: the main thread, which sets the flag and then
  // waits for busy slots, never misses a write that has started.
  begin: () => {
    Atomics.store(control, 1 + slot, 1);
    if (Atomics.load(control, 0) === 0) return true;
    guard.end();
    return false;
  },
  end: () => {
    Atomics.store(control, 1 + slot, 0);
    Atomics.notify(control, 1 + slot);
  },
};

// Rows are handled one after the other, in the order they arrive.
let chain = Promise.resolve();
port.on("message", (task: RowTask) => {
  chain = chain.then(async () => {
    const out = await renderRow(template, task, setup.format, guard);
    if (out) port.postMessage(out);
  });
});
