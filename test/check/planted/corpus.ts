// The planted-defect corpus: example plans, each with ONE realistic mistake typed in, the rule
// that must report it, and where. One row per defect:
//   id     stable name;  kind  what kind of mistake (recall is printed per kind)
//   file   the plan it is planted in (repository path);  from → to  the edit (from occurs once)
//   rule   the rule expected to report it;  at  text of `to` on the defect's line (default: to)
// Built from the mistakes of the three reference plans (plans/*.yaml "# sửa:" notes) and the ones
// issue 11 lists; the plans without the edit have no finding at all (zero-findings.test.ts).
export interface PlantedDefect {
  id: string;
  kind: string;
  file: string;
  from: string;
  to: string;
  rule: string;
  at?: string;
}

const K = "plans/huyen-kong-chro-2022.yaml";
const C = "plans/xa-cam-tan-2024.yaml";
const H = "plans/hoi-lhpn-hoc-mon-2021.yaml";
const L = "test/check/fixtures/clean.yaml";
const S = "templates/khoi-tao/ke-hoach.yaml";

export const PLANTED: readonly PlantedDefect[] = [
  // Spelling: non-words (structure of the syllable).
  { id: "sp-double-c", kind: "spelling", file: K, from: "Phòng Nội vụ: Chủ trì", to: "Phòng Nội vụ: Chủ trìi", rule: "spelling" },
  { id: "sp-thuc", kind: "spelling", file: L, from: "Kiểm tra việc thực hiện", to: "Kiểm tra việc thưc hiện", rule: "spelling" },
  { id: "sp-chucc", kind: "spelling", file: C, from: "Tăng cường kiểm tra phát hiện", to: "Tăng cường kiểm tra phát hiệnn", rule: "spelling" },
  { id: "sp-nghanh", kind: "spelling", file: L, from: "giữa các ban, ngành, đoàn thể", to: "giữa các ban, nghành, đoàn thể", rule: "spelling" },
  { id: "sp-two-tones", kind: "spelling", file: H, from: "Tích cực tham mưu, đề xuất công tác cán bộ nữ.", to: "Tích cực tham mưu, đề xuất công tác cán bộ nữ̃.", rule: "spelling" },
  { id: "sp-extra-g", kind: "spelling", file: S, from: "Tuyên truyền chủ trương của Đảng, chính sách", to: "Tuyên truyền chủ trương của Đảng, chíng sách", rule: "spelling" },
  { id: "sp-lost-dot", kind: "spelling", file: K, from: "Tổ chức rà soát thu thập số liệu", to: "Tổ chức rà soát thu thâp số liệu", rule: "spelling" },
  // Diacritics lost inside words (text copied from an old PDF).
  { id: "ld-phong-ngua", kind: "lost-diacritics", file: K, from: "phòng ngừa và ứng phó với bạo lực trên cơ sở giới trên các phương tiện", to: "ph ng ng a và ứng phó với bạo lực trên cơ sở giới trên các phương tiện", rule: "spelling" },
  { id: "ld-vung-sau", kind: "lost-diacritics", file: K, from: "tại địa bàn vùng sâu, vùng xa", to: "tại địa bàn v ng sâu, vùng xa", rule: "spelling" },
  { id: "ld-tre-em", kind: "lost-diacritics", file: L, from: "Tăng cường kiểm tra, xử lý vi phạm.", to: "Tăng cường kiểm tra, xử lý vi phạm, bảo vệ tr em.", rule: "spelling" },
  { id: "ld-truyen-thong", kind: "lost-diacritics", file: C, from: "Tăng thời lượng đưa tin", to: "Tăng thời l ng đưa tin", rule: "spelling" },
  // Real words used wrongly (the reference plans' misspellings, planted elsewhere).
  { id: "cf-long-ghep", kind: "confusion", file: K, from: "Tham mưu thực hiện lồng ghép vấn đề", to: "Tham mưu thực hiện lòng ghép vấn đề", rule: "confusion" },
  { id: "cf-giam-thieu", kind: "confusion", file: L, from: "Tăng cường kiểm tra, xử lý vi phạm.", to: "Tăng cường kiểm tra, giám thiểu vi phạm.", rule: "confusion" },
  { id: "cf-to-tung", kind: "confusion", file: C, from: "xử lý nghiêm minh tội phạm", to: "các cơ quan tổ tụng xử lý nghiêm minh tội phạm", rule: "confusion" },
  { id: "cf-cong-dong", kind: "confusion", file: S, from: "Tại các buổi sinh hoạt thôn.", to: "Tại các buổi sinh hoạt công đồng.", rule: "confusion" },
  { id: "cf-chuyen-giao", kind: "confusion", file: K, from: "Tổ chức các hoạt động giao lưu trao đổi kinh nghiệm giữa các cơ quan", to: "Tổ chức chuyên giao kinh nghiệm giữa các cơ quan", rule: "confusion" },
  { id: "cf-viet-nam", kind: "confusion", file: H, from: "Xây dựng người phụ nữ Việt Nam đáp ứng", to: "Xây dựng người phụ nữ Việt nam đáp ứng", rule: "confusion" },
  { id: "cf-theo-doi", kind: "confusion", file: K, from: "Theo dõi, đôn đốc các xã, thị trấn kiện toàn", to: "Theo giõi, đôn đốc các xã, thị trấn kiện toàn", rule: "confusion" },
  // Page numbers inside sentences, repeated words.
  { id: "pn-after-date", kind: "page-number", file: L, from: "Kế hoạch số 107/KH-UBND ngày 19/5/2022 của UBND huyện", to: "Kế hoạch số 107/KH-UBND ngày 19/5/2022 2 của UBND huyện", rule: "page-number", at: "19/5/2022 2" },
  { id: "pn-before-cac", kind: "page-number", file: K, from: "Tổ chức rà soát thu thập số liệu, thông tin", to: "Tổ chức rà soát thu thập 4 các số liệu, thông tin", rule: "page-number" },
  { id: "pn-footer", kind: "page-number", file: C, from: "Tăng thời lượng đưa tin", to: "Tăng thời lượng - 5 - đưa tin", rule: "page-number" },
  { id: "rw-phrase", kind: "repeated-word", file: K, from: "Tổ chức giao ban, sơ kết, tổng kết đánh giá", to: "Tổ chức giao ban, sơ kết, tổng kết tổng kết đánh giá", rule: "repeated-word" },
  { id: "rw-trien-khai", kind: "repeated-word", file: L, from: "Chủ trì, tham mưu UBND xã tổ chức thực hiện Kế hoạch.", to: "Chủ trì, tham mưu UBND xã triển khai Triển khai thực hiện Kế hoạch.", rule: "repeated-word" },
  { id: "rw-cac", kind: "repeated-word", file: H, from: "Tích cực tham mưu, đề xuất công tác cán bộ nữ.", to: "Tích cực tham mưu, đề xuất các các công tác cán bộ nữ.", rule: "repeated-word" },
  // Brackets and quotes.
  { id: "bq-closed-by-quote", kind: "brackets", file: L, from: "Tăng cường kiểm tra, xử lý vi phạm.", to: "Tăng cường kiểm tra, xử lý vi phạm (theo Quyết định của UBND tỉnh Thanh Hoá”.", rule: "brackets-quotes" },
  { id: "bq-unclosed", kind: "brackets", file: K, from: "Tổ chức rà soát thu thập số liệu", to: "Tổ chức (rà soát thu thập số liệu", rule: "brackets-quotes" },
  { id: "bq-space-inside", kind: "brackets", file: S, from: "Tuyên truyền chủ trương của Đảng", to: "Tuyên truyền “ chủ trương của Đảng”", rule: "brackets-quotes" },
  // Placeholders in every form.
  { id: "ph-so-ngay", kind: "placeholder", file: L, from: "Kế hoạch số 70/KH-UBND ngày 15/3/2024", to: "Kế hoạch số …/KH-UBND ngày …/…/2024", rule: "unresolved-placeholder" },
  { id: "ph-dots-date", kind: "placeholder", file: K, from: "Kế hoạch số 3253/KH-UBND ngày 14/7/2016", to: "Kế hoạch số 3253/KH-UBND ngày ..../..../2016", rule: "unresolved-placeholder" },
  { id: "ph-xxx", kind: "placeholder", file: C, from: "Tăng thời lượng đưa tin", to: "Tăng thời lượng xxx đưa tin", rule: "unresolved-placeholder" },
  { id: "ph-bracket", kind: "placeholder", file: L, from: "Báo cáo kết quả về UBND xã trước", to: "Báo cáo kết quả về UBND xã [tên xã] trước", rule: "unresolved-placeholder" },
  // Closing.
  { id: "cl-no-ket-luan", kind: "closing", file: L, from: "ket_luan: Trên đây là Kế hoạch triển khai công tác bình đẳng giới năm 2024 của UBND xã Cẩm Tân\n", to: "", rule: "closing", at: "noi_nhan:" },
  // Cross-references.
  { id: "xr-unit-missing", kind: "task-recipients", file: L, from: "  - Công an xã\n", to: "", rule: "task-recipients", at: "**Công an xã:**" },
  { id: "xr-unit-title", kind: "task-recipients", file: C, from: "  - Các cơ quan, đơn vị có liên quan\n", to: "  - Công an xã\n  - Ủy ban MTTQ xã\n  - Hội LHPN xã\n  - Công đoàn xã\n", rule: "task-recipients", at: "Các Nhà trường." },
  { id: "xr-unit-title-added", kind: "task-recipients", file: L, from: "      - bang:", to: "      - ten: Trạm Y tế xã\n        noi_dung:\n          - Tuyên truyền về sức khỏe sinh sản.\n      - bang:", rule: "task-recipients", at: "Trạm Y tế xã" },
  { id: "xr-unit-added", kind: "task-recipients", file: L, from: "      - bang:", to: "      - doan: \"**Trạm Y tế xã:** Tuyên truyền về sức khỏe sinh sản.\"\n      - bang:", rule: "task-recipients", at: "Trạm Y tế xã" },
  { id: "xr-deadline", kind: "deadline", file: L, from: "trước ngày 16/12/2024", to: "trước ngày 16/02/2024", rule: "deadline-date" },
  { id: "xr-deadline-nodate", kind: "deadline", file: K, from: "Theo dõi, đôn đốc các xã, thị trấn kiện toàn", to: "Chậm nhất ngày 20/02/2022, đôn đốc các xã, thị trấn kiện toàn", rule: "deadline-date" },
  { id: "xr-number-short", kind: "number-form", file: K, from: "Kế hoạch số 548/KH-UBND ngày", to: "Kế hoạch số 548/KH ngày", rule: "number-format" },
  { id: "xr-number-space", kind: "number-form", file: L, from: "Kế hoạch số 107/KH-UBND", to: "Kế hoạch số 107/KH- UBND", rule: "number-format" },
  { id: "xr-party-spaced", kind: "number-form", file: K, from: "Chỉ thị số 21-CT/TW của Ban Bí thư ngày 20/01/2018 về việc", to: "Chỉ thị số 21 - CT/TW của Ban Bí thư ngày 20/01/2018 về việc", rule: "number-format" },
  { id: "xr-thousands", kind: "number-form", file: K, from: "Quyết định số 178/QĐ-TTg", to: "Quyết định số 1.178/QĐ-TTg", rule: "number-format" },
  { id: "xr-issuer-own", kind: "issuer", file: H, from: "viet_tat: BTV", to: "viet_tat: UBND", rule: "issuer-abbreviation" },
  { id: "xr-issuer-cited", kind: "issuer", file: L, from: "Kế hoạch số 107/KH-UBND ngày 19/5/2022 của UBND huyện", to: "Kế hoạch số 107/KH-UBND ngày 19/5/2022 của Hội LHPN huyện", rule: "issuer-abbreviation", at: "107/KH-UBND" },
  { id: "xr-agency-two-ways", kind: "agency-name", file: L, from: "bình đẳng giới năm 2024 của UBND xã Cẩm Tân", to: "bình đẳng giới năm 2024 của UBND xã Cẩm Tâm", rule: "agency-name", at: "xã Cẩm Tâm" },
  { id: "xr-agency-kind-abbrev", kind: "agency-name", file: C, from: "UBND xã Cẩm Tân ban hành Kế hoạch", to: "UBNN xã Cẩm Tân ban hành Kế hoạch", rule: "agency-name", at: "UBNN" },
  { id: "xr-agency-kind-words", kind: "agency-name", file: L, from: "năm 2024 của UBND xã Cẩm Tân", to: "năm 2024 của Ủy ban nhân xã Cẩm Tân", rule: "agency-name", at: "Ủy ban nhân xã" },
  { id: "xr-agency-case", kind: "agency-name", file: K, from: "được thực hiện trên phạm vi toàn huyện.", to: "được thực hiện trên phạm vi toàn huyện Kông chro.", rule: "agency-name" },
  // Text that renders differently than it reads.
  { id: "ra-literal-newline", kind: "render-artifact", file: L, from: "Cụ thể hóa các nhiệm vụ; phối hợp", to: "Cụ thể hóa các nhiệm vụ;\\nphối hợp", rule: "render-artifacts" },
  { id: "ra-dash", kind: "render-artifact", file: K, from: "            - Tổ chức rà soát thu thập số liệu", to: "            -Tổ chức rà soát thu thập số liệu", rule: "render-artifacts" },
  // Kinds covered before issue 11.
  { id: "old-stale-year", kind: "stale-year", file: L, from: "Tổ chức tháng hành động vì bình đẳng giới năm 2024.", to: "Tổ chức tháng hành động vì bình đẳng giới năm 2022.", rule: "stale-year", at: "năm 2022" },
  { id: "old-typed-number", kind: "typed-numbering", file: K, from: "- doan: \"Phòng Tư pháp:", to: "- doan: \"4. Phòng Tư pháp:", rule: "typed-numbering" },
  { id: "old-legacy-glyph", kind: "unicode", file: C, from: "Tăng thời lượng đưa tin", to: "Tăng thời lƣợng đưa tin", rule: "unicode" },
  { id: "old-spacing", kind: "spacing", file: K, from: "Phòng Nội vụ: Chủ trì, phối hợp", to: "Phòng Nội vụ: Chủ trì ,phối hợp", rule: "spacing-punctuation" },
  { id: "old-archive", kind: "recipients", file: L, from: "\"Lưu: VT, CSXH\"", to: "\"Lưu VT\"", rule: "recipients" },
  { id: "old-signature", kind: "signature", file: L, from: "  kt: CHỦ TỊCH\n", to: "", rule: "signature-authority", at: "chuc_vu: PHÓ CHỦ TỊCH" },
  { id: "old-number-hyphen", kind: "number-form", file: C, from: "Kế hoạch số 63/KH-UBND", to: "Kế hoạch số 63/KHUBND", rule: "number-format" },
  { id: "old-date", kind: "date", file: L, from: "ngày 15/3/2024 của UBND huyện", to: "ngày 31/4/2024 của UBND huyện", rule: "date-valid" },
];
