// The words of a text (runs of letters and combining marks), found once per text and shared by the
// word rules (spelling, confusion, repeated-word). A character scan, not a /\p{L}/u regex: with a
// few thousand words per plan the regex and its match arrays were most of those rules' time.
export interface Words {
  /** Start and end offsets of each word. */
  start: number[];
  end: number[];
  /** Each word in lower case. */
  lower: string[];
}

const OTHER_LETTER = /[\p{L}\p{M}]/u;

function isWordChar(c: number, ch: string): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  return OTHER_LETTER.test(ch);
}

const cache = new Map<string, Words>();

export function wordsOf(text: string): Words {
  const hit = cache.get(text);
  if (hit) return hit;
  if (cache.size > 20_000) cache.clear();
  const start: number[] = [];
  const end: number[] = [];
  const lower: string[] = [];
  // Lower case keeps every Vietnamese letter's length: slices of one lowered text line up.
  const low = text.toLowerCase();
  const aligned = low.length === text.length;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i), text[i]!)) {
      i++;
      continue;
    }
    const s = i;
    while (i < n && isWordChar(text.charCodeAt(i), text[i]!)) i++;
    start.push(s);
    end.push(i);
    lower.push(aligned ? low.slice(s, i) : text.slice(s, i).toLowerCase());
  }
  const words = { start, end, lower };
  cache.set(text, words);
  return words;
}
