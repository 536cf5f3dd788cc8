// A two-line code frame: the offending source line and a caret under the column.
const MAX_WIDTH = 120;

export function codeFrame(lineText: string, line: number, column: number, length = 1): string {
  const gutter = String(line);
  const pad = " ".repeat(gutter.length);
  let text = lineText.replace(/\t/g, " ");
  let col = Math.max(1, column);
  // Long lines (a 100,000-character paragraph) are cut around the column.
  if (text.length > MAX_WIDTH) {
    const start = Math.max(0, col - 1 - Math.floor(MAX_WIDTH / 2));
    text = (start > 0 ? "…" : "") + text.slice(start, start + MAX_WIDTH) + "…";
    col = col - start + (start > 0 ? 1 : 0);
  }
  const width = Math.max(1, Math.min(length, text.length - col + 1, MAX_WIDTH));
  return `${gutter} | ${text}\n${pad} | ${" ".repeat(col - 1)}${"^".repeat(width)}`;
}
