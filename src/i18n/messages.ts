// The vi/en message catalogue. Each entry returns both languages; the caller picks one.
import type { Localized } from "./i18n.js";

const m = (vi: string, en: string): Localized => ({ vi, en });

export const MSG = {
  fileNotFound: (f: string) => m(`Không tìm thấy tệp "${f}".`, `File "${f}" not found.`),
  fileNotFoundHint: m("Kiểm tra lại đường dẫn và tên tệp.", "Check the path and the file name."),
  fileUnreadable: (f: string, why: string) => m(`Không đọc được tệp "${f}": ${why}.`, `Cannot read "${f}": ${why}.`),
  isDirectory: (f: string) => m(`"${f}" là một thư mục, không phải tệp.`, `"${f}" is a folder, not a file.`),
  fileTooLarge: (size: string, max: string) =>
    m(`Tệp quá lớn (${size}); giới hạn là ${max}.`, `The file is too large (${size}); the limit is ${max}.`),
  fileTooLargeHint: m(
    "Một kế hoạch thường chỉ vài chục KB: kiểm tra xem có chọn nhầm tệp không.",
    "A plan is usually a few dozen KB: check that this is the right file.",
  ),
  emptyFile: m("Tệp trống: không có nội dung kế hoạch.", "The file is empty: there is no plan in it."),
  emptyFileHint: m("Chạy `kehoach new` để tạo một kế hoạch mẫu.", "Run `kehoach new` to get a starter plan."),
  binaryFile: m("Tệp không phải văn bản (có byte nhị phân).", "The file is not text (it has binary bytes)."),
  binaryFileHint: m("Kế hoạch phải là tệp YAML (.yaml) dạng văn bản UTF-8.", "A plan must be a YAML text file in UTF-8."),
  legacyEncoding: m(
    "Tệp không phải UTF-8: có vẻ được gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI.",
    "The file is not UTF-8: it looks like a legacy Vietnamese encoding (TCVN3/ABC or VNI).",
  ),
  legacyEncodingHint: m(
    "Chuyển sang Unicode (ví dụ bằng Unikey → Công cụ chuyển mã) rồi lưu lại dưới dạng UTF-8.",
    "Convert it to Unicode (for instance with Unikey's converter) and save it as UTF-8.",
  ),
  yamlSyntax: (detail: string) => m(`Lỗi cú pháp YAML: ${detail}`, `YAML syntax error: ${detail}`),
  yamlSyntaxHint: m(
    "Kiểm tra thụt lề (dùng dấu cách, không dùng Tab) và dấu hai chấm sau mỗi khóa; chuỗi có dấu \":\" hoặc \"#\" nên đặt trong ngoặc kép.",
    "Check the indentation (spaces, not tabs) and the colon after each key; quote strings that contain \":\" or \"#\".",
  ),
  tooDeep: (max: number) => m(`Cấu trúc lồng nhau quá sâu (quá ${max} cấp).`, `The structure is nested too deeply (over ${max} levels).`),
  tooDeepHint: m("Một kế hoạch chỉ cần vài cấp: mục → khoản → điểm.", "A plan needs only a few levels: section → item → point."),
  aliasBomb: m("Tệp dùng quá nhiều bí danh YAML (*alias).", "The file uses too many YAML aliases (*alias)."),
  aliasBombHint: m("Viết nội dung trực tiếp, không dùng &anchor/*alias.", "Write the content out; do not use &anchor/*alias."),
  notAPlan: m("Tệp không chứa một kế hoạch (cần các khóa như co_quan, trich_yeu, muc).", "The file holds no plan (keys such as co_quan, trich_yeu, muc are expected)."),
  unknownKey: (key: string) => m(`Khóa "${key}" không có trong mẫu kế hoạch.`, `Unknown key "${key}".`),
  didYouMean: (s: string) => m(`Có phải ý bạn là "${s}"?`, `Did you mean "${s}"?`),
  allowedKeys: (keys: string) => m(`Các khóa được dùng ở đây: ${keys}.`, `Keys allowed here: ${keys}.`),
  missingKey: (key: string) => m(`Thiếu khóa bắt buộc "${key}".`, `Missing required key "${key}".`),
  missingKeyHint: (key: string, desc: string) =>
    m(`Thêm "${key}: …" vào đây${desc ? ` (${desc})` : ""}.`, `Add "${key}: …" here${desc ? ` (${desc})` : ""}.`),
  expectedType: (expected: string, got: string) =>
    m(`Cần ${expected}, nhưng ở đây là ${got}.`, `Expected ${expected}, got ${got}.`),
  badBlock: m(
    "Khối nội dung không hợp lệ: cần một đoạn văn (chuỗi) hoặc một đối tượng có một trong các khóa ten, doan, diem, gach, bang, neu, lap.",
    "Invalid block: expected a paragraph (a string) or an object with one of the keys ten, doan, diem, gach, bang, neu, lap.",
  ),
  badBlockHint: m(
    "Ví dụ: \"- Tuyên truyền …\" cho một đoạn văn, hoặc \"- ten: Mục đích\" cho một khoản đánh số.",
    "For example \"- Tuyên truyền …\" for a paragraph, or \"- ten: Mục đích\" for a numbered item.",
  ),
  emptyString: m("Giá trị không được để trống.", "The value must not be empty."),
  tooMany: (what: string, max: number) => m(`Quá nhiều ${what} (tối đa ${max}).`, `Too many ${what} (at most ${max}).`),
  stringTooLong: (max: number) => m(`Chuỗi quá dài (tối đa ${max} ký tự).`, `The string is too long (at most ${max} characters).`),
  badDate: (value: string) => m(`Ngày "${value}" không đúng dạng.`, `The date "${value}" is not in a known form.`),
  badDateHint: m(
    "Viết ngày dạng 2024-04-15 hoặc 15/4/2024; bản dự thảo chưa có ngày: 2024-04 hoặc 4/2024.",
    "Write the date as 2024-04-15 or 15/4/2024; a draft without a day: 2024-04 or 4/2024.",
  ),
  impossibleDate: (value: string) => m(`Ngày "${value}" không tồn tại.`, `The date "${value}" does not exist.`),
  impossibleDateHint: m("Kiểm tra lại ngày và tháng (tháng 2 chỉ có 28 hoặc 29 ngày).", "Check the day and the month."),
  badNumber: (value: string) => m(`Số văn bản "${value}" không hợp lệ.`, `Invalid document number "${value}".`),
  badNumberHint: m("Số văn bản là số nguyên dương, ví dụ so: 12. Bản dự thảo thì bỏ trống khóa so.", "The number is a positive integer, e.g. so: 12. Leave so out in a draft."),
  badAbbrev: m("Chữ viết tắt tên cơ quan chỉ gồm chữ in hoa, số và dấu \"-\" (ví dụ UBND, BTV).", "The agency abbreviation holds upper-case letters, digits and \"-\" only (e.g. UBND, BTV)."),
  placeholderMissing: (name: string) =>
    m(`Biến "{{${name}}}" chưa có giá trị.`, `The placeholder "{{${name}}}" has no value.`),
  placeholderMissingHint: m(
    "Khai báo giá trị trong \"bien:\" của kế hoạch, hoặc thêm cột cùng tên vào tệp dữ liệu.",
    "Give it a value under \"bien:\" in the plan, or add a column of that name to the data file.",
  ),
  placeholderSyntax: (detail: string) => m(`Biểu thức {{…}} sai cú pháp: ${detail}`, `Bad {{…}} expression: ${detail}`),
  placeholderSyntaxHint: m("Mỗi \"{{\" phải có \"}}\" đóng; tên biến không có dấu cách.", "Every \"{{\" needs a closing \"}}\"; names have no spaces."),
  unknownHelper: (name: string) => m(`Hàm "${name}" không tồn tại.`, `Unknown helper "${name}".`),
  unknownHelperHint: (list: string) => m(`Các hàm có sẵn: ${list}.`, `Available helpers: ${list}.`),
  forbiddenName: (name: string) => m(`Không được dùng tên "${name}" trong biểu thức.`, `The name "${name}" is not allowed in an expression.`),
  controlChars: m("Đã xóa ký tự điều khiển không in được khỏi văn bản.", "Removed non-printable control characters from the text."),
  cannotWrite: (f: string, why: string) => m(`Không ghi được "${f}": ${why}.`, `Cannot write "${f}": ${why}.`),
  outputDirMissing: (d: string) => m(`Thư mục "${d}" không tồn tại`, `the folder "${d}" does not exist`),
  readOnly: m("không có quyền ghi", "permission denied"),
  diskFull: m("đĩa đã đầy", "the disk is full"),
  targetIsDir: m("đích là một thư mục", "the target is a folder"),
  fileLocked: m("tệp đang được mở bởi chương trình khác (Word?)", "the file is open in another program (Word?)"),
  written: (f: string) => m(`Đã ghi ${f}`, `Wrote ${f}`),
  crash: m("Lỗi nội bộ của kehoach. Chạy lại với --debug để xem chi tiết và báo lỗi cho nhóm phát triển.", "Internal error in kehoach. Run again with --debug for details and report it."),
  errorsFound: (n: number) => m(`${n} lỗi`, `${n} error${n === 1 ? "" : "s"}`),
  warningsFound: (n: number) => m(`${n} cảnh báo`, `${n} warning${n === 1 ? "" : "s"}`),
} as const;
