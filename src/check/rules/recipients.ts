// Nơi nhận per nd30 §8: the last item is the archive line "Lưu: VT, <drafting unit>" — "Lưu",
// a colon, then "VT" (văn thư) — and it appears once, at the end.
//
// ok:     noi_nhan: [Phòng LĐTBXH huyện (b/c), "Lưu: VT, CSXH"]
// not ok: noi_nhan: ["Lưu VT", Phòng LĐTBXH huyện]   → "Lưu" not last, no colon
import { foldVietnamese } from "../../text/fold.js";
import type { Finding, Rule } from "../rule.js";

/** The item as the writer prints it: without a typed "- " and the final ";" or ".". */
function core(raw: string): string {
  return raw.trim().replace(/^[-–+•]\s*/, "").replace(/[;.,]+$/, "").trim();
}

const ARCHIVE = /^Lưu\s*:\s*VT(?![\p{L}])/u;

export const rule: Rule = {
  id: "recipients",
  description: {
    vi: 'Nơi nhận kết thúc bằng dòng lưu "Lưu: VT, …".',
    en: 'The recipients end with the archive line "Lưu: VT, …".',
  },
  defaultSeverity: "error",
  docs: "nd30.md §8",
  check(ctx) {
    if (ctx.template && ctx.plan.noi_nhan.some((r) => r.includes("{{"))) return [];
    const items = ctx.plan.noi_nhan.map(core);
    const out: Finding[] = [];
    const archive = items
      .map((t, i) => ({ t, i }))
      .filter(({ t }) => foldVietnamese(t).startsWith("luu"));
    const last = items.length - 1;
    items.forEach((t, i) => {
      // "Đảng ủy, HĐND; (b/c)", "Ban CS – LP TP; đ/c Thanh Loan": the ";" that ends the line, typed
      // before its annotation. (A ";" between two groups, "phòng, ban, ngành; đoàn thể", is left alone.)
      const semi = /;\s*(\(|đ\/c\b)/u.exec(t);
      if (semi) {
        out.push({
          path: ctx.sourcePathOf(["noi_nhan", i]),
          within: { value: ctx.plan.noi_nhan[i]!, index: ctx.plan.noi_nhan[i]!.indexOf(";"), length: 1 },
          message: {
            vi: `Dấu ";" đặt giữa dòng nơi nhận "${t}", trước phần ghi chú: dấu ";" chỉ đứng ở cuối dòng.`,
            en: `A ";" inside the recipient line "${t}", before its note: ";" only ends a line.`,
          },
          hint: {
            vi: 'Bỏ dấu ";" (kehoach tự thêm ở cuối dòng); ghi chú viết liền sau tên, ví dụ "Đảng ủy, HĐND (b/c)", "Ban CS – LP TP: đ/c Thanh Loan".',
            en: 'Drop the ";" (kehoach adds it at the end); write the note right after the name, e.g. "Đảng ủy, HĐND (b/c)".',
          },
        });
      }
    });
    if (archive.length === 0) {
      out.push({
        path: ["noi_nhan", last],
        message: { vi: 'Nơi nhận thiếu dòng cuối "Lưu: VT, …".', en: 'The recipients lack the last line "Lưu: VT, …".' },
        hint: { vi: 'Thêm dòng cuối "Lưu: VT, <đơn vị soạn thảo>" (ví dụ "Lưu: VT, CSXH"), đặt trong ngoặc kép.', en: 'Add a last line "Lưu: VT, <drafting unit>" (e.g. "Lưu: VT, CSXH"), in quotes.' },
      });
      return out;
    }
    for (const { t, i } of archive) {
      const path = ctx.sourcePathOf(["noi_nhan", i]);
      if (i !== last) {
        out.push({
          path,
          message: { vi: `Dòng "${t}" phải là dòng cuối của nơi nhận.`, en: `"${t}" must be the last recipient line.` },
          hint: { vi: "Chuyển dòng Lưu xuống cuối danh sách.", en: "Move the archive line to the end." },
        });
      } else if (!ARCHIVE.test(t)) {
        const unit = t.replace(/^Lưu\s*:?\s*(VT|Văn thư|văn thư)?\s*,?\s*/iu, "");
        out.push({
          path,
          message: { vi: `Dòng lưu "${t}" phải có dạng "Lưu: VT, …".`, en: `The archive line "${t}" must read "Lưu: VT, …".` },
          hint: { vi: `Viết "Lưu: VT${unit ? ", " + unit : ", <đơn vị soạn thảo>"}".`, en: `Write "Lưu: VT${unit ? ", " + unit : ", <drafting unit>"}".` },
        });
      }
    }
    return out;
  },
};
