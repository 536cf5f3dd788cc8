// The defects of the reference plans (test/fixtures/reference/README.md), typed into YAML the way an
// officer would type them, must be caught. The fixtures are the faithful plans of plans/ with
// every "# sửa:" correction undone and the hand-typed numbers put back.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkFile } from "../../src/check/check-file.js";
import { DEFAULT_CONFIG } from "../../src/check/config.js";
import { fixture, lineCol, lineColAfter, where } from "./helpers.js";
import { rendered } from "../helpers/rendered.js";

async function check(name: string) {
  const r = await checkFile(fixture(name), { config: DEFAULT_CONFIG, final: false, template: false, today: { year: 2025, month: 1, day: 1 } });
  if (r.skipped) throw new Error("skipped");
  return { text: readFileSync(fixture(name), "utf8"), diagnostics: r.diagnostics.map(rendered) };
}

describe("the reference defects", () => {
  it("Kông Chro: two sections typed V. — the second is reported as a repeated number", async () => {
    const { text, diagnostics } = await check("huyen-kong-chro-2022-goc.yaml");
    const typed = diagnostics.filter((d) => d.code === "typed-numbering");
    const second = typed.find((d) => where(d) === lineCol(text, "V. CHẾ ĐỘ BÁO CÁO"));
    expect(second?.message).toContain("Số V bị lặp");
    expect(second?.message).toContain('"VI. V. CHẾ ĐỘ BÁO CÁO"');
    expect(second?.severity).toBe("error");
  });

  it("Kông Chro: items typed 7. then 9. — the skipped 8 is reported", async () => {
    const { text, diagnostics } = await check("huyen-kong-chro-2022-goc.yaml");
    const nine = diagnostics.find((d) => d.code === "typed-numbering" && where(d) === lineCol(text, "9. Công an huyện"));
    expect(nine?.message).toContain("nhảy từ 7 sang 9 (bỏ qua 8)");
    expect(nine?.message).toContain('"8. 9. Công an huyện');
  });

  it("Kông Chro: the archive line 'Lưu VT-UB' and a sentence run into the next after '...'", async () => {
    const { text, diagnostics } = await check("huyen-kong-chro-2022-goc.yaml");
    expect(diagnostics.filter((d) => d.code === "spacing-punctuation").map(where)).toEqual([lineCol(text, "...Tổ chức gặp mặt")]);
    expect(diagnostics.filter((d) => d.code === "recipients").map(where)).toEqual([lineCol(text, '"Lưu VT-UB"')]);
  });

  it("Cẩm Tân: II straight to V, the stale years 2022, and the other defects", async () => {
    const { text, diagnostics } = await check("xa-cam-tan-2024-goc.yaml");
    const by = (code: string) => diagnostics.filter((d) => d.code === code);
    const five = by("typed-numbering").find((d) => where(d) === lineCol(text, "V. TỔ CHỨC"));
    expect(five?.message).toContain("nhảy từ II sang V (bỏ qua III, IV)");
    expect(by("stale-year").map(where)).toEqual([
      lineCol(text, "năm 2022"),
      lineCol(text, "năm 2022", 1),
      lineCol(text, "ngày 16/12/2022"),
    ]);
    expect(by("number-format").map(where)).toEqual([lineCol(text, "63/KHUBND"), lineCol(text, "3877/ QĐ")]);
    expect(by("signature-authority").map(where)).toEqual([lineCol(text, "KT.CHỦ TỊCH")]);
    expect(by("recipients").map(where)).toEqual([lineCol(text, "; (b/c)")]);
    expect(by("typed-numbering").map(where)).toContain(lineCol(text, "6. Kinh phí"));
    expect(by("typed-numbering").map(where)).toContain(lineCol(text, "3 - Tổ chức"));
    expect(by("spacing-punctuation").map(where)).toEqual(
      expect.arrayContaining([lineCol(text, "...."), lineCol(text, " . Tiếp nhận"), lineCol(text, "- 2025"), lineCol(text, ". - Kiểm tra")]),
    );
    // Cited documents and periods of older years are not stale.
    expect(by("stale-year").some((d) => d.line === Number(lineCol(text, "63/KHUBND").split(":")[0]))).toBe(false);
  });

  it("Hóc Môn: a Party number written 05/CT/TW and a ';' inside a recipient line", async () => {
    const { text, diagnostics } = await check("hoi-lhpn-hoc-mon-2021-goc.yaml");
    expect(diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, where(d)])).toEqual([
      ["number-format", lineCol(text, "05/CT/TW")],
      ["recipients", lineCol(text, "; đ/c Thanh Loan")],
    ]);
  });
});

describe("the reference defects issue 11 adds rules for", () => {
  it("Hóc Môn: lòng ghép ván để, thực hiện hóa, giám thiểu, tổ tụng", async () => {
    const { text, diagnostics } = await check("hoi-lhpn-hoc-mon-2021-goc.yaml");
    expect(diagnostics.filter((d) => d.code === "confusion").map(where)).toEqual(
      ["lòng ghép", "ván để", "thực hiện hóa", "giám thiểu", "tổ tụng"].map((w) => lineCol(text, w)),
    );
  });

  it("Kông Chro: công tác viên, công đồng, Việt nam, đề tổng hợp", async () => {
    const { text, diagnostics } = await check("huyen-kong-chro-2022-goc.yaml");
    expect(diagnostics.filter((d) => d.code === "confusion").map(where)).toEqual(
      ["công tác viên", "công đồng", "Việt nam", "đề tổng hợp"].map((w) => lineCol(text, w)),
    );
  });

  it("Cẩm Tân: Triển khai repeated, page numbers 2 and 4, a bracket closed by a quote, chuyên giao, chuyên tuyến, điển sáng, băng zôn", async () => {
    const { text, diagnostics } = await check("xa-cam-tan-2024-goc.yaml");
    const by = (code: string) => diagnostics.filter((d) => d.code === code).map(where);
    const twice = lineCol(text, "triển khai Triển khai").split(":").map(Number);
    expect(by("repeated-word")).toEqual([`${twice[0]}:${twice[1]! + "triển khai ".length}`]);
    expect(by("page-number")).toEqual([lineCol(text, "2 kế hoạch"), lineCol(text, "4 các dịch vụ")]);
    expect(by("brackets-quotes")).toEqual([lineColAfter(text, "tỉnh Thanh Hoá")]);
    expect(by("confusion")).toEqual(["chuyên giao", "chuyên tuyến", "điển sáng", "băng zôn"].map((w) => lineCol(text, w)));
    expect(by("spelling")).toEqual([lineCol(text, "zôn")]);
  });
});
