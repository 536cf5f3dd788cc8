// Messages of the expand stage that the shared catalogue (i18n/messages.ts) does not hold yet.
import type { Localized } from "../i18n/i18n.js";

const m = (vi: string, en: string): Localized => ({ vi, en });

export const EXPAND_MSG = {
  helperValue: (helper: string, detail: string) => m(`Hàm ${helper} không dùng được giá trị: ${detail}.`, `The helper ${helper} cannot use the value: ${detail}.`),
  helperValueHint: m("Sửa giá trị trong tệp dữ liệu (hoặc trong bien) của dòng này.", "Fix the value in the data file (or in bien) for this row."),
  syntax: (detail: string) => m(`Biểu thức {{…}} sai: ${detail}.`, `Bad {{…}} expression: ${detail}.`),
  emptyAfterExpansion: m("Sau khi điền biến, giá trị này trống.", "This value is empty once its placeholders are filled."),
  emptyAfterExpansionHint: m(
    "Khóa này bắt buộc: kiểm tra các khối {{#neu}} bên trong và giá trị của dòng dữ liệu.",
    "This key is required: check the {{#neu}} blocks inside it and the row's values.",
  ),
  badCondition: (cond: string) => m(`Điều kiện "${cond}" không đúng dạng.`, `The condition "${cond}" is not in a known form.`),
  badConditionHint: m(
    'Viết tên biến (neu: tram_y_te), phủ định (neu: "!tram_y_te") hoặc so sánh (neu: "chuc_vu = PHÓ CHỦ TỊCH", neu: "loai != xã").',
    'Write a name (neu: tram_y_te), a negation (neu: "!tram_y_te") or a comparison (neu: "chuc_vu = PHÓ CHỦ TỊCH", neu: "loai != xã").',
  ),
  missingHintEmpty: m(
    "Ô dữ liệu trống cũng tính là chưa có giá trị: điền ô đó, hoặc khai báo giá trị trong \"bien:\".",
    "An empty cell counts as no value: fill it in, or give a value under \"bien:\".",
  ),
  missingParentHint: m(
    "Giá trị cap_tren.… lấy từ kế hoạch cấp trên: chạy với --cap-tren <tệp kế hoạch của huyện>; kế hoạch đó cần có số và ngày.",
    "cap_tren.… values come from the parent plan: run with --cap-tren <the district's plan file>; that plan needs a number and a date.",
  ),
  dataHasNoValue: (name: string) => m(`Biến "{{${name}}}" chưa có giá trị.`, `The placeholder "{{${name}}}" has no value.`),
} as const;
