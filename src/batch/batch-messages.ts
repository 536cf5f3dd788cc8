// Messages of `kehoach batch`, in both languages.
import type { Localized } from "../i18n/i18n.js";

const m = (vi: string, en: string): Localized => ({ vi, en });

/** "dòng 2, 3, 5 và 7 khác" — a list of rows, cut after a few. */
export function rowList(labels: string[], max = 12): Localized {
  const shown = labels.slice(0, max).join(", ");
  const more = labels.length - max;
  return more > 0 ? m(`${shown} và ${more} dòng khác`, `${shown} and ${more} more`) : m(shown, shown);
}

export const BATCH_MSG = {
  missingColumn: (name: string, data: string, rows: number, which: Localized) =>
    m(
      `Tệp dữ liệu "${data}" không có cột "${name}" mà mẫu cần: thiếu cho ${rows === 1 ? "dòng dữ liệu duy nhất" : `cả ${rows} dòng`} (${which.vi}).`,
      `The data file "${data}" has no column "${name}", which the template needs: missing for ${rows === 1 ? "its only row" : `all ${rows} rows`} (${which.en}).`,
    ),
  missingColumnHint: (name: string, also: string) =>
    m(
      `Thêm cột "${name}" vào tệp dữ liệu (tiêu đề "${name}"), hoặc khai báo ${name} trong "bien:" của mẫu.${also ? ` Cũng dùng ở dòng:cột ${also} của mẫu.` : ""}`,
      `Add a column "${name}" to the data file, or give ${name} a value under "bien:" in the template.${also ? ` Also used at line:column ${also} of the template.` : ""}`,
    ),
  missingInRows: (name: string, rows: string) => m(`Biến "{{${name}}}" chưa có giá trị ở ${rows}.`, `The placeholder "{{${name}}}" has no value at ${rows}.`),
  missingInRowsHint: m(
    "Điền các ô còn trống (ô trống tính là chưa có giá trị), hoặc khai báo giá trị chung trong \"bien:\".",
    "Fill in the empty cells (an empty cell counts as no value), or give a common value under \"bien:\".",
  ),
  noParent: (names: string) =>
    m(`Mẫu dùng giá trị của kế hoạch cấp trên (${names}) nhưng chưa có --cap-tren.`, `The template uses values of the parent plan (${names}) but --cap-tren was not given.`),
  usedAt: (places: string) => m(`Cũng dùng ở dòng:cột ${places} của mẫu.`, `Also used at line:column ${places} of the template.`),
  noParentHint: m(
    "Chạy lại với --cap-tren <tệp kế hoạch của huyện>, ví dụ --cap-tren plans/huyen-kong-chro-2022.yaml.",
    "Run again with --cap-tren <the district's plan file>, e.g. --cap-tren plans/huyen-kong-chro-2022.yaml.",
  ),
  parentLacks: (name: string, parent: string, what: string) =>
    m(`Biến "{{${name}}}" chưa có giá trị: kế hoạch cấp trên "${parent}" ${what}.`, `The placeholder "{{${name}}}" has no value: the parent plan "${parent}" ${what}.`),
  parentNoNumber: m("chưa có số (còn là dự thảo)", "has no number (it is still a draft)"),
  parentNoDay: m("chưa có ngày ký (còn là dự thảo)", "has no day (it is still a draft)"),
  parentNoKey: (keys: string) => m(`không có giá trị này; các giá trị có: ${keys}`, `has no such value; the values are: ${keys}`),
  parentFromBien: m(
    "Không có --cap-tren: các giá trị {{cap_tren.…}} lấy từ giá trị mẫu trong \"bien:\" của mẫu.",
    "No --cap-tren: the {{cap_tren.…}} values come from the sample values under \"bien:\" in the template.",
  ),
  parentFromBienHint: m(
    "Chỉ ra kế hoạch của huyện bằng --cap-tren để số, ngày và trích yếu luôn đúng.",
    "Name the district's plan with --cap-tren so that its number, date and summary are always right.",
  ),
  beforeParent: (date: string, parent: string) =>
    m(`Ngày của kế hoạch (${date}) sớm hơn ngày của kế hoạch cấp trên (${parent}).`, `The plan's date (${date}) is earlier than the parent plan's (${parent}).`),
  badName: (name: string, reason: string) => m(`Tên tệp "${name}" không dùng được: ${reason}.`, `The file name "${name}" cannot be used: ${reason}.`),
  badNameHint: m(
    'Dùng --name với hàm slug, ví dụ --name "{{slug xa}}.docx": tên chỉ còn chữ không dấu, số và dấu "-".',
    'Use --name with the slug helper, e.g. --name "{{slug xa}}.docx": the name keeps only ASCII letters, digits and "-".',
  ),
  nameEmpty: m("tên trống", "it is empty"),
  nameSlash: m('có dấu "/" hoặc "\\" (tệp phải nằm ngay trong thư mục --out)', 'it holds "/" or "\\" (files go straight into the --out folder)'),
  nameDots: m('là "." hoặc ".."', 'it is "." or ".."'),
  nameChars: (chars: string) => m(`có ký tự không dùng được trong tên tệp trên Windows: ${chars}`, `it holds characters Windows does not allow in file names: ${chars}`),
  nameReserved: (base: string) => m(`"${base}" là tên dành riêng của Windows`, `"${base}" is a reserved name on Windows`),
  nameTrailing: m("kết thúc bằng dấu chấm hoặc dấu cách (Windows sẽ cắt bỏ)", "it ends in a dot or a space (Windows drops them)"),
  nameTooLong: m("dài quá 255 byte", "it is longer than 255 bytes"),
  nameClash: (name: string, rows: string) => m(`Nhiều dòng cho cùng một tên tệp "${name}": ${rows}.`, `Several rows give the same file name "${name}": ${rows}.`),
  nameClashHint: m(
    'Không ghi tệp nào để không tệp nào bị ghi đè. Thêm một giá trị phân biệt vào --name, ví dụ --name "{{slug xa}}-{{stt}}.docx".',
    'Nothing was written, so that no file overwrites another. Add a distinguishing value to --name, e.g. --name "{{slug xa}}-{{stt}}.docx".',
  ),
  nameIsInput: (name: string, input: string) => m(`Tên tệp "${name}" trùng với tệp đầu vào "${input}".`, `The file name "${name}" is the input file "${input}".`),
  namePattern: m("--name", "--name"),
  outNotDir: (out: string) => m(`--out "${out}" là một tệp, không phải thư mục.`, `--out "${out}" is a file, not a folder.`),
  badJobs: (v: string) => m(`--jobs cần một số nguyên từ 1 đến 64, không phải "${v}".`, `--jobs takes a whole number from 1 to 64, not "${v}".`),
  stoppedBeforeWriting: (n: number) =>
    m(
      `Không ghi tệp nào: mẫu và dữ liệu chưa khớp (${n} lỗi ở trên). Sửa hết rồi chạy lại.`,
      `Nothing was written: the template and the data do not fit (${n} error${n === 1 ? "" : "s"} above). Fix them and run again.`,
    ),
  rowFailed: (label: string) => m(`Lỗi ở ${label}:`, `Failed at ${label}:`),
  written: (file: string, done: number, total: number) => m(`Đã ghi ${file} (${done}/${total})`, `Wrote ${file} (${done}/${total})`),
  checked: (label: string, file: string) => m(`${label}: hợp lệ → ${file}`, `${label}: valid → ${file}`),
  summary: (written: number, total: number, failed: number, seconds: string, out: string) =>
    m(
      `Xong: đã ghi ${written}/${total} tệp vào ${out}${failed > 0 ? `, ${failed} dòng lỗi` : ""} (${seconds} giây).`,
      `Done: wrote ${written} of ${total} files to ${out}${failed > 0 ? `, ${failed} row${failed === 1 ? "" : "s"} failed` : ""} (${seconds} s).`,
    ),
  dryRunSummary: (ok: number, total: number, failed: number, seconds: string) =>
    m(
      `Kiểm tra xong: ${ok}/${total} dòng hợp lệ${failed > 0 ? `, ${failed} dòng lỗi` : ""}; không ghi tệp nào (--dry-run) (${seconds} giây).`,
      `Check done: ${ok} of ${total} rows valid${failed > 0 ? `, ${failed} failed` : ""}; nothing written (--dry-run) (${seconds} s).`,
    ),
  failedList: m("Các dòng lỗi:", "Failed rows:"),
  workerCrash: (why: string) => m(`lỗi nội bộ khi dựng văn bản: ${why}`, `internal error while rendering: ${why}`),
} as const;
