// The one mapping from what a command met to its exit code: 0 all went well; 1 bad input (the
// user's files: InputError, OutputError, findings of severity error); 2 wrong use of the command
// line (UsageError, commander's errors), a broken setup, or a crash.
import { CommanderError } from "commander";
import { InputError, OutputError, UsageError } from "../findings/errors.js";
import { type Message, t } from "../i18n/i18n.js";

export const EXIT = { ok: 0, input: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const HELP_CODES = new Set(["commander.helpDisplayed", "commander.version", "commander.help"]);

/** The exit code for a failure a command can meet; undefined for anything else (a crash). */
export function exitCodeOf(e: unknown): ExitCode | undefined {
  if (e instanceof CommanderError) return HELP_CODES.has(e.code) ? EXIT.ok : EXIT.usage;
  if (e instanceof UsageError) return EXIT.usage;
  if (e instanceof InputError || e instanceof OutputError) return EXIT.input;
  return undefined;
}

/** The exit code for what a run found: 1 with an error, or with more warnings than allowed. */
export function exitForFindings(counts: { errors: number; warnings: number }, maxWarnings?: number): ExitCode {
  if (counts.errors > 0) return EXIT.input;
  if (maxWarnings !== undefined && counts.warnings > maxWarnings) return EXIT.input;
  return EXIT.ok;
}

/** "lỗi: …" / "error: …": a problem that is not located in a file. */
export function errorLine(problem: Message): string {
  return `${t("common.error")}: ${t(problem)}`;
}
