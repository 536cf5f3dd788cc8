// Documents cited in running text: "Kế hoạch số 70/KH-UBND ngày 15/3/2024", "Nghị định
// 30/2020/NĐ-CP", "Chỉ thị số 21-CT/TW". Shared by number-format, date-valid and stale-year.

/** Document types and their abbreviations in the number (nd30.md §6, Phụ lục III). */
export const TYPE_ABBREVIATIONS: Record<string, string | undefined> = {
  "kế hoạch": "KH",
  "quyết định": "QĐ",
  "nghị quyết": "NQ",
  "chỉ thị": "CT",
  "kết luận": "KL",
  "quy chế": "QC",
  "quy định": "QyĐ",
  "thông cáo": "TC",
  "thông báo": "TB",
  "hướng dẫn": "HD",
  "chương trình": "CTr",
  "đề án": "ĐA",
  "dự án": "DA",
  "báo cáo": "BC",
  "biên bản": "BB",
  "tờ trình": "TTr",
  "hợp đồng": "HĐ",
  "công điện": "CĐ",
  "phương án": "PA",
  "giấy mời": "GM",
  // Without a type abbreviation of their own in the number:
  "công văn": undefined,
  "văn bản": undefined,
  "nghị định": undefined,
  "thông tư liên tịch": undefined,
  "thông tư": undefined,
  "luật": undefined,
  "bộ luật": undefined,
  "pháp lệnh": undefined,
};

const TYPE_WORDS = Object.keys(TYPE_ABBREVIATIONS).sort((a, b) => b.length - a.length);

export interface Citation {
  /** Where "Kế hoạch số 70/KH-UBND" starts and its length. */
  index: number;
  length: number;
  /** The document type as written ("Kế hoạch"), and in lower case. */
  typeText: string;
  type: string;
  number: string;
  /** "/" (state documents) or "-" (Party documents: 21-CT/TW). */
  separator: "/" | "-";
  /** Spaces written around the separator ("3877/ QĐ-UBND"). */
  spaced: boolean;
  /** What follows the separator ("KH-UBND"), without trailing punctuation. */
  symbol: string;
  /** The number was written with a thousands dot ("1.696/QĐ-TTg"). */
  thousandsDot: boolean;
  /** Where the number ("70/KH-UBND") starts. */
  numberIndex: number;
  numberLength: number;
}

/** A number with its symbol ("70/KH-UBND", "3877/ QĐ-UBND", "21-CT/TW"): found first, because it
 * starts with a digit; the document type is then looked for right before it. */
const NUMBER = /(\d{1,3}(?:\.\d{3})+|\d+)(\s*)([/-])(\s*)([\p{L}\d][\p{L}\d/.-]*)/gu;
const TYPE_BEFORE = new RegExp(`(?<![\\p{L}])(${TYPE_WORDS.join("|")})(?:\\s+(?:liên tịch|kết luận))?(?:\\s+số)?\\s*:?\\s*$`, "iu");

export function findCitations(text: string): Citation[] {
  if (!/\d\s*[/-]/.test(text)) return [];
  const out: Citation[] = [];
  NUMBER.lastIndex = 0;
  for (const m of text.matchAll(NUMBER)) {
    const numberIndex = m.index ?? 0;
    if (numberIndex > 0 && /[\d\p{L}/.-]/u.test(text[numberIndex - 1]!)) continue;
    const before = TYPE_BEFORE.exec(text.slice(Math.max(0, numberIndex - 40), numberIndex));
    if (!before) continue;
    let symbol = (m[5] ?? "").replace(/[.\-/]+$/, "");
    let spacedInside = false;
    let extra = 0;
    // "548/KH- UBND": a space after the hyphen splits the symbol; take its second part in.
    const cont = (m[5] ?? "").endsWith("-") ? /^\s+([\p{Lu}Đ][\p{L}\d]*(?:-[\p{L}\d]+)*)/u.exec(text.slice(numberIndex + m[0].length)) : null;
    if (cont) {
      symbol = `${m[5]}${cont[1]}`;
      spacedInside = true;
      extra = cont[0].length;
    }
    const separator = m[3] as "/" | "-";
    // "2021-2025" after a type word is a period, not a number; a Party number needs its "/".
    if (separator === "-" && !symbol.includes("/")) continue;
    if (symbol === "") continue;
    const index = numberIndex - (Math.min(40, numberIndex) - before.index);
    const numberLength = cont ? m[0].length + extra : m[0].length - (m[5] ?? "").length + symbol.length;
    out.push({
      index,
      length: numberIndex + numberLength - index,
      typeText: before[1] ?? "",
      type: (before[1] ?? "").toLocaleLowerCase("vi"),
      number: (m[1] ?? "").replace(/\./g, ""),
      thousandsDot: (m[1] ?? "").includes("."),
      separator,
      spaced: (m[2] ?? "") !== "" || (m[4] ?? "") !== "" || spacedInside,
      symbol,
      numberIndex,
      numberLength,
    });
  }
  return out;
}

/** The date written right after a citation ("… 70/KH-UBND ngày 15/3/2024"): where it starts. */
export function citationDateStart(text: string, c: Citation): number | undefined {
  const rest = text.slice(c.index + c.length);
  const m = /^[\s,]*(?:(?:của\s+[^,;.]{1,60}?\s+)?(?:ban hành\s+)?ngày\s+)/iu.exec(rest);
  return m ? c.index + c.length + m[0].length : undefined;
}
