// The plan's date: ISO (2024-04-15), Vietnamese (15/4/2024), or a draft without a day
// (2024-04, 4/2024). Kept as parts, never as a JS Date, so no time zone can shift it.
import { isExists } from "date-fns/isExists";

export interface PlanDate {
  year: number;
  month: number;
  /** Missing in a draft: the day is filled in when the plan is signed. */
  day?: number;
}

export type DateParse = { ok: true; date: PlanDate } | { ok: false; reason: "format" | "impossible" };

const ISO = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;
const VN = /^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})$/;

export function parsePlanDate(input: string | number): DateParse {
  const s = String(input).trim();
  let year: number, month: number, day: number | undefined;
  const iso = ISO.exec(s);
  const vn = iso ? null : VN.exec(s);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = iso[3] === undefined ? undefined : Number(iso[3]);
  } else if (vn) {
    day = vn[1] === undefined ? undefined : Number(vn[1]);
    month = Number(vn[2]);
    year = Number(vn[3]);
  } else {
    return { ok: false, reason: "format" };
  }
  if (month < 1 || month > 12 || year < 1900 || year > 2999) return { ok: false, reason: "impossible" };
  if (day !== undefined && !isExists(year, month - 1, day)) return { ok: false, reason: "impossible" };
  return { ok: true, date: day === undefined ? { year, month } : { year, month, day } };
}
