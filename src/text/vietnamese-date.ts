// Dates as Decree 30 writes them: a leading zero for days under 10 and for months 1 and 2
// ("ngày 05 tháng 02 năm 2024", "ngày 29 tháng 6 năm 2019").
import type { PlanDate } from "./plan-date.js";

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Day: "05"; month: "02" for January and February, unpadded from March on. */
export function dayText(day: number): string {
  return pad2(day);
}

export function monthText(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

/** Blank for the day in a draft: wide enough to write the day by hand. */
export const DRAFT_DAY = "     ";

/** "ngày 05 tháng 02 năm 2024", or "ngày      tháng 4 năm 2024" in a draft. */
export function longDate(d: PlanDate): string {
  const day = d.day === undefined ? DRAFT_DAY : dayText(d.day);
  return `ngày ${day} tháng ${monthText(d.month)} năm ${d.year}`;
}

/** "05/02/2024", as dates are cited in running text; "02/2024" without a day. */
export function shortDate(d: PlanDate): string {
  return d.day === undefined ? `${monthText(d.month)}/${d.year}` : `${dayText(d.day)}/${monthText(d.month)}/${d.year}`;
}
