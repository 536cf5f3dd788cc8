// Handlebars helpers officers need. Names are Vietnamese without diacritics, like the YAML keys.
// Each helper is a plain function of its arguments; a bad argument (a date that is not a date)
// throws a HelperValueError, which expand reports at the {{…}} with the row that caused it.
import { type Message, msg, t } from "../i18n/i18n.js";
import { roman } from "../text/roman.js";
import { slug } from "../text/slug.js";
import { longDate, pad2, shortDate } from "../text/vietnamese-date.js";
import { parsePlanDate } from "../text/plan-date.js";
import { BLOCK_HELPERS, HELPER_NAMES } from "../text/reserved-names.js";

/** A helper was given a value it cannot use. */
export class HelperValueError extends Error {
  readonly helper: string;
  readonly detail: Message;
  constructor(helper: string, detail: Message) {
    super(t(detail, undefined, "en"));
    this.name = "HelperValueError";
    this.helper = helper;
    this.detail = detail;
  }
}

/** Where a lap scope keeps its element when the element is a scalar ({{this}} inside lap). */
export const ELEMENT: unique symbol = Symbol("lap element");

/**
 * A value as text, never through a user object's own toString (a bien key "toString" must not
 * crash or leak): scalars as written, lists joined with ", ", a lap element as itself. A mapping
 * has no text (checkTemplate refuses it before any helper sees it).
 */
export function asText(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v !== "object") return String(v);
  if (Array.isArray(v)) return v.map(asText).join(", ");
  if (Object.prototype.hasOwnProperty.call(v, ELEMENT)) return asText((v as { [ELEMENT]: unknown })[ELEMENT]);
  return "";
}

/** A mapping, or a list holding one: a placeholder cannot print it. */
export function isNotText(v: unknown): boolean {
  if (v === null || typeof v !== "object") return false;
  if (Array.isArray(v)) return v.some(isNotText);
  return !Object.prototype.hasOwnProperty.call(v, ELEMENT);
}

const FALSE_WORDS = new Set(["", "0", "không", "khong", "k", "no", "n", "false", "sai", "-"]);

/**
 * Whether a value counts as "yes" for neu/if: an empty cell, 0, "không", "no", "false", "sai", "-"
 * and an empty list are no; everything else (có, x, 1, a school's name, a list of villages) is yes.
 */
export function truthy(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0 && !Number.isNaN(v);
  if (typeof v === "string") return !FALSE_WORDS.has(v.trim().toLocaleLowerCase("vi"));
  return true;
}

/** A list value: an array, or a cell "Làng A; Làng B" (also one item per line). */
export function toList(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (v === undefined || v === null) return [];
  if (typeof v === "string") return v.split(/\s*(?:;|\r?\n)\s*/).map((s) => s.trim()).filter((s) => s !== "");
  return [v];
}

/** Text for comparisons: trimmed, NFC, Vietnamese lower case, inner spaces collapsed. */
export function comparable(v: unknown): string {
  return asText(v ?? "")
    .normalize("NFC")
    .trim()
    .replace(/\s+/g, " ")
    .toLocaleLowerCase("vi");
}

export function upperVi(s: string): string {
  return asText(s).toLocaleUpperCase("vi");
}

export function lowerVi(s: string): string {
  return asText(s).toLocaleLowerCase("vi");
}

/** First letter in lower case: "Triển khai công tác …" → "triển khai công tác …" (names keep theirs). */
export function lowerFirst(s: string): string {
  const t = asText(s);
  const first = t.codePointAt(0);
  if (first === undefined) return t;
  const ch = String.fromCodePoint(first);
  return ch.toLocaleLowerCase("vi") + t.slice(ch.length);
}

export function upperFirst(s: string): string {
  const t = asText(s);
  const first = t.codePointAt(0);
  if (first === undefined) return t;
  const ch = String.fromCodePoint(first);
  return ch.toLocaleUpperCase("vi") + t.slice(ch.length);
}

/** "A, B và C": a list as running Vietnamese text; a second argument replaces ", ". */
export function joinList(v: unknown, sep?: unknown): string {
  const items = toList(v).map((x) => asText(x));
  if (typeof sep === "string") return items.join(sep);
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} và ${items[items.length - 1]}`;
}

function toDate(helper: string, v: unknown) {
  const r = parsePlanDate(asText(v ?? ""));
  if (!r.ok && r.reason === "impossible") {
    throw new HelperValueError(helper, msg("expand.helperImpossibleDate", { value: asText(v) }));
  }
  if (!r.ok) {
    throw new HelperValueError(helper, msg("expand.helperNotADate", { value: asText(v) }));
  }
  return r.date;
}

function toNumber(helper: string, v: unknown, min: number, max: number): number {
  const n = typeof v === "number" ? v : Number(asText(v ?? "").trim());
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new HelperValueError(helper, msg("expand.helperNotANumber", { value: asText(v), min, max }));
  }
  return n;
}

/**
 * How a helper's arguments are checked: "value" arguments must have a non-empty value (it ends
 * up in the text); "exists" arguments only need to be defined (an empty cell is a valid "no").
 */
export type ArgMode = "value" | "exists";

interface HelperSpec {
  fn: (...args: unknown[]) => unknown;
  args: ArgMode;
  /** Example for messages and the README: template → output. */
  doc: string;
}

/** Helpers usable as {{name arg}} (and in sub-expressions). The last argument Handlebars passes (options) is dropped. */
export const HELPERS = {
  ngay_dai: { fn: (d) => longDate(toDate("ngay_dai", d)), args: "value", doc: '{{ngay_dai "2024-02-05"}} → "ngày 05 tháng 02 năm 2024"' },
  ngay_ngan: { fn: (d) => shortDate(toDate("ngay_ngan", d)), args: "value", doc: '{{ngay_ngan "2024-02-05"}} → "05/02/2024"' },
  la_ma: { fn: (n) => roman(toNumber("la_ma", n, 1, 3999)), args: "value", doc: '{{la_ma 4}} → "IV"' },
  in_hoa: { fn: (s) => upperVi(asText(s ?? "")), args: "value", doc: '{{in_hoa "Đăk Pơ Pho"}} → "ĐĂK PƠ PHO"' },
  in_thuong: { fn: (s) => lowerVi(asText(s ?? "")), args: "value", doc: '{{in_thuong "ỦY BAN"}} → "ủy ban"' },
  thuong_dau: { fn: (s) => lowerFirst(asText(s ?? "")), args: "value", doc: '{{thuong_dau "Triển khai công tác"}} → "triển khai công tác"' },
  hoa_dau: { fn: (s) => upperFirst(asText(s ?? "")), args: "value", doc: '{{hoa_dau "xã Chơ Long"}} → "Xã Chơ Long"' },
  hai_so: { fn: (n) => pad2(toNumber("hai_so", n, 0, 1_000_000_000)), args: "value", doc: '{{hai_so 2}} → "02"' },
  slug: { fn: (s) => slug(asText(s ?? "")), args: "value", doc: '{{slug "Đăk Pơ Pho"}} → "dak-po-pho"' },
  noi: { fn: (v, sep) => joinList(v, sep), args: "value", doc: '{{noi "Làng A; Làng B; Làng C"}} → "Làng A, Làng B và Làng C"' },
  so_luong: { fn: (v) => asText(toList(v).length), args: "exists", doc: '{{so_luong "Làng A; Làng B"}} → "2"' },
  bang: { fn: (a, b) => comparable(a) === comparable(b), args: "exists", doc: '{{#neu (bang chuc_vu "PHÓ CHỦ TỊCH")}}…{{/neu}}: so sánh, không phân biệt hoa/thường' },
} as const satisfies Record<(typeof HELPER_NAMES)[number], HelperSpec>;

export type HelperName = keyof typeof HELPERS;
export type BlockHelperName = (typeof BLOCK_HELPERS)[number];

export function isHelperName(name: string): name is HelperName {
  return Object.prototype.hasOwnProperty.call(HELPERS, name);
}

export function isBlockHelperName(name: string): name is BlockHelperName {
  return (BLOCK_HELPERS as readonly string[]).includes(name);
}
