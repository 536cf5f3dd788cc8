// Messages of issue 10's .docx reader and the layout rules of `check` on Word files, in the shape of
// the one catalogue issue 9 builds (id → template with {param}), so that moving them there is
// mechanical. Until then, `docxMessage` turns an id into today's Localized.
import type { Localized } from "./i18n.js";

export const vi = {
  "read.docx.notDocx": "“{file}” không phải là tệp Word .docx (không đọc được gói nén của tệp).",
  "read.docx.notDocxHint": "Mở tệp bằng Word hoặc LibreOffice và lưu lại dưới dạng “Word Document (.docx)”; tệp .doc cũ cần chuyển sang .docx trước.",
  "read.docx.encrypted": "“{file}” được đặt mật khẩu nên không đọc được.",
  "read.docx.encryptedHint": "Bỏ mật khẩu (Word: Tệp → Thông tin → Bảo vệ tài liệu) rồi lưu lại.",
  "read.docx.tooLarge": "Phần “{part}” của “{file}” khi giải nén vượt quá {limit}: kehoach không mở (có thể là tệp nén độc hại).",
  "read.docx.tooLargeHint": "Một kế hoạch thật chỉ vài trăm KB; hãy kiểm tra lại tệp.",
  "read.docx.corrupt": "“{file}” bị hỏng: không đọc được phần “{part}” ({detail}).",
  "read.docx.corruptHint": "Mở tệp bằng Word hoặc LibreOffice (chế độ sửa tệp) và lưu lại.",
  "read.docx.noDocument": "“{file}” là gói Office nhưng không có nội dung văn bản Word (word/document.xml).",
} as const;

export type DocxMessageId = keyof typeof vi;

export const en: Record<DocxMessageId, string> = {
  "read.docx.notDocx": "“{file}” is not a Word .docx file (its zip package cannot be read).",
  "read.docx.notDocxHint": "Open it in Word or LibreOffice and save it as “Word Document (.docx)”; an old .doc must be converted to .docx first.",
  "read.docx.encrypted": "“{file}” is password-protected and cannot be read.",
  "read.docx.encryptedHint": "Remove the password (Word: File → Info → Protect Document) and save it again.",
  "read.docx.tooLarge": "Part “{part}” of “{file}” expands to more than {limit}: kehoach does not open it (it may be a zip bomb).",
  "read.docx.tooLargeHint": "A real plan is a few hundred KB; check the file.",
  "read.docx.corrupt": "“{file}” is damaged: part “{part}” cannot be read ({detail}).",
  "read.docx.corruptHint": "Open it in Word or LibreOffice (repair mode) and save it again.",
  "read.docx.noDocument": "“{file}” is an Office package but holds no Word document (word/document.xml).",
};

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** A message of this catalogue in both languages. */
export function docxMessage(id: DocxMessageId, params: Record<string, string | number> = {}): Localized {
  return { vi: fill(vi[id], params), en: fill(en[id], params) };
}
