// Vietnamese text folded for comparison: no diacritics, "đ" → "d", lower case, punctuation and
// repeated spaces gone ("MỤC ĐÍCH, YÊU CẦU" → "muc dich yeu cau").
export function foldVietnamese(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
