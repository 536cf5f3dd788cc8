/** Diacritics removed and "đ" → "d": "Đăk Pơ Pho" → "Dak Po Pho". */
export function stripDiacritics(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

// Vietnamese text folded for comparison: no diacritics, "đ" → "d", lower case, punctuation and
// repeated spaces gone ("MỤC ĐÍCH, YÊU CẦU" → "muc dich yeu cau").
export function foldVietnamese(s: string): string {
  return stripDiacritics(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
