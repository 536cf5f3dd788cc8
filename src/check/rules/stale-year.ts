// A year older than the plan's own, where the sentence speaks of this plan's activities: text
// copied from last year's plan ("tháng hành động … năm 2022", "báo cáo … vào ngày 16/12/2022" in a
// 2024 plan — the Cẩm Tân reference defect). Not flagged: periods ("giai đoạn 2021-2030",
// "2021 – 2025", "đến năm 2030", "từ năm 2021"), cited documents ("Kế hoạch số 107/KH-UBND ngày
// 19/5/2022", "Bộ luật Lao động năm 2019"), sentences that look back ("kết quả … năm 2023",
// "đã …", "tổng kết"), and years more than ten years back (history, not a copy). A date right after a
// cited number is the cited document's, whatever the document is called ("Thông báo kết luận số
// 196-TB/TW ngày 16 tháng 3 năm 2015").
//
// ok:     (2024 plan) Triển khai Chiến lược giai đoạn 2021-2030; Bộ luật Lao động năm 2019
// not ok: (2024 plan) Tổ chức tháng hành động vì bình đẳng giới năm 2022.
import { citationDateStart, findCitations } from "../citations.js";
import { findDates } from "../dates-in-text.js";
import type { Finding, Rule } from "../rule.js";
import { findingIn } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

const L = "\\p{L}";
/** The sentence looks back at past results: a past year is expected there. */
const LOOKING_BACK = new RegExp(
  `(?<![${L}])(kết quả|đã|tổng kết|sơ kết|đánh giá|năm qua|vừa qua|so với|cùng kỳ|thực trạng|trước đây|những năm|từ năm)(?![${L}])`,
  "iu",
);
/** For a full date ("ngày 16/12/2022") only a clear past tense excuses it: a deadline is not a result. */
const PAST_EVENT = new RegExp(`(?<![${L}])(đã|vừa qua|năm qua|tổng kết|sơ kết|trước đây)(?![${L}])`, "iu");
/** A named document or law right before "năm 2019" / "ngày …": a citation. */
const NAMED_DOCUMENT =
  /(?:Bộ luật|Luật|Hiến pháp|Pháp lệnh|Công ước|Nghị quyết|Nghị định|Chỉ thị|Kết luận|Quyết định|Thông tư|Kế hoạch|Chương trình|Đề án|Chiến lược|Công văn|Văn bản|Hướng dẫn|Thông báo)(?![\p{L}])[^.;:,\n]{0,60}$/u;
const DOCUMENT_DATE = /(?:ban hành|ký|Kế hoạch|Quyết định|Nghị quyết|Chỉ thị|Công văn|Văn bản|Hướng dẫn|Thông báo|Thông tư|Nghị định)\s+(?:số\s+\S+\s+)?(?:ngày\s*)?$/u;
/** "… số 196-TB/TW ngày …", "… số 12/KH-UBND của UBND tỉnh ngày …": a date that belongs to a cited
 * document, whatever its type is called ("Thông báo kết luận", "Công điện", "Hướng dẫn liên ngành"). */
const CITED_NUMBER_DATE = /số\s+\d[\d.]*\s*[-/]\s*[\p{L}\d/.-]+(?:\s+(?:của|do)\s+[^.;]{1,60}?)?[\s,]+(?:ban hành\s+)?(?:ngày\s*)?$/u;
const PERIOD_BEFORE = /(?:giai đoạn|từ|đến|tới|trước|sau|niên độ|nhiệm kỳ)\s*$/iu;
const PERIOD_AFTER = /^\s*(?:[-–—]\s*\d{4}|(?:đến|tới)\s+(?:năm\s+)?\d{4})/u;

function sentenceAround(text: string, index: number): string {
  let start = index;
  while (start > 0 && !/[.;!?\n]/.test(text[start - 1]!)) start--;
  let end = index;
  while (end < text.length && !/[.;!?\n]/.test(text[end]!)) end++;
  return text.slice(start, end);
}

export const rule: Rule = {
  id: "stale-year",
  description: msg("check.stale-year.description"),
  defaultSeverity: "error",
  docs: "test/fixtures/reference/README.md (stale years: Cẩm Tân 2024 speaks of 2022)",
  check(ctx) {
    const out: Finding[] = [];
    const year = ctx.date?.year;
    if (year === undefined) return out;
    for (const entry of ctx.texts) {
      if (entry.role === "agency" || entry.role === "signature" || entry.role === "recipient" || entry.role === "place") continue;
      const dates = findDates(entry.text).filter((d) => d.year < year && d.year >= year - 10);
      if (dates.length === 0) continue;
      const citedDates = new Set(findCitations(entry.text).map((c) => citationDateStart(entry.text, c)));
      for (const d of dates) {
        const before = entry.text.slice(Math.max(0, d.index - 80), d.index);
        const sentence = sentenceAround(entry.text, d.index);
        if (d.form === "dmy" || d.form === "long") {
          if (citedDates.has(d.valueIndex) || DOCUMENT_DATE.test(before) || CITED_NUMBER_DATE.test(before) || PAST_EVENT.test(sentence)) continue;
        } else {
          const after = entry.text.slice(d.index + d.length, d.index + d.length + 20);
          if (PERIOD_AFTER.test(after) || PERIOD_BEFORE.test(before) || NAMED_DOCUMENT.test(before) || LOOKING_BACK.test(sentence)) continue;
        }
        const written = entry.text.slice(d.index, d.index + d.length);
        out.push(
          findingIn(
            entry,
            d.index,
            d.length,
            msg("check.stale-year.stale", { written, year }),
            msg("check.stale-year.hint", { year }),
          ),
        );
      }
    }
    return out;
  },
};
