// Checking and staging rows in worker threads. Each worker holds a few rows from a shared queue (so
// it never waits for the main thread between rows), expands each, renders it into the stage
// folder, and reports each result. A worker that dies fails its current row only; if none is left,
// the rest is done here. The main thread steers the workers through shared memory (CONTROL).
import { Worker } from "node:worker_threads";
import { getLang, msg, t } from "../i18n/i18n.js";
import type { ValidatedPlan } from "../validate/validate-plan.js";
import type { FormatName } from "../write/writers.js";
import { OPEN_GATE, stageRow, type RowGate, type RowResult, type RowTask } from "./stage-row.js";
import type { WorkerSetup } from "./worker.js";

/** The worker entry, next to this module both in dist/ (compiled) and as installed. */
export const WORKER_URL = new URL("./worker.js", import.meta.url);

interface Slot {
  worker: Worker;
  /** Tasks sent and not yet answered, oldest first (a worker answers in order). */
  tasks: RowTask[];
  alive: boolean;
}

/**
 * A worker's heap, capped: left alone, V8 lets each worker's heap grow with the garbage of
 * thousands of documents (peak RSS 270 MB for 3,000 rows with two workers); capped, a worker stays
 * near 40 MB at no measurable cost in speed. A plan needs a few MB.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 } as const;

/** Tasks kept in flight per worker, so that it never waits for the main thread between rows. */
const IN_FLIGHT = 4;

/** The cells of the shared Int32Array: the batch stops; only check; slot k is writing. */
export const CONTROL = { stop: 0, checkOnly: 1, busy: (slot: number) => 2 + slot } as const;

export class RenderPool {
  private readonly slots: Slot[];
  private readonly control: Int32Array;
  /** What run() does when a worker dies; a worker that dies before run() is just marked dead. */
  private onLost?: (slot: Slot, why: string) => void;

  constructor(
    template: { path: string; text: string },
    private readonly format: FormatName,
    size: number,
  ) {
    this.control = new Int32Array(new SharedArrayBuffer(4 * CONTROL.busy(size)));
    const setup = (slot: number): WorkerSetup => ({ templatePath: template.path, templateText: template.text, format, lang: getLang(), control: this.control, slot });
    this.slots = Array.from({ length: size }, (_, k) => ({ worker: new Worker(WORKER_URL, { workerData: setup(k), resourceLimits: WORKER_HEAP }), tasks: [], alive: true }));
    for (const slot of this.slots) {
      // An idle worker must not keep the process alive.
      slot.worker.unref();
      const lost = (why: string) => {
        if (!slot.alive) return;
        slot.alive = false;
        this.onLost?.(slot, why);
      };
      slot.worker.on("error", (e) => lost(e instanceof Error ? e.message : String(e)));
      slot.worker.on("exit", (code) => lost(`exit ${code}`));
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** From now on the workers only check the rows they are given: the batch will write nothing. */
  checkOnly(): void {
    Atomics.store(this.control, CONTROL.checkOnly, 1);
  }

  /** Check and stage every task; `onResult` is called once per task, in completion order. */
  run(tasks: readonly RowTask[], fallback: ValidatedPlan, onResult: (r: RowResult) => void): Promise<void> {
    const queue = [...tasks];
    let pending = tasks.length;
    return new Promise<void>((resolve) => {
      if (pending === 0) return resolve();
      const finish = (r: RowResult) => {
        onResult(r);
        pending--;
        if (pending === 0) {
          this.onLost = undefined;
          resolve();
        }
      };
      const feed = (slot: Slot) => {
        while (slot.alive && slot.tasks.length < IN_FLIGHT && queue.length > 0) {
          const next = queue.shift()!;
          slot.tasks.push(next);
          slot.worker.postMessage(next);
        }
        if (slot.alive && slot.tasks.length > 0) slot.worker.ref();
        else slot.worker.unref();
      };
      let here = false;
      const renderHere = async () => {
        // No worker left: the main thread does what remains.
        if (here) return;
        here = true;
        const gate: RowGate = { ...OPEN_GATE, rendering: () => Atomics.load(this.control, CONTROL.checkOnly) === 0 };
        while (queue.length > 0) finish((await stageRow(fallback, queue.shift()!, this.format, gate))!);
      };
      this.onLost = (slot, why) => {
        // The row being rendered fails; rows only queued go back to the shared queue.
        const [current, ...queued] = slot.tasks;
        slot.tasks = [];
        queue.unshift(...queued);
        if (current) {
          finish({
            index: current.index,
            problems: [],
            staged: false,
            failure: [{ severity: "error", file: t(current.label), line: 0, column: 0, message: msg("batch.workerCrash", { why }), code: "internal" }],
          });
        }
        if (this.slots.some((s) => s.alive)) this.slots.forEach(feed);
        else void renderHere();
      };
      for (const slot of this.slots) {
        slot.worker.removeAllListeners("message");
        slot.worker.on("message", (r: RowResult) => {
          slot.tasks = slot.tasks.filter((t) => t.index !== r.index);
          finish(r);
          feed(slot);
        });
      }
      if (this.slots.some((s) => s.alive)) this.slots.forEach(feed);
      else void renderHere();
    });
  }

  /**
   * Stop at once (the process is exiting: Ctrl-C): no worker starts another write, and this
   * returns when the writes under way have finished (at most `waitMs`), so that the stage folder
   * can be removed. Synchronous, for an "exit" listener.
   */
  stopNow(waitMs = 2000): void {
    Atomics.store(this.control, CONTROL.stop, 1);
    const until = Date.now() + waitMs;
    for (let k = 0; k < this.slots.length; k++) {
      while (Atomics.load(this.control, CONTROL.busy(k)) === 1) {
        const left = until - Date.now();
        if (left <= 0) return;
        Atomics.wait(this.control, CONTROL.busy(k), 1, left);
      }
    }
  }

  async close(): Promise<void> {
    this.onLost = undefined;
    for (const s of this.slots) s.alive = false;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
