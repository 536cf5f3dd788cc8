// Messages about data files (CSV, XLSX, YAML, JSON) for batch, in both languages.
import type { Localized } from "../i18n/i18n.js";

const m = (vi: string, en: string): Localized => ({ vi, en });

export const DATA_MSG = {
  rowLabel: (file: string, line: number) => m(`${file}, dòng ${line}`, `${file}, line ${line}`),
  sheetRowLabel: (file: string, row: number) => m(`${file}, hàng ${row}`, `${file}, row ${row}`),
  itemLabel: (file: string, item: number, line: number) => m(`${file}, mục ${item} (dòng ${line})`, `${file}, item ${item} (line ${line})`),
  unknownFormat: (file: string) =>
    m(
      `Không nhận ra định dạng của tệp dữ liệu "${file}": dùng .csv, .xlsx, .yaml hoặc .json.`,
      `Unknown data file format "${file}": use .csv, .xlsx, .yaml or .json.`,
    ),
  oldExcel: (file: string) =>
    m(
      `Tệp "${file}" là định dạng Excel cũ (.xls) hoặc OpenDocument (.ods): mở bằng Excel/LibreOffice và lưu lại thành .xlsx hoặc "CSV UTF-8".`,
      `"${file}" is an old Excel (.xls) or OpenDocument (.ods) file: open it and save it as .xlsx or "CSV UTF-8".`,
    ),
  csvEncodingHint: m(
    'Trong Excel: Tệp → Lưu thành → chọn kiểu "CSV UTF-8 (Comma delimited)" rồi chạy lại.',
    'In Excel: File → Save As → choose "CSV UTF-8 (Comma delimited)", then run again.',
  ),
  unterminatedQuote: m("Dấu ngoặc kép mở ở đây không được đóng.", "The quote opened here is never closed."),
  unterminatedQuoteHint: m(
    'Mỗi ô bắt đầu bằng " phải kết thúc bằng "; dấu " bên trong ô viết thành "".',
    'A cell that starts with " must end with "; a " inside a cell is written "".',
  ),
  afterQuote: (ch: string) => m(`Ký tự "${ch}" đứng sau dấu ngoặc kép đóng ô.`, `The character "${ch}" follows the quote that closes the cell.`),
  afterQuoteHint: m(`Dấu " bên trong ô viết thành "" (ví dụ "Trường ""Hoa Sen""" là ô Trường "Hoa Sen").`, `A " inside a cell is written "" (e.g. "Trường ""Hoa Sen""" is the cell Trường "Hoa Sen").`),
  noHeader: m("Tệp dữ liệu trống: cần một dòng tiêu đề và ít nhất một dòng dữ liệu.", "The data file is empty: a header line and at least one row are needed."),
  noRows: m("Tệp dữ liệu chỉ có dòng tiêu đề, không có dòng dữ liệu nào.", "The data file has a header but no rows."),
  badHeader: (col: string, reason: string) => m(`Cột ${col}: ${reason}.`, `Column ${col}: ${reason}.`),
  badHeaderHint: m(
    'Tiêu đề cột trở thành tên biến: "Tên xã" → {{ten_xa}}. Đổi tên cột, chỉ dùng chữ, số, dấu cách hoặc _.',
    'Headers become variable names: "Tên xã" → {{ten_xa}}. Rename the column using letters, digits, spaces or _.',
  ),
  duplicateHeader: (name: string, a: string, b: string) =>
    m(`Hai cột ${a} và ${b} cùng cho tên biến "${name}".`, `Columns ${a} and ${b} both give the variable name "${name}".`),
  duplicateHeaderHint: m("Đổi tên một trong hai cột.", "Rename one of the two columns."),
  emptyHeader: (col: string) => m(`Cột ${col} có dữ liệu nhưng không có tiêu đề.`, `Column ${col} holds data but has no header.`),
  emptyHeaderHint: m("Thêm tiêu đề cho cột, hoặc xóa dữ liệu thừa.", "Give the column a header, or delete the stray data."),
  extraCells: (n: number, cols: number) => m(`Dòng có ${n} ô nhưng dòng tiêu đề chỉ có ${cols} cột.`, `The line has ${n} cells but the header has only ${cols} columns.`),
  extraCellsHint: m(
    'Ô có dấu phân cách (dấu phẩy, dấu chấm phẩy) phải đặt trong ngoặc kép: "Làng A, Làng B".',
    'A cell holding the delimiter (comma, semicolon) must be quoted: "Làng A, Làng B".',
  ),
  controlChars: (rows: string) => m(`Đã xóa ký tự điều khiển không in được ở ${rows}.`, `Removed non-printable control characters at ${rows}.`),
  notAList: m("Tệp dữ liệu YAML/JSON phải là một danh sách, mỗi phần tử là một dòng (khóa: giá trị).", "A YAML/JSON data file must be a list with one mapping (key: value) per row."),
  notAListHint: m("Ví dụ:\n- xa: Chơ Long\n  so: 12\n- xa: Đăk Pơ Pho\n  so: 15", "For example:\n- xa: Chơ Long\n  so: 12\n- xa: Đăk Pơ Pho\n  so: 15"),
  itemNotObject: m("Mỗi phần tử của danh sách phải là một nhóm khóa: giá trị.", "Each list item must be a mapping of key: value."),
  badKey: (reason: string) => m(`Khóa không dùng được: ${reason}.`, `Unusable key: ${reason}.`),
  badXlsx: (why: string) => m(`Không đọc được tệp Excel: ${why}.`, `Cannot read the Excel file: ${why}.`),
  badXlsxHint: m("Mở tệp bằng Excel và lưu lại thành .xlsx, hoặc xuất ra \"CSV UTF-8\".", "Open it in Excel and save it again as .xlsx, or export \"CSV UTF-8\"."),
  tooManyRows: (max: number) => m(`Tệp dữ liệu có quá nhiều dòng (tối đa ${max}).`, `The data file has too many rows (at most ${max}).`),
} as const;
