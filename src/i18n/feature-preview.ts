// Messages of the live preview (kehoach xem), PDF output and the small output fixes of issue 12,
// in the catalogue shape (id → template with {param}) so that they move into vi.ts / en.ts as they
// are. `msg(id, params)` turns one into today's Localized.
import type { Localized } from "./i18n.js";

export const vi = {
  "xem.description": "xem trước kế hoạch trong trình duyệt; trang tự cập nhật mỗi lần lưu tệp",
  "xem.argument": "tệp kế hoạch (hoặc mẫu, với --data và --dong)",
  "xem.option.port": "cổng (mặc định: một cổng còn trống)",
  "xem.option.open": "mở trang trong trình duyệt mặc định",
  "xem.option.capTren": "kế hoạch cấp trên, cho các biến {{cap_tren.…}}",
  "xem.option.data": "tệp dữ liệu của mẫu (CSV, XLSX, YAML, JSON)",
  "xem.option.row": "dòng dữ liệu để xem (mặc định: 1)",
  "xem.listening": "Xem trước tại {url}\nTrang tự cập nhật mỗi khi lưu {file}. Nhấn Ctrl-C để dừng.",
  "xem.stopped": "Đã dừng xem trước.",
  "xem.badPort": "--port cần một số từ 1 đến 65535 (nhận \"{value}\").",
  "xem.badRow": "--dong cần một số dòng từ 1 trở lên (nhận \"{value}\").",
  "xem.rowNeedsData": "--dong chỉ dùng cùng --data.",
  "xem.rowMissing": "Tệp dữ liệu \"{data}\" chỉ có {rows} dòng, không có dòng {row}.",
  "xem.portBusy": "Cổng {port} đang được dùng; chọn cổng khác với --port, hoặc bỏ --port để dùng một cổng còn trống.",
  "xem.cannotListen": "Không mở được máy chủ xem trước: {why}.",
  "xem.noBrowser": "Không mở được trình duyệt; hãy tự mở địa chỉ trên.",
  "xem.updated": "Đã cập nhật ({ms} ms).",
  "xem.page.title": "Xem trước — {file}",
  "xem.page.findings": "Kiểm tra (kehoach check)",
  "xem.page.noFindings": "Không có lỗi hay cảnh báo.",
  "xem.page.findingsWait": "Sửa các lỗi ở trên để kiểm tra tiếp.",
  "xem.page.errorTitle": "Kế hoạch có lỗi; trang dưới đây là lần dựng đúng gần nhất.",
  "xem.page.noRender": "Chưa dựng được kế hoạch.",
  "xem.page.disconnected": "Mất kết nối với kehoach xem (đã dừng?). Trang sẽ tự nối lại.",
  "xem.page.loading": "Đang dựng…",
  "pdf.noSoffice":
    "Không tìm thấy LibreOffice (lệnh soffice), cần để xuất PDF. Cài LibreOffice: trên Debian/Ubuntu chạy \"sudo apt install libreoffice-writer\"; trên Windows hoặc macOS tải bản cài tại libreoffice.org. Hoặc đặt biến KEHOACH_SOFFICE là đường dẫn tới soffice.",
  "pdf.timeout": "LibreOffice không chuyển xong sang PDF sau {seconds} giây; đã dừng LibreOffice. Không tệp PDF nào được ghi.",
  "pdf.failed": "LibreOffice không chuyển được sang PDF (mã thoát {code}){detail}. Không tệp PDF nào được ghi.",
  "pdf.missingOutput": "LibreOffice không tạo ra tệp PDF cho \"{file}\".",
  "pdf.converting": "Đang chuyển {count} tệp sang PDF bằng LibreOffice…",
  "write.lockedRename": "tệp đang mở trong Word (hoặc chương trình khác): đóng tệp trong Word rồi chạy lại; tệp cũ vẫn giữ nguyên",
  "write.lockedOrDenied":
    "không có quyền ghi, hoặc tệp đang mở trong Word: đóng tệp trong Word rồi chạy lại; tệp cũ vẫn giữ nguyên",
} as const;

export type FeatureMessageId = keyof typeof vi;

export const en: Record<FeatureMessageId, string> = {
  "xem.description": "preview a plan in the browser; the page follows every save",
  "xem.argument": "the plan file (or a template, with --data and --dong)",
  "xem.option.port": "port (default: a free one)",
  "xem.option.open": "open the page in the default browser",
  "xem.option.capTren": "the parent plan, for {{cap_tren.…}} values",
  "xem.option.data": "the template's data file (CSV, XLSX, YAML, JSON)",
  "xem.option.row": "the data row to preview (default: 1)",
  "xem.listening": "Preview at {url}\nThe page follows every save of {file}. Press Ctrl-C to stop.",
  "xem.stopped": "Preview stopped.",
  "xem.badPort": "--port takes a number from 1 to 65535 (got \"{value}\").",
  "xem.badRow": "--dong takes a row number from 1 (got \"{value}\").",
  "xem.rowNeedsData": "--dong needs --data.",
  "xem.rowMissing": "The data file \"{data}\" has {rows} rows, no row {row}.",
  "xem.portBusy": "Port {port} is in use; pick another with --port, or leave --port out for a free one.",
  "xem.cannotListen": "Cannot start the preview server: {why}.",
  "xem.noBrowser": "Could not open a browser; open the address above yourself.",
  "xem.updated": "Updated ({ms} ms).",
  "xem.page.title": "Preview — {file}",
  "xem.page.findings": "Check (kehoach check)",
  "xem.page.noFindings": "No errors or warnings.",
  "xem.page.findingsWait": "Fix the errors above to check the plan again.",
  "xem.page.errorTitle": "The plan has errors; below is the last good render.",
  "xem.page.noRender": "The plan has not rendered yet.",
  "xem.page.disconnected": "Lost the connection to kehoach xem (stopped?). The page reconnects by itself.",
  "xem.page.loading": "Rendering…",
  "pdf.noSoffice":
    "LibreOffice (the soffice command) is not installed; PDF output needs it. Install LibreOffice: on Debian/Ubuntu run \"sudo apt install libreoffice-writer\"; on Windows or macOS download it from libreoffice.org. Or set KEHOACH_SOFFICE to the path of soffice.",
  "pdf.timeout": "LibreOffice did not finish the PDF conversion within {seconds} seconds and was stopped. No PDF was written.",
  "pdf.failed": "LibreOffice could not convert to PDF (exit code {code}){detail}. No PDF was written.",
  "pdf.missingOutput": "LibreOffice made no PDF for \"{file}\".",
  "pdf.converting": "Converting {count} file(s) to PDF with LibreOffice…",
  "write.lockedRename": "the file is open in Word (or another program): close the file in Word, then run again; the old file is kept as it was",
  "write.lockedOrDenied": "permission denied, or the file is open in Word: close the file in Word, then run again; the old file is kept as it was",
};

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** One message in both languages, parameters filled. */
export function msg(id: FeatureMessageId, params: Record<string, string | number> = {}): Localized {
  return { vi: fill(vi[id], params), en: fill(en[id], params) };
}
