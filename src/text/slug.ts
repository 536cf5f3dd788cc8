// File-system-safe names from Vietnamese text.
import { stripDiacritics } from "./fold.js";

/** "Đăk Pơ Pho" → "dak-po-pho": lower-case ASCII, safe in any file system. */
export function slug(s: string, sep = "-"): string {
  return stripDiacritics(String(s))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, sep)
    .replace(new RegExp(`^${escapeRe(sep)}+|${escapeRe(sep)}+$`, "g"), "");
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
