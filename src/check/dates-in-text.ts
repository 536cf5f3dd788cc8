// Dates and years written in running text: "ngày 15/3/2024", "15 tháng 3 năm 2024",
// "tháng 4/2024", "năm 2022". Found once per text and shared by date-valid and stale-year.
import { isExists } from "date-fns/isExists";
export interface DateMention {
  /** Where the whole mention ("ngày 15/3/2024") starts in the text, and its length. */
  index: number;
  length: number;
  /** Where the numbers themselves start ("15/3/2024"). */
  valueIndex: number;
  day?: number;
  month?: number;
  year: number;
  form: "dmy" | "long" | "month-year" | "year";
}

const PATTERNS: { form: DateMention["form"]; re: RegExp; needs?: string }[] = [
  // 15 tháng 3 năm 2024
  { form: "long", re: /(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/giu, needs: "tháng" },
  // 15/3/2024, 15-3-2024, 15.3.2024 (one separator throughout); not part of "12/2020/NĐ-CP"
  { form: "dmy", re: /(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/])/gu },
  // tháng 4/2024, tháng 4 năm 2024
  { form: "month-year", re: /tháng\s+(\d{1,2})\s*(?:\/|năm\s+)(\d{4})(?![\d/])/giu, needs: "tháng" },
  // năm 2024
  { form: "year", re: /năm\s+(\d{4})(?!\d)/giu, needs: "năm" },
];

const NGAY_BEFORE = /ngày\s+$/iu;

export function findDates(text: string): DateMention[] {
  if (!/\d{4}/.test(text)) return [];
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([s, e]) => a < e && b > s);
  const lower = text.toLowerCase();
  for (const { form, re, needs } of PATTERNS) {
    if (needs && !lower.includes(needs)) continue;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      let index = m.index ?? 0;
      const end = index + m[0].length;
      if (form === "dmy" && index > 0 && /[\d/.-]/.test(text[index - 1]!)) continue;
      if (overlaps(index, end)) continue;
      let valueIndex = index;
      if (form === "long" || form === "dmy") {
        // "ngày 15/3/2024": the mention starts at "ngày".
        const ngay = NGAY_BEFORE.exec(text.slice(Math.max(0, index - 12), index));
        if (ngay) index -= ngay[0].length;
      } else {
        valueIndex = index + m[0].search(/\d/);
      }
      let mention: DateMention;
      const length = end - index;
      if (form === "long") mention = { index, length, valueIndex, day: Number(m[1]), month: Number(m[2]), year: Number(m[3]), form };
      else if (form === "dmy") mention = { index, length, valueIndex, day: Number(m[1]), month: Number(m[3]), year: Number(m[4]), form };
      else if (form === "month-year") mention = { index, length, valueIndex, month: Number(m[1]), year: Number(m[2]), form };
      else mention = { index, length, valueIndex, year: Number(m[1]), form };
      taken.push([index, end]);
      out.push(mention);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Whether the mention names a day that exists (months 1–12, the day within its month). */
export function dateExists(d: Pick<DateMention, "day" | "month" | "year">): boolean {
  if (d.month !== undefined && (d.month < 1 || d.month > 12)) return false;
  if (d.day !== undefined && d.month !== undefined && !isExists(d.year, d.month - 1, d.day)) return false;
  return true;
}

/** Compare two dates part by part; a missing day or month counts as "the whole period". */
export function compareDates(a: { year: number; month?: number; day?: number }, b: { year: number; month?: number; day?: number }): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === undefined || b.day === undefined) return 0;
  return a.day - b.day;
}

export function formatDate(d: { year: number; month?: number; day?: number }): string {
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${d.month}/${d.year}`;
  return `${d.day}/${d.month}/${d.year}`;
}
