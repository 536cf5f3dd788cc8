#!/usr/bin/env node
// bin entry: the exit code comes from run(); a crash is exit 2, with a stack trace only with --debug.
import { handleError, run } from "./cli.js";

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (e) {
  process.exitCode = handleError(e, process.argv.includes("--debug"));
}
