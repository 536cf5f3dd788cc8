// Bytes → text. Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM; names the legacy
// Vietnamese encodings (TCVN3, VNI) that old Word files use, instead of showing mojibake.
import { type Message, msg } from "../i18n/i18n.js";

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; message: Message; hint: Message; offset: number };

/** Files officers mistake for plans: a Word or Excel file renamed .yaml, a PDF. */
const CONTAINERS: { magic: number[]; message: Message }[] = [
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    message: msg("input.zip"),
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    message: msg("input.oldOffice"),
  },
  {
    magic: [0x25, 0x50, 0x44, 0x46, 0x2d],
    message: msg("input.pdf"),
  },
];

const CONTAINER_HINT: Message = msg("input.containerHint");

export function decodeText(bytes: Uint8Array): DecodeResult {
  for (const c of CONTAINERS) {
    if (bytes.length >= c.magic.length && c.magic.every((b, i) => bytes[i] === b)) return { ok: false, message: c.message, hint: CONTAINER_HINT, offset: 0 };
  }
  // UTF-32 (BOM FF FE 00 00 or 00 00 FE FF) before UTF-16, whose BOM is its first half.
  const utf32 = bytes.length >= 4 && ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff));
  if (utf32) return { ok: false, message: msg("input.utf32"), hint: msg("input.utf32Hint"), offset: 0 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  }
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  const nul = body.indexOf(0);
  if (nul >= 0) return { ok: false, message: msg("common.binaryFile"), hint: msg("common.binaryFileHint"), offset: 0 };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body) };
  } catch {
    const bad = firstInvalidUtf8(body);
    // Mostly-text bytes with high bytes that are not UTF-8: an 8-bit Vietnamese encoding.
    const printable = body.reduce((n, b) => n + (b === 9 || b === 10 || b === 13 || b >= 32 ? 1 : 0), 0);
    if (printable / Math.max(1, body.length) > 0.95) {
      return { ok: false, message: msg("common.legacyEncoding"), hint: msg("common.legacyEncodingHint"), offset: bad };
    }
    return { ok: false, message: msg("common.binaryFile"), hint: msg("common.binaryFileHint"), offset: 0 };
  }
}

/** Byte offset of the first byte that breaks UTF-8; used to point at the line. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    // The second byte's range rules out overlong forms, UTF-16 surrogates and code points > U+10FFFF.
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return b.length;
}
