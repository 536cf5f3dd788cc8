// Worker thread entry for large batches (resolved from dist/ as ./worker.js next to render-pool.js).
// It reads the template once from the text the main thread sends, then checks and stages the rows
// it is given (stage-row.ts), one at a time, and reports each result.
import { parentPort, workerData } from "node:worker_threads";
import { type Lang, setLang } from "../i18n/i18n.js";
import { SourceFile } from "../findings/source-file.js";
import { readPlanSource } from "../pipeline.js";
import type { FormatName } from "../write/writers.js";
import { CONTROL } from "./render-pool.js";
import { stageRow, type RowGate, type RowTask } from "./stage-row.js";

export interface WorkerSetup {
  templatePath: string;
  templateText: string;
  format: FormatName;
  lang: Lang;
  /** Shared with the main thread, cells named by CONTROL. */
  control: Int32Array;
  slot: number;
}

const setup = workerData as WorkerSetup;
setLang(setup.lang);
const template = readPlanSource(new SourceFile(setup.templatePath, setup.templateText));
const port = parentPort!;

const { control, slot } = setup;
const gate: RowGate = {
  rendering: () => Atomics.load(control, CONTROL.checkOnly) === 0,
  // Marked busy first, then the stop flag checked: the main thread, which sets the flag and then
  // waits for busy slots, never misses a write that has started.
  begin: () => {
    Atomics.store(control, CONTROL.busy(slot), 1);
    if (Atomics.load(control, CONTROL.stop) === 0) return true;
    gate.end();
    return false;
  },
  end: () => {
    Atomics.store(control, CONTROL.busy(slot), 0);
    Atomics.notify(control, CONTROL.busy(slot));
  },
};

// Rows are handled one after the other, in the order they arrive.
let chain = Promise.resolve();
port.on("message", (task: RowTask) => {
  chain = chain.then(async () => {
    const out = await stageRow(template, task, setup.format, gate);
    if (out) port.postMessage(out);
  });
});
