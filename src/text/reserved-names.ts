// Names a template or a data column may not use: JavaScript internals, and kehoach's own words
// (the helpers, the block helpers, cap_tren). expand/helpers.ts is typed against these lists.
/** Names that would reach JavaScript internals; refused wherever they appear in a path. */
export const FORBIDDEN_NAMES: ReadonlySet<string> = new Set([
  "__proto__",
  "constructor",
  "prototype",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
]);

/** The prefix of the parent plan's values: {{cap_tren.so_ky_hieu}}. */
export const PARENT_PREFIX = "cap_tren";

/** Helpers usable as {{name arg}} (expand/helpers.ts implements exactly these). */
export const HELPER_NAMES = ["ngay_dai", "ngay_ngan", "la_ma", "in_hoa", "in_thuong", "thuong_dau", "hoa_dau", "hai_so", "slug", "noi", "so_luong", "bang"] as const;

/** Block helpers: {{#neu x}}…{{else}}…{{/neu}}; if is the same as neu, unless its opposite. */
export const BLOCK_HELPERS = ["neu", "if", "unless"] as const;
