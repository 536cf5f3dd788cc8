#!/usr/bin/env node
// bin entry: the exit code comes from run(); a crash is exit 2, with a stack trace only with --debug.
import { handleError, run } from "./cli.js";
import { fsReason } from "./findings/fs-reasons.js";
import { t } from "./i18n/i18n.js";
import { removePendingTempFiles } from "./write/write-file-atomic.js";

// Ctrl-C, a kill or a closed terminal (SIGHUP): drop half-written temporary files; finished files
// stay as they are.
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]] as const) {
  process.on(signal, () => {
    // A command that handles the signal itself (kehoach xem closes its server) stops on its own.
    if (process.listenerCount(signal) > 1) return;
    removePendingTempFiles();
    process.stderr.write(`\n${t("cli.stopped")}\n`);
    process.exit(code);
  });
}

// Standard output that cannot take what is written: a reader that stopped (`| head`: EPIPE) is
// not an error — the rest is simply not wanted; a full disk or a closed descriptor is, said once
// (exit 2, as for a report that cannot be written). Never Node's "Unhandled 'error' event".
let stdoutFailed = false;
process.stderr.on("error", () => {
  // nowhere left to say anything: the exit code says it
});
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (stdoutFailed) return;
  stdoutFailed = true;
  removePendingTempFiles();
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  try {
    process.stderr.write(`${t("common.error")}: ${t("output.stdoutFailed", { why: fsReason(e.code, "write", e.message) })}\n`);
  } catch {
    // stderr is gone too: the exit code says it
  }
  process.exit(2);
});

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (e) {
  process.exitCode = handleError(e, process.argv.includes("--debug"));
} finally {
  removePendingTempFiles();
}
