// The kinds of document kehoach writes: the name in the heading and the abbreviation in the number.
export const DOCUMENT_TYPES = {
  "ke-hoach": { name: "KẾ HOẠCH", abbrev: "KH" },
} as const;
