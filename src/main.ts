#!/usr/bin/env node
// bin entry: the exit code comes from run(); a crash is exit 2, with a stack trace only with --debug.
import { handleError, run } from "./cli.js";
import { t } from "./i18n/i18n.js";
import { removePendingTempFiles } from "./write/write-file-atomic.js";

// Ctrl-C or a kill: drop half-written temporary files; finished files stay as they are.
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  process.on(signal, () => {
    // A command that handles the signal itself (kehoach xem closes its server) stops on its own.
    if (process.listenerCount(signal) > 1) return;
    removePendingTempFiles();
    process.stderr.write(`\n${t("cli.stopped")}\n`);
    process.exit(code);
  });
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (e) {
  process.exitCode = handleError(e, process.argv.includes("--debug"));
} finally {
  removePendingTempFiles();
}
