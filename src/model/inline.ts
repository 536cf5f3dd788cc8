// Inline marks inside a string: ***bold italic***, **bold**, *italic*. Unmatched stars stay text.
import { unprotect } from "../text/stand-ins.js";
import type { Run } from "./nodes.js";

const MARKS = /\*\*\*(.+?)\*\*\*|\*\*(.+?)\*\*|\*(?!\s)(.+?)\*/gs;

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

