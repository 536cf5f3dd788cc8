import type { Diagnostic } from "./diagnostic.js";

/** Bad input: the user can fix it. The CLI prints the diagnostics and exits 1. */
export class InputError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join("\n"));
    this.name = "InputError";
    this.diagnostics = diagnostics;
  }
}

/** Wrong use of the command line: exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** A problem writing output (folder missing, read-only, disk full): exit 1, no stack trace. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputError";
  }
}
