// Inline marks inside a string: ***bold italic***, **bold**, *italic*. Unmatched stars stay text.
// A mark opens only where a word starts (not after a letter or digit, and before a character that
// is neither a space nor a closing bracket) and closes only where a word ends (after a non-space,
// not before a letter or digit): "2*3*4", "(*)" and "a * b * c" are text, not italics.
import { unprotect } from "../text/stand-ins.js";
import type { Run } from "./nodes.js";

const OPEN = String.raw`(?<![\p{L}\p{N}*])`;
const START = String.raw`(?=[^\s*)\]}])`;
const END = String.raw`(?<=[^\s*])`;
const CLOSE = String.raw`(?![\p{L}\p{N}*])`;
const mark = (stars: string) => `${OPEN}${stars}${START}(.+?)${END}${stars}${CLOSE}`;
const MARKS = new RegExp([mark("\\*\\*\\*"), mark("\\*\\*"), mark("\\*")].join("|"), "gsu");

export function parseInline(text: string, base: Omit<Run, "text"> = {}): Run[] {
  const runs: Run[] = [];
  const push = (t: string, extra: Omit<Run, "text">) => {
    if (t === "") return;
    const run: Run = { text: unprotect(t) };
    if (base.bold || extra.bold) run.bold = true;
    if (base.italic || extra.italic) run.italic = true;
    const prev = runs[runs.length - 1];
    if (prev && !!prev.bold === !!run.bold && !!prev.italic === !!run.italic) prev.text += run.text;
    else runs.push(run);
  };
  let last = 0;
  for (const m of text.matchAll(MARKS)) {
    push(text.slice(last, m.index), {});
    if (m[1] !== undefined) push(m[1], { bold: true, italic: true });
    else if (m[2] !== undefined) push(m[2], { bold: true });
    else push(m[3] ?? "", { italic: true });
    last = (m.index ?? 0) + m[0].length;
  }
  push(text.slice(last), {});
  return runs;
}

