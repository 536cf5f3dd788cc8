// How each string of a plan is filled, by its schema path: parsed for markup or plain, and what
// an empty result means (an optional value dropped, a required one reported).

/** What to do when a string is empty once filled: drop the optional value, keep it, or report it. */
export type Blank = "drop" | "keep" | "error";
export interface StrMode {
  /** Parsed for **bold**, bullets…: values are protected against creating that markup. */
  markup: boolean;
  blank: Blank;
}
const MARKUP_DROP: StrMode = { markup: true, blank: "drop" };
const MARKUP_ERROR: StrMode = { markup: true, blank: "error" };
const MARKUP_KEEP: StrMode = { markup: true, blank: "keep" };
const PLAIN_DROP: StrMode = { markup: false, blank: "drop" };
const PLAIN_ERROR: StrMode = { markup: false, blank: "error" };
const PLAIN_KEEP: StrMode = { markup: false, blank: "keep" };

/**
 * How each string of the plan is filled, by its schema path ("*": any list index or key; block
 * fields are relative to their block). A field whose blank mode is "drop" is optional.
 */
export const FIELD_POLICY = {
  "co_quan.chu_quan": PLAIN_DROP,
  "co_quan.ten": PLAIN_ERROR,
  "co_quan.viet_tat": PLAIN_ERROR,
  so: PLAIN_DROP,
  dia_danh: PLAIN_ERROR,
  ngay: PLAIN_ERROR,
  trich_yeu: PLAIN_ERROR,
  "can_cu.*": MARKUP_DROP,
  "muc.*.ten": PLAIN_ERROR,
  ket_luan: MARKUP_DROP,
  "noi_nhan.*": PLAIN_DROP,
  "ky.chuc_vu": PLAIN_ERROR,
  "ky.ho_ten": PLAIN_ERROR,
  "ky.*": PLAIN_DROP,
  "block.paragraph": MARKUP_DROP,
  "block.bang.tieu_de": MARKUP_DROP,
  "block.bang.cot.*": MARKUP_ERROR,
  "block.bang.dong.*.*": MARKUP_KEEP,
  "block.gach": MARKUP_ERROR,
  "block.cong.*": MARKUP_DROP,
  "block.diem": MARKUP_ERROR,
  "block.ten": MARKUP_ERROR,
  "block.doan": MARKUP_ERROR,
  /** The right-hand side of a condition ("chuc_vu = {{ct}}"), filled before it is compared. */
  "block.neu": PLAIN_KEEP,
} as const satisfies Record<string, StrMode>;
export type Field = keyof typeof FIELD_POLICY;
