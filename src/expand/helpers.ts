// Handlebars helpers officers need. Names are Vietnamese without diacritics, like the YAML keys.
import { roman } from "../model/numbering.js";
import { longDate, pad2, shortDate } from "../model/vietnamese-date.js";
import { parsePlanDate } from "../validate/plan-date.js";

function toDate(v: unknown) {
  const r = parsePlanDate(String(v ?? ""));
  if (!r.ok) throw new Error(`"${String(v)}" không phải là ngày (2024-04-15 hoặc 15/4/2024)`);
  return r.date;
}

/** "Đăk Pơ Pho" → "dak-po-pho": lower case ASCII, safe in any file system. */
export function slug(s: string): string {
  return String(s)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function upperVi(s: string): string {
  return String(s).toLocaleUpperCase("vi");
}

export function lowerVi(s: string): string {
  return String(s).toLocaleLowerCase("vi");
}

/** Each helper: its function and a one-line description (shown in errors and in the README). */
export const HELPERS = {
  ngay_dai: { fn: (d: unknown) => longDate(toDate(d)), doc: '{{ngay_dai ngay}} → "ngày 05 tháng 02 năm 2024"' },
  ngay_ngan: { fn: (d: unknown) => shortDate(toDate(d)), doc: '{{ngay_ngan ngay}} → "05/02/2024"' },
  la_ma: { fn: (n: unknown) => roman(Number(n)), doc: '{{la_ma 4}} → "IV"' },
  in_hoa: { fn: (s: unknown) => upperVi(String(s ?? "")), doc: '{{in_hoa xa}} → "CẨM TÂN"' },
  in_thuong: { fn: (s: unknown) => lowerVi(String(s ?? "")), doc: '{{in_thuong "ỦY BAN"}} → "ủy ban"' },
  hai_so: { fn: (n: unknown) => pad2(Number(n)), doc: '{{hai_so 2}} → "02"' },
  slug: { fn: (s: unknown) => slug(String(s ?? "")), doc: '{{slug "Đăk Pơ Pho"}} → "dak-po-pho"' },
} as const;

export type HelperName = keyof typeof HELPERS;
export const HELPER_NAMES = Object.keys(HELPERS) as HelperName[];
/** Block helpers Handlebars has built in that stay allowed. */
export const BUILTIN_BLOCK_HELPERS = ["if", "unless", "each", "with"] as const;
