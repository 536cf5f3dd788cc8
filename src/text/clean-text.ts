// Text that XML cannot hold (C0 control characters, lone surrogates, U+FFFE/U+FFFF) is removed,
// and all text is put in NFC so "ệ" is one code point whatever the editor wrote. Tabs become
// spaces and every line break becomes "\n" (not counted as removed: nothing visible is lost).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface Cleaned {
  text: string;
  removed: number;
}

export function cleanText(s: string): Cleaned {
  let removed = 0;
  const stripped = s.replace(FORBIDDEN, () => {
    removed++;
    return "";
  });
  return { text: stripped.replace(/\r\n?/g, "\n").replace(/\t/g, " ").normalize("NFC"), removed };
}

/** Clean every string in a parsed value; `onRemoved` gets the path of each string that lost characters. */
export function cleanValue(value: unknown, onRemoved: (path: (string | number)[]) => void, path: (string | number)[] = []): unknown {
  if (typeof value === "string") {
    const c = cleanText(value);
    if (c.removed > 0) onRemoved(path);
    return c.text;
  }
  if (Array.isArray(value)) return value.map((v, i) => cleanValue(v, onRemoved, [...path, i]));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // Keys like __proto__ are kept as plain own properties and then refused by the schema.
      Object.defineProperty(out, k, { value: cleanValue(v, onRemoved, [...path, k]), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
