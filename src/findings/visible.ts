// Text from files (names, keys, values) shown on a terminal: control characters become visible
// escapes ("\u001B"), so a file named with an escape sequence cannot clear the screen, recolour
// it or retitle the window. Tab and line feed stay.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function visibleControls(s: string): string {
  return s.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}
