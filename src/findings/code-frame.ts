// A two-line code frame: the offending source line and a caret under the column.
const MAX_WIDTH = 120;

export function codeFrame(lineText: string, line: number, column: number, length = 1): string {
  const gutter = String(line);
  const pad = " ".repeat(gutter.length);
  // Tabs as one space; other control characters as their visible pictures (␀, ␛, …), one
  // character each so the caret stays under the column, and never sent raw to the terminal.
  // eslint-disable-next-line no-control-regex
  let text = lineText.replace(/\t/g, " ").replace(/[\u0000-\u001F\u007F-\u009F]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\uFFFD";
  });
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
