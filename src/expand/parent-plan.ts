// cap_tren: what a commune plan cites of its district's plan ("Thực hiện Kế hoạch số 70/KH-UBND
// ngày 15/3/2024 của UBND huyện Cẩm Thủy về …"), computed from the parent plan file so that the
// number, the date and the agency are always the parent's own.
import { DOCUMENT_TYPES } from "../text/document-types.js";
import { longDate, pad2, shortDate } from "../text/vietnamese-date.js";
import type { Diagnostic } from "../findings/diagnostic.js";
import { loadPlanFile } from "../load/load-plan.js";
import type { PlanDate } from "../text/plan-date.js";
import { validatePlan } from "../validate/validate-plan.js";
import { expandPlan, type ExpandedPlan } from "./expand-plan.js";
import { lowerVi, upperVi } from "./helpers.js";

export interface ParentPlan {
  /** The values of {{cap_tren.…}}. */
  vars: Record<string, string>;
  date: PlanDate;
  warnings: Diagnostic[];
}

/** The plan named by --cap-tren, read, checked and expanded: the one way every command reads it. */
export function readParentPlan(path: string): ParentPlan {
  const parent = expandPlan(validatePlan(loadPlanFile(path)));
  return { vars: parentPlanVars(parent), date: parent.date, warnings: parent.warnings };
}

/** Every key of cap_tren, with what it holds (for the README and for messages). */
export const PARENT_KEYS = {
  so_ky_hieu: 'số và ký hiệu: "70/KH-UBND" (số dưới 10 có số 0: "05/KH-UBND")',
  so: 'số: "70"',
  ky_hieu: 'ký hiệu: "KH-UBND"',
  ngay: 'ngày, dạng ngắn: "15/3/2024" (ngày dưới 10 và tháng 1, 2 có số 0: "05/02/2024")',
  ngay_dai: 'ngày, dạng dài: "ngày 15 tháng 3 năm 2024"',
  nam: 'năm của kế hoạch cấp trên: "2024"',
  co_quan: 'cơ quan ban hành, như viết trong câu: "UBND huyện Cẩm Thủy"',
  ten_co_quan: 'tên cơ quan như ở đầu văn bản: "ỦY BAN NHÂN DÂN HUYỆN CẨM THỦY"',
  viet_tat: 'chữ viết tắt của cơ quan: "UBND"',
  dia_danh: 'địa danh: "Cẩm Thủy"',
  trich_yeu: 'trích yếu: "Triển khai thực hiện công tác bình đẳng giới …"',
} as const;

export type ParentKey = keyof typeof PARENT_KEYS;

/** Administrative-unit words, longest first, as written in an agency name (IN HOA). */
const UNIT_WORDS = ["THÀNH PHỐ", "THỊ TRẤN", "THỊ XÃ", "PHƯỜNG", "HUYỆN", "QUẬN", "TỈNH", "XÃ"];
/** Collective bodies that are cited by their usual abbreviation in running text. */
const BODY_SHORT: Record<string, string> = {
  "ỦY BAN NHÂN DÂN": "UBND",
  "UỶ BAN NHÂN DÂN": "UBND",
  "HỘI ĐỒNG NHÂN DÂN": "HĐND",
};

/** "KÔNG CHRO" → "Kông Chro": each word with a capital, the rest in lower case. */
function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => upperVi(w.charAt(0)) + lowerVi(w.slice(1)))
    .join(" ");
}

/**
 * The agency as running text cites it: "ỦY BAN NHÂN DÂN HUYỆN KÔNG CHRO" → "UBND huyện Kông Chro".
 * The place keeps the spelling of the plan's dia_danh when it matches; other agencies (a Party
 * committee, an association) are cited as their name is written.
 */
export function agencyInText(name: string, placeName: string): string {
  const flat = name.replace(/\s+/g, " ").trim();
  const upper = upperVi(flat);
  for (const [body, short] of Object.entries(BODY_SHORT)) {
    if (!upper.startsWith(body + " ")) continue;
    const rest = upper.slice(body.length + 1);
    const unit = UNIT_WORDS.find((u) => rest.startsWith(u + " "));
    if (!unit) break;
    const place = rest.slice(unit.length + 1).trim();
    const placeText = upperVi(placeName.trim()) === place ? placeName.trim() : titleCase(place);
    return `${short} ${lowerVi(unit)} ${placeText}`;
  }
  return flat;
}

/** The values of cap_tren for one parent plan (a draft without number or day leaves those out). */
export function parentPlanVars(parent: ExpandedPlan): Record<string, string> {
  const p = parent.plan;
  const abbrev = `${DOCUMENT_TYPES[p.loai].abbrev}-${p.co_quan.viet_tat}`;
  const out: Record<string, string> = {
    ky_hieu: abbrev,
    nam: String(parent.date.year),
    co_quan: agencyInText(p.co_quan.ten, p.dia_danh),
    ten_co_quan: p.co_quan.ten.replace(/\s*\n\s*/g, " ").trim(),
    viet_tat: p.co_quan.viet_tat,
    dia_danh: p.dia_danh.trim(),
    trich_yeu: p.trich_yeu.replace(/\s*\n\s*/g, " ").trim(),
  };
  if (p.so !== undefined) {
    out.so = pad2(Number(p.so));
    out.so_ky_hieu = `${out.so}/${abbrev}`;
  }
  if (parent.date.day !== undefined) {
    out.ngay = shortDate(parent.date);
    out.ngay_dai = longDate(parent.date);
  }
  return out;
}
