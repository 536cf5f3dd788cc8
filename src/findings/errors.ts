// The three ways a command fails. Each carries message ids, translated where it is printed.
import { type Message, t } from "../i18n/i18n.js";
import { placeOf, type Diagnostic } from "./diagnostic.js";

/** Bad input: the user can fix it. The CLI prints the diagnostics and exits 1. */
export class InputError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${placeOf(d)}: ${t(d.message)}`).join("\n"));
    this.name = "InputError";
    this.diagnostics = diagnostics;
  }
}

/** Wrong use of the command line: exit 2. */
export class UsageError extends Error {
  readonly problem: Message;
  constructor(problem: Message) {
    super(t(problem));
    this.name = "UsageError";
    this.problem = problem;
  }
}

/** A problem writing output (folder missing, read-only, disk full): exit 1, no stack trace. */
export class OutputError extends Error {
  readonly problem: Message;
  constructor(problem: Message) {
    super(t(problem));
    this.name = "OutputError";
    this.problem = problem;
  }
}
