// The one safety check every command runs on its outputs before it writes anything: an output is
// never one of the run's inputs, and no two outputs of one run land on the same file. Paths are
// compared as the file system sees them (device + inode of what exists, the real path of the
// folder for what does not yet), not as they are spelled: "out.docx" may be a link to the plan,
// "same/plan.yaml" may reach the plan through a linked folder.
import { lstatSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { type Message, msg } from "../i18n/i18n.js";

/** device:inode of an existing file (links followed), or undefined. */
function identity(path: string): string | undefined {
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    return st ? `${st.dev}:${st.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/** Where a path is, or will be: the real path of its deepest existing folder, then the rest. */
export function realTarget(path: string): string {
  const abs = resolve(path);
  const rest: string[] = [];
  let cur = abs;
  for (let i = 0; i < 256; i++) {
    try {
      return join(realpathSync(cur), ...rest.reverse());
    } catch {
      const up = dirname(cur);
      if (up === cur) break;
      rest.push(basename(cur));
      cur = up;
    }
  }
  return abs;
}

export interface OutputProblem {
  /** The output is one of the inputs, or shares its file with an earlier output. */
  kind: "input" | "clash";
  /** The output the problem is about. */
  target: string;
  /** The input it would overwrite. */
  input?: string;
  message: Message;
  hint: Message;
}

/**
 * Problems of a run's planned outputs against its inputs and each other; empty when all is well.
 * `outputs` pairs each target with what it comes from (for the message).
 */
export function outputProblems(inputs: readonly (string | undefined)[], outputs: readonly { target: string; from: string }[]): OutputProblem[] {
  const problems: OutputProblem[] = [];
  const inputIds = new Map<string, string>();
  for (const input of inputs) {
    if (!input) continue;
    const id = identity(input);
    if (id) inputIds.set(id, input);
    inputIds.set(`path:${realTarget(input)}`, input);
  }
  const seen = new Map<string, { target: string; from: string }>();
  for (const o of outputs) {
    // Devices (/dev/null, /dev/stdout) are written into, never replaced: any number may share one.
    let st;
    try {
      st = statSync(o.target, { throwIfNoEntry: false });
    } catch {
      // a path through a file, a loop: the write itself says why it fails
    }
    if (st && !st.isFile() && !st.isDirectory()) continue;
    const id = identity(o.target);
    const key = `path:${realTarget(o.target)}`;
    const input = (id && inputIds.get(id)) ?? inputIds.get(key);
    if (input !== undefined) {
      problems.push({ kind: "input", target: o.target, input, message: msg("output.isInput", { target: o.target, input }), hint: msg("output.isInputHint") });
      continue;
    }
    const before = (id && seen.get(id)) || seen.get(key);
    if (before) {
      problems.push({ kind: "clash", target: o.target, message: msg("output.clash", { target: o.target, a: before.from, b: o.from }), hint: msg("output.clashHint") });
      continue;
    }
    if (id) seen.set(id, o);
    seen.set(key, o);
  }
  return problems;
}

/**
 * Whether `path` is a symbolic link that a write must not go through: one to a file, a folder or
 * nothing. A link to a device (/dev/stdout, /dev/null) is written into, like the device itself.
 */
export function isLinkNotToDevice(path: string): boolean {
  try {
    if (!lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) return false;
    const st = statSync(path, { throwIfNoEntry: false });
    return !st || st.isFile() || st.isDirectory();
  } catch {
    return false; // the path cannot be reached: the write says why
  }
}
