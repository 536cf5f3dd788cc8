// Word files made the way clerks make them — a header table with a drawn line, Word's automatic
// numbering next to typed numbers (one of them wrong), manual bullets, a bold lead-in, a bordered
// table, the signature table — import to the plan they mean. The same file saved as .doc by
// LibreOffice imports to the same plan.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recognizePlan } from "../../src/import/recognize.js";
import { writePlanYaml } from "../../src/import/write-yaml.js";
import { readDocx } from "../../src/read/docx/read-docx.js";
import { readDocumentFile } from "../../src/read/read-file.js";
import { readTxt } from "../../src/read/txt/read-txt.js";
import { drawnLine, list, p, r, tbl, wordFile } from "../helpers/word-files.js";

const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
if (!hasSoffice) {
  if (process.env.CI === "true") throw new Error("soffice is missing in CI: .ci/run must install libreoffice-writer");
  console.warn("[import] .doc import skipped: soffice is not installed; install libreoffice-writer");
}

const B = { b: true };
const header = tbl(
  [
    [
      p(r("UBND HUYỆN CẨM THỦY"), { jc: "center" }) + p(r("ỦY BAN NHÂN DÂN XÃ CẨM TÂN", B), { jc: "center", extra: drawnLine(60) }) + p(r("Số: 15/KH-UBND"), { jc: "center" }),
      p(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B), { jc: "center" }) +
        p(r("Độc lập - Tự do - Hạnh phúc", B), { jc: "center" }) +
        p(r("Cẩm Tân, ngày 05 tháng 2 năm 2025", { i: true }), { jc: "center" }),
    ],
  ],
  { widths: [3600, 5800], borders: "none" },
);
const signature = tbl(
  [
    [
      p(r("Nơi nhận:", { b: true, i: true })) + p(r("- UBND huyện (b/c);")) + p(r("- Lưu: VT, VH.")),
      p(r("KT. CHỦ TỊCH", B), { jc: "center" }) + p(r("PHÓ CHỦ TỊCH", B), { jc: "center" }) + p("") + p(r("Hoàng Thị Hợp", B), { jc: "center" }),
    ],
  ],
  { widths: [4700, 4700], borders: "none" },
);
const body =
  header +
  p(r("KẾ HOẠCH", B), { jc: "center" }) +
  p(r("Tuyên truyền bình đẳng giới", B), { jc: "center" }) +
  p(r("năm 2025", B), { jc: "center" }) +
  p(r("Thực hiện Kế hoạch số 70/KH-UBND của UBND huyện, UBND xã ban hành kế hoạch như sau:"), { jc: "both", firstLine: 720 }) +
  // Word's automatic numbering: I. and 1., 2. and a bullet level.
  p(r("MỤC ĐÍCH, YÊU CẦU", B), { numId: 1, ilvl: 0 }) +
  p(r("Mục đích", B), { numId: 1, ilvl: 1 }) +
  p(r("Nâng cao nhận thức về bình đẳng giới."), { jc: "both", firstLine: 720 }) +
  p(r("Yêu cầu", B), { numId: 1, ilvl: 1 }) +
  p(r("Bám sát thực tế địa phương."), { numId: 2, ilvl: 0 }) +
  // Typed numbers, one of them wrong (2 is skipped), manual bullets, points with a wrong letter.
  p(r("II. NỘI DUNG", B)) +
  p(r("1. Tuyên truyền", B)) +
  p(r("• Treo băng rôn tại các thôn;")) +
  p(r("+ Thôn 1, thôn 2;")) +
  p(r("3. Kiểm tra", B)) +
  p(r("a) Kiểm tra các thôn.")) +
  p(r("c) Báo cáo kết quả.")) +
  p(r("Bảng phân công", B), { jc: "center" }) +
  tbl(
    [
      [p(r("STT", B)), p(r("Nội dung", B)), p(r("Thời gian", B))],
      [p(r("1")), p(r("Treo băng rôn")), p(r("Tháng 3"))],
    ],
    { widths: [700, 5600, 2100], borders: "single" },
  ) +
  p(r("III. TỔ CHỨC THỰC HIỆN", B)) +
  p([r("Công an xã:", B), r(" Bảo đảm an ninh trật tự.")], { jc: "both", firstLine: 720 }) +
  p(r("Trên đây là kế hoạch của UBND xã./."), { jc: "both", firstLine: 720 }) +
  signature +
  // Word always ends the body with a paragraph (a table cannot be last).
  p("");
const numbering = list(0, 1, [["upperRoman", "%1."], ["decimal", "%2."]]) + list(1, 2, [["bullet", "\uf0b7"]]);
const file = wordFile(body, { numbering });

function check(plan: ReturnType<typeof recognizePlan>["plan"]) {
  expect(plan.co_quan).toEqual({ chu_quan: "UBND HUYỆN CẨM THỦY", ten: "ỦY BAN NHÂN DÂN XÃ CẨM TÂN", viet_tat: "UBND" });
  expect(plan.so).toBe(15);
  expect(plan.dia_danh).toBe("Cẩm Tân");
  expect(plan.ngay).toBe("2025-02-05");
  expect(plan.trich_yeu).toBe("Tuyên truyền bình đẳng giới\nnăm 2025");
  expect(plan.can_cu).toEqual(["Thực hiện Kế hoạch số 70/KH-UBND của UBND huyện, UBND xã ban hành kế hoạch như sau:"]);
  expect(plan.muc.map((m) => m.ten)).toEqual(["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN"]);
  expect(plan.muc[0]!.noi_dung).toEqual([
    { ten: "Mục đích", noi_dung: ["Nâng cao nhận thức về bình đẳng giới."] },
    { ten: "Yêu cầu", noi_dung: ["- Bám sát thực tế địa phương."] },
  ]);
  expect(plan.muc[1]!.noi_dung).toEqual([
    { ten: "Tuyên truyền", noi_dung: ["- Treo băng rôn tại các thôn;", "+ Thôn 1, thôn 2;"] },
    {
      ten: "Kiểm tra",
      noi_dung: [
        { diem: "Kiểm tra các thôn." },
        {
          diem: "Báo cáo kết quả.",
          noi_dung: [{ bang: { tieu_de: "Bảng phân công", cot: ["STT", "Nội dung", "Thời gian"], rong: [8.3, 66.7, 25], dong: [["1", "Treo băng rôn", "Tháng 3"]] } }],
        },
      ],
    },
  ]);
  expect(plan.muc[2]!.noi_dung).toEqual(["**Công an xã:** Bảo đảm an ninh trật tự."]);
  expect(plan.ket_luan).toBe("Trên đây là kế hoạch của UBND xã.");
  expect(plan.noi_nhan).toEqual(["UBND huyện (b/c)", "Lưu: VT, VH"]);
  expect(plan.ky).toEqual({ kt: "CHỦ TỊCH", chuc_vu: "PHÓ CHỦ TỊCH", ho_ten: "Hoàng Thị Hợp" });
}

describe("a hand-made .docx", () => {
  const r = recognizePlan(readDocx("tay.docx", file));

  it("imports to the plan it means", () => check(r.plan));

  it("reports the wrong typed numbers and the manual bullet, each as a # sửa note on its line", () => {
    const numbering = r.findings.filter((f) => f.id === "import.numbering").map((f) => f.params.detail);
    expect(numbering).toEqual(["3. → 2.", "c) → b)"]);
    const yaml = writePlanYaml(r, "tay.docx");
    expect(yaml).toMatch(/# sửa: "3\. Kiểm tra" → "2\. Kiểm tra" \(số khoản nhảy từ 1 sang 3; kehoach tự đánh số\)\n\s+- ten: Kiểm tra/u);
    expect(yaml).toMatch(/# sửa: "c\) Báo cáo kết quả\." → "b\) Báo cáo kết quả\."/u);
    expect(yaml).toMatch(/# sửa: "• Treo băng rôn tại các thôn;" → "- Treo băng rôn tại các thôn;"/u);
    expect(r.findings.filter((f) => f.id !== "import.numbering")).toEqual([]);
  });
});

describe("corrections made only where certain", () => {
  it("legacy-font letters and decomposed diacritics are fixed and noted; a number in a sentence stays", () => {
    const text = "KẾ HOẠCH\nThử\n\nI. NỘI DUNG\n\nTăng cường phối hợp với các ngành trong nƣớc.\n\nCó 2 kế hoạch của huyện.\n\nPho\u0300ng ngư\u0300a ba\u0323o lư\u0323c.\n";
    const r = recognizePlan(readTxt("a.txt", text));
    expect(r.plan.muc[0]!.noi_dung).toEqual(["Tăng cường phối hợp với các ngành trong nước.", "Có 2 kế hoạch của huyện.", "Phòng ngừa bạo lực."]);
    expect(r.corrections.map((c) => c.reason)).toEqual(["import.reason.legacyGlyph", "import.reason.nfc"]);
    const yaml = writePlanYaml(r, "a.txt");
    expect(yaml).toContain('# sửa: "với các ngành trong n\\u01a3ớc." → "với các ngành trong nước." (chữ của phông cũ: ƣ → ư)');
    expect(yaml).toContain("\\u0300");
  });

  it("a paragraph that fits nowhere is kept and reported with its text", () => {
    const r = recognizePlan(readTxt("a.txt", "KẾ HOẠCH\nThử\n\nI. NỘI DUNG\n\nMột đoạn.\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn A\n\nGhi chú lạ ở cuối\n"));
    expect(r.plan.muc[0]!.noi_dung).toEqual(["Một đoạn.", "Ghi chú lạ ở cuối"]);
    expect(r.findings.find((f) => f.id === "import.unclassified")).toMatchObject({ quote: "Ghi chú lạ ở cuối" });
  });

  it("pdftotext pages: page numbers and running headers go, a sentence cut by a page joins, a draft header cut in two is read", () => {
    const line = (n: number) => `Nội dung dòng thứ ${n} của một đoạn văn dài được ngắt dòng theo khổ giấy của bản PDF gốc và`;
    const text = [
      "UBND HUYỆN CẨM THỦY\nỦY BAN NHÂN DÂN XÃ CẨM TÂN\n\nSố:\n\n/KH-UBND\n\nCẩm Tân, ngày\n\ntháng 4 năm 2024\n\nKẾ HOẠCH\nThử nghiệm\n\nI. NỘI DUNG\n",
      `${line(1)}\n${line(2)}\n\n1\n`,
      `Kế hoạch thử nghiệm\n${line(3)}\n${line(4)}\ncòn tiếp ở trang sau.\n\n2\n`,
      `Kế hoạch thử nghiệm\nĐoạn cuối.\n`,
    ].join("\f");
    const r = recognizePlan(readTxt("p.txt", text));
    expect(r.plan.so).toBeUndefined();
    expect(r.plan.co_quan?.viet_tat).toBe("UBND");
    expect(r.plan.ngay).toBe("2024-04");
    expect(r.plan.muc[0]!.noi_dung).toEqual([`${line(1)} ${line(2)} ${line(3)} ${line(4)} còn tiếp ở trang sau.`, "Đoạn cuối."]);
    const reasons = r.corrections.map((c) => c.reason);
    expect(reasons.filter((x) => x === "import.reason.pageNumberLine")).toHaveLength(2);
    expect(reasons.filter((x) => x === "import.reason.runningHeader")).toHaveLength(2);
  });

  it("header fields the input lacks are left out, each with a warning naming its key", () => {
    const r = recognizePlan(readTxt("a.txt", "KẾ HOẠCH\nThử\n\nI. NỘI DUNG\n\nMột đoạn.\n"));
    expect(r.plan.co_quan).toBeUndefined();
    expect(r.findings.filter((f) => f.id === "import.missing.field").map((f) => f.params.key)).toEqual([
      "co_quan.ten",
      "co_quan.viet_tat",
      "dia_danh",
      "ngay",
      "noi_nhan",
      "ky.chuc_vu",
      "ky.ho_ten",
    ]);
  });
});

describe.runIf(hasSoffice)("the hand-made file saved by LibreOffice as .doc, .odt and .rtf", () => {
  it.each(["doc", "odt", "rtf"] as const)("the .%s imports (through LibreOffice) to the same plan", async (ext) => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-import-doc-"));
    writeFileSync(join(dir, "tay.docx"), file);
    execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", ext, "--outdir", dir, join(dir, "tay.docx")], { stdio: "pipe", timeout: 120_000 });
    const doc = await readDocumentFile(join(dir, `tay.${ext}`));
    expect(doc.format).toBe(ext);
    check(recognizePlan(doc).plan);
  });
});

describe("a table with merged cells (a two-row header, a cell spanning columns, a vertical merge)", () => {
  const merged = tbl(
    [
      [{ xml: p(r("STT", B)), vMerge: "restart" }, { xml: p(r("Nội dung", B)), vMerge: "restart" }, { xml: p(r("Kinh phí (triệu đồng)", B)), span: 2 }],
      [{ xml: "", vMerge: "continue" }, { xml: "", vMerge: "continue" }, p(r("Ngân sách", B)), p(r("Xã hội hóa", B))],
      [p(r("1")), p(r("Treo băng rôn")), p(r("5")), p(r("2"))],
      [p(r("2")), p(r("Tổng cộng")), { xml: p(r("7")), span: 2 }],
      [{ xml: p(r("3")), vMerge: "restart" }, p(r("Hội nghị")), p(r("3")), p(r("0"))],
      [{ xml: "", vMerge: "continue" }, p(r("Tọa đàm")), p(r("1")), p(r("1"))],
    ],
    { widths: [700, 4700, 2000, 2000], borders: "single" },
  );
  const doc = readDocx("gop.docx", wordFile(header + p(r("KẾ HOẠCH", B), { jc: "center" }) + p(r("Thử", B), { jc: "center" }) + p(r("I. KINH PHÍ", B)) + merged + p(r("Trên đây là kế hoạch./."), { jc: "both" }) + signature + p("")));
  const result = recognizePlan(doc);
  const bang = (result.plan.muc[0]!.noi_dung![0] as { bang: { cot: string[]; dong: string[][] } }).bang;

  it("names the columns from both header rows, and puts every cell on the grid: nothing is lost", () => {
    expect(bang.cot).toEqual(["STT", "Nội dung", "Kinh phí (triệu đồng): Ngân sách", "Kinh phí (triệu đồng): Xã hội hóa"]);
    expect(bang.dong).toEqual([
      ["1", "Treo băng rôn", "5", "2"],
      ["2", "Tổng cộng", "7", ""],
      ["3", "Hội nghị", "3", "0"],
      ["", "Tọa đàm", "1", "1"],
    ]);
    expect(result.findings.filter((f) => f.id === "import.table.ragged")).toEqual([]);
  });
});
