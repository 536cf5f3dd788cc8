// A page number of the PDF the text was copied from, left inside a sentence: "- 5 -" (the page
// footer), or a bare number between two parts of one sentence where no number belongs — right
// after a date or a document number ("ngày 19/5/2022 2 kế hoạch") or before a word that never
// follows a quantity ("của 4 các dịch vụ") — the Cẩm Tân reference defects.
//
// ok:     tổng kết 15 năm thi hành Luật; định kỳ 6 tháng; Tổ chức 02 lớp tập huấn; ngày 19/5/2022 của UBND
// not ok: ngày 19/5/2022 2 kế hoạch; tăng lợi ích của 4 các dịch vụ; nâng cao - 5 - nhận thức
import type { Finding, Rule } from "../rule.js";
import { findingIn } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

// Forward-only patterns, their left context checked on a short slice: look-behinds made the engine
// try every position of every paragraph.
/** "- 5 -" standing inside a text (not a period "2021 - 2025": one to three digits, dashes both sides). */
const FOOTER = /[-–] (\d{1,3}) [-–](?= \p{L})/gu;
const FOOTER_BEFORE = /\p{L}[,.;:]? $/u;
/** A bare number after a date or a document number and before a lower-case word. */
const AFTER_DATE = / (\d{1,3}) (?=\p{Ll})/gu;
const DATE_BEFORE = /(?:\d{1,2}\/\d{1,2}\/\d{4}|\d+\/[\p{Lu}Đ][\p{L}\-/]*)$/u;
/** A bare number before a word that never follows a quantity. */
const BEFORE_FUNCTION_WORD = /(\d{1,3}) (?:các|những|của|và|để|được|với|cho|trong|là|thì|mà|nhằm|theo)(?![\p{L}\p{M}])/gu;
const WORD_BEFORE = /\p{Ll} $/u;
/** Words after which a bare number is normal ("tháng 3 và", "khoản 2 của", "lần 4 các"). */
const COUNTED = /(?:ngày|tháng|năm|quý|số|khoản|điểm|mục|điều|chương|phần|lần|thứ|kỳ|khóa|tuần|tổ|thôn|làng|ấp|khu|phố|đội|bảng|biểu|trang|lớp|xóm|bản|cụm|nhóm|giai đoạn|phường|quận)\s+$/iu;

export const rule: Rule = {
  id: "page-number",
  description: msg("check.page-number.description"),
  defaultSeverity: "warning",
  docs: "test/fixtures/reference/README.md (Cẩm Tân: page numbers 2 and 4 copied into sentences)",
  check(ctx) {
    const out: Finding[] = [];
    for (const entry of ctx.texts) {
      const text = entry.text;
      if (!/\d/.test(text)) continue;
      const seen = new Set<number>();
      const report = (index: number, length: number, number: string) => {
        if (seen.has(index)) return;
        seen.add(index);
        out.push(findingIn(entry, index, length, msg("check.page-number.found", { number }), msg("check.page-number.hint")));
      };
      const before = (at: number, n: number) => text.slice(Math.max(0, at - n), at);
      for (const m of text.matchAll(FOOTER)) {
        if (FOOTER_BEFORE.test(before(m.index!, 3))) report(m.index!, m[0].length, m[0]);
      }
      for (const m of text.matchAll(AFTER_DATE)) {
        const at = m.index! + 1;
        if (DATE_BEFORE.test(before(m.index!, 40)) && !COUNTED.test(before(at, 14))) report(at, m[1]!.length, m[1]!);
      }
      for (const m of text.matchAll(BEFORE_FUNCTION_WORD)) {
        const at = m.index!;
        if (WORD_BEFORE.test(before(at, 2)) && !COUNTED.test(before(at, 14))) report(at, m[1]!.length, m[1]!);
      }
    }
    return out;
  },
};
