// Messages of `kehoach import` and the document readers, in the shape of the one catalogue that
// issue 9 builds (id → template with {param}); `importMsg` turns one into today's Localized.
import type { Localized } from "./i18n.js";

export const vi = {
  "import.command.description": "đưa một kế hoạch cũ (.docx, .doc, .odt, .rtf, .pdf, .txt) vào tệp kế hoạch YAML",
  "import.command.files": "các tệp cần đưa vào",
  "import.command.out": "tệp YAML đích (một tệp vào)",
  "import.command.outDir": "thư mục đích (nhiều tệp vào)",
  "import.command.stdout": "ghi YAML ra đầu ra chuẩn thay vì ghi tệp",
  "import.usage.stdoutOne": "--stdout chỉ dùng với một tệp.",
  "import.usage.outOne": "-o chỉ dùng với một tệp; với nhiều tệp hãy dùng --out THƯ-MỤC.",
  "import.usage.outAndDir": "Chọn -o hoặc --out, không dùng cả hai.",
  "import.error.unknownFormat": "Không đọc được tệp \"{file}\": kehoach import nhận .docx, .doc, .odt, .rtf, .pdf và .txt.",
  "import.error.sameAsInput": "Tệp đích \"{file}\" chính là tệp đầu vào: không ghi đè.",
  "import.error.sameTarget": "Tệp đích \"{file}\" vừa được ghi từ một tệp vào khác cùng tên: không ghi đè. Đổi tên một trong hai tệp vào.",
  "import.error.scannedPdf":
    "Tệp PDF \"{file}\" không có lớp chữ (có lẽ là bản quét): không có chữ nào để đưa vào. Hãy dùng bản .docx gốc, hoặc nhận dạng chữ (OCR) trước. Không ghi tệp nào.",
  "import.error.badPdf": "Không đọc được tệp PDF \"{file}\": {reason}.",
  "import.error.noSoffice":
    "Để đọc tệp {ext} cần LibreOffice (lệnh soffice), nhưng máy này chưa có. Cài gói libreoffice-writer (ví dụ: sudo apt install libreoffice-writer), hoặc mở tệp bằng Word và lưu thành .docx.",
  "import.error.convertFailed": "LibreOffice không chuyển được \"{file}\" sang .docx: {reason}.",
  "import.error.convertTimeout": "LibreOffice không chuyển xong \"{file}\" trong {seconds} giây.",
  "import.written": "Đã ghi {file}",
  "import.summary": "{file}: {sections} mục, {items} khoản, {corrections} chỗ sửa, {warnings} cảnh báo.",
  "import.warning": "cảnh báo",
  "import.yamlHeader": "Nhập từ {file} bằng kehoach import. Mỗi chỗ sửa so với bản gốc được ghi ngay trên dòng có chỗ sửa:",

  "import.missing.field": "Bản gốc không có {what}: để trống ({key}); kehoach render sẽ hỏi khi thiếu.",
  "import.missing.title": "Không thấy dòng “KẾ HOẠCH”: phần đầu được đoán theo các mẫu Số:, địa danh, ngày tháng.",
  "import.unclassified": "Không nhận ra đoạn này; đưa vào như một đoạn văn của {where}.",
  "import.dropped": "Bỏ đoạn này ({why}).",
  "import.guess.agency": "Không có chữ đậm để phân biệt cơ quan chủ quản và cơ quan ban hành: đã đoán theo thứ tự dòng.",
  "import.table.ragged": "Dòng {row} của bảng có {got} ô, cần {expected}: đã thêm ô trống.",
  "import.numbering": "Số thứ tự gõ tay sai: {detail}; kehoach tự đánh số.",

  "import.where.opening": "phần mở đầu",
  "import.where.section": "mục {section}",

  "import.what.agency": "tên cơ quan ban hành",
  "import.what.abbrev": "chữ viết tắt tên cơ quan trong số ký hiệu",
  "import.what.place": "địa danh",
  "import.what.date": "ngày tháng năm",
  "import.what.summary": "trích yếu",
  "import.what.sections": "mục La Mã nào",
  "import.what.recipients": "nơi nhận",
  "import.what.signer": "chức vụ người ký",
  "import.what.name": "họ tên người ký",

  "import.why.signed": "dấu hiệu chữ ký",

  "import.reason.legacyGlyph": "chữ của phông cũ: {old} → {new}",
  "import.reason.nfc": "dấu tiếng Việt viết tổ hợp, chuyển sang dựng sẵn",
  "import.reason.pageNumber": "số trang {page} của bản gốc lọt vào câu",
  "import.reason.pageNumberLine": "số trang của bản gốc",
  "import.reason.runningHeader": "dòng đầu trang lặp lại ở mọi trang",
  "import.reason.splitWord": "một chữ bị ngắt xuống dòng",
  "import.reason.splitParagraph": "đoạn văn bị ngắt sang trang",
  "import.reason.gluedLine": "hai dòng bị dính vào nhau khi trích xuất",
  "import.reason.bulletMark": "dấu đầu dòng “{mark}”: Nghị định 30 dùng “-”",
  "import.reason.signatureSpace": "thiếu khoảng trắng sau “{prefix}”",
  "import.reason.romanSkip": "số La Mã nhảy từ {from} sang {to}; kehoach tự đánh số",
  "import.reason.romanRepeat": "số La Mã {to} bị lặp; kehoach tự đánh số",
  "import.reason.itemSkip": "số khoản nhảy từ {from} sang {to}; kehoach tự đánh số",
  "import.reason.itemRepeat": "số khoản {to} bị lặp; kehoach tự đánh số",
  "import.reason.pointSkip": "điểm {to}) đứng sau {from}); kehoach tự đánh chữ",
  "import.reason.monthZero": "Nghị định 30: chỉ tháng 1, 2 mới thêm số 0",
} as const;

export type ImportMessageId = keyof typeof vi;

export const en: Record<ImportMessageId, string> = {
  "import.command.description": "bring an existing plan (.docx, .doc, .odt, .rtf, .pdf, .txt) into a YAML plan file",
  "import.command.files": "files to import",
  "import.command.out": "output YAML file (one input)",
  "import.command.outDir": "output folder (several inputs)",
  "import.command.stdout": "write the YAML to standard output instead of a file",
  "import.usage.stdoutOne": "--stdout takes a single file.",
  "import.usage.outOne": "-o takes a single file; with several files use --out FOLDER.",
  "import.usage.outAndDir": "Choose -o or --out, not both.",
  "import.error.unknownFormat": "Cannot read \"{file}\": kehoach import takes .docx, .doc, .odt, .rtf, .pdf and .txt.",
  "import.error.sameAsInput": "The output \"{file}\" is the input itself: not overwritten.",
  "import.error.sameTarget": "The output \"{file}\" was just written from another input of the same name: not overwritten. Rename one of the two inputs.",
  "import.error.scannedPdf":
    "The PDF \"{file}\" has no text layer (probably a scan): there is no text to import. Use the original .docx, or run text recognition (OCR) first. Nothing was written.",
  "import.error.badPdf": "Cannot read the PDF \"{file}\": {reason}.",
  "import.error.noSoffice":
    "Reading a {ext} file needs LibreOffice (the soffice command), which is not installed. Install the libreoffice-writer package (e.g. sudo apt install libreoffice-writer), or open the file in Word and save it as .docx.",
  "import.error.convertFailed": "LibreOffice could not convert \"{file}\" to .docx: {reason}.",
  "import.error.convertTimeout": "LibreOffice did not finish converting \"{file}\" within {seconds} seconds.",
  "import.written": "Wrote {file}",
  "import.summary": "{file}: {sections} sections, {items} items, {corrections} corrections, {warnings} warnings.",
  "import.warning": "warning",
  "import.yamlHeader": "Imported from {file} by kehoach import. Each correction of the original is noted right above its line:",

  "import.missing.field": "The original has no {what}: left out ({key}); kehoach render will ask for it.",
  "import.missing.title": "No “KẾ HOẠCH” line: the header was guessed from the Số:, place and date patterns.",
  "import.unclassified": "Paragraph not recognised; kept as a plain paragraph of {where}.",
  "import.dropped": "Paragraph dropped ({why}).",
  "import.guess.agency": "No bold text to tell the parent agency from the issuing agency: guessed from the order of the lines.",
  "import.table.ragged": "Row {row} of the table has {got} cells, {expected} expected: empty cells added.",
  "import.numbering": "Typed numbering is wrong: {detail}; kehoach numbers items itself.",

  "import.where.opening": "the opening",
  "import.where.section": "section {section}",

  "import.what.agency": "issuing agency name",
  "import.what.abbrev": "agency abbreviation in the number",
  "import.what.place": "place name",
  "import.what.date": "date",
  "import.what.summary": "summary line",
  "import.what.sections": "Roman sections",
  "import.what.recipients": "recipients",
  "import.what.signer": "signer's title",
  "import.what.name": "signer's name",

  "import.why.signed": "signature mark",

  "import.reason.legacyGlyph": "legacy-font letter: {old} → {new}",
  "import.reason.nfc": "decomposed Vietnamese diacritics, composed (NFC)",
  "import.reason.pageNumber": "page number {page} of the original inside a sentence",
  "import.reason.pageNumberLine": "page number of the original",
  "import.reason.runningHeader": "running header repeated on every page",
  "import.reason.splitWord": "a word split by a line break",
  "import.reason.splitParagraph": "a paragraph split by a page break",
  "import.reason.gluedLine": "two lines glued together by the extraction",
  "import.reason.bulletMark": "bullet “{mark}”: Decree 30 uses “-”",
  "import.reason.signatureSpace": "missing space after “{prefix}”",
  "import.reason.romanSkip": "Roman numbering jumps from {from} to {to}; kehoach numbers sections itself",
  "import.reason.romanRepeat": "Roman numeral {to} repeated; kehoach numbers sections itself",
  "import.reason.itemSkip": "item numbering jumps from {from} to {to}; kehoach numbers items itself",
  "import.reason.itemRepeat": "item number {to} repeated; kehoach numbers items itself",
  "import.reason.pointSkip": "point {to}) follows {from}); kehoach letters points itself",
  "import.reason.monthZero": "Decree 30: only months 1 and 2 take a leading zero",
};

export type MessageParams = Record<string, string | number>;

function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all));
}

/** One message in both languages, its {params} filled. */
export function importMsg(id: ImportMessageId, params: MessageParams = {}): Localized {
  return { vi: fill(vi[id], params), en: fill(en[id], params) };
}
