// A string block → paragraphs and bullets. One line is one paragraph; "- " opens a bullet and
// "+ " a sub-bullet; blank lines are ignored (they only help the eye in the YAML).
import { parseInline } from "./inline.js";
import type { BulletNode, ParagraphNode, SourcePath } from "./nodes.js";

const BULLET = /^([-–+])\s+(.*)$/s;

export function parseTextBlock(text: string, path: SourcePath): (ParagraphNode | BulletNode)[] {
  const out: (ParagraphNode | BulletNode)[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\t/g, " ").trim().replace(/ {2,}/g, " ");
    if (line === "") continue;
    const m = BULLET.exec(line);
    if (m) {
      const plus = m[1] === "+";
      out.push({ kind: "bullet", level: plus ? 2 : 1, marker: plus ? "+" : "-", runs: parseInline(m[2] ?? ""), path });
    } else {
      out.push({ kind: "paragraph", runs: parseInline(line), path });
    }
  }
  return out;
}
