// Output file names for batch: one path segment inside --out, valid on Windows, macOS and Linux,
// and unique up to case (NTFS and APFS ignore case: "Ia Dom.docx" and "ia dom.docx" are one file).
import { type Message, msg } from "../i18n/i18n.js";

// eslint-disable-next-line no-control-regex -- control characters are what Windows refuses
const WINDOWS_INVALID = /[<>:"/\\|?*\u0000-\u001f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

export type NameCheck = { ok: true } | { ok: false; reason: Message };

export function checkFileName(name: string): NameCheck {
  if (name.trim() === "") return { ok: false, reason: msg("batch.nameEmpty") };
  if (/[/\\]/.test(name)) return { ok: false, reason: msg("batch.nameSlash") };
  if (name === "." || name === "..") return { ok: false, reason: msg("batch.nameDots") };
  const bad = [...new Set(name.match(WINDOWS_INVALID) ?? [])];
  if (bad.length > 0) return { ok: false, reason: msg("batch.nameChars", { chars: bad.map((c) => (c < " " ? `U+${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}` : c)).join(" ") }) };
  if (/[. ]$/.test(name)) return { ok: false, reason: msg("batch.nameTrailing") };
  // CON, NUL.docx, com1.tar.gz: Windows reserves the part before the first dot (trailing spaces too).
  const base = name.split(".")[0]!.trimEnd();
  if (RESERVED.test(base)) return { ok: false, reason: msg("batch.nameReserved", { base }) };
  if (Buffer.byteLength(name, "utf8") > 255) return { ok: false, reason: msg("batch.nameTooLong") };
  return { ok: true };
}

/** Two names that one of the usual file systems would store as the same file get the same key. */
export function collisionKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi").toLowerCase();
}

/** The name with the format's extension: "dak-po-pho" → "dak-po-pho.docx" (kept when already there). */
export function withExtension(name: string, ext: string): string {
  return name.toLowerCase().endsWith(ext.toLowerCase()) ? name : name + ext;
}
