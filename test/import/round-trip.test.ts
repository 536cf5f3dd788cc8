// render → import → render gives the same text: for the example plans (through .docx and through
// the .txt writer's output), the 14 commune plans of templates/ (batch), and generated plans.
import fc from "fast-check";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { recognizePlan } from "../../src/import/recognize.js";
import { writePlanYaml } from "../../src/import/write-yaml.js";
import { SourceFile } from "../../src/findings/source-file.js";
import { modelPlan, readPlanSource, renderPlanFile, writeDocument } from "../../src/pipeline.js";
import { readDocx } from "../../src/read/docx/read-docx.js";
import { readTxt } from "../../src/read/txt/read-txt.js";
import type { ReadDocument } from "../../src/read/read-document.js";
import { ROOT, runCli } from "../helpers/cli.js";

const EXAMPLES = readdirSync(join(ROOT, "plans")).filter((f) => f.endsWith(".yaml"));

/** A read document → imported YAML → the plan rendered again, as text (and as .docx). */
async function reRender(doc: ReadDocument): Promise<{ text: string; docx: Buffer; yaml: string }> {
  const r = recognizePlan(doc);
  const yaml = writePlanYaml(r, doc.file);
  const m = modelPlan(readPlanSource(new SourceFile("imported.yaml", yaml)));
  return { text: (await writeDocument(m, "txt")).toString("utf8"), docx: await writeDocument(m, "docx"), yaml };
}

describe.each(EXAMPLES)("plans/%s: render → import → render", (name) => {
  const path = join(ROOT, "plans", name);

  it("through .docx gives the same text and the same .docx bytes", async () => {
    const docx = (await renderPlanFile(path, "docx")).output;
    const text = (await renderPlanFile(path, "txt")).output.toString("utf8");
    const back = await reRender(readDocx(name, docx));
    expect(back.text).toBe(text);
    expect(back.docx.equals(docx)).toBe(true);
  });

  it("through the .txt writer's output gives the same text", async () => {
    const text = (await renderPlanFile(path, "txt")).output.toString("utf8");
    expect((await reRender(readTxt(name, text))).text).toBe(text);
  });
});

describe("the 14 commune plans (templates/xa-kong-chro.yaml through batch)", () => {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-import-batch-"));
  const batch = (format: string) =>
    runCli(["batch", "templates/xa-kong-chro.yaml", "--data", "templates/xa-kong-chro.csv", "--cap-tren", "plans/huyen-kong-chro-2022.yaml", "--format", format, "--out", join(dir, format)]);

  it("each .docx imports to a plan that renders the same text", async () => {
    expect(batch("docx").code).toBe(0);
    expect(batch("txt").code).toBe(0);
    const files = readdirSync(join(dir, "docx")).filter((f) => f.endsWith(".docx")).sort();
    expect(files).toHaveLength(14);
    for (const f of files) {
      const want = readFileSync(join(dir, "txt", f.replace(/\.docx$/, ".txt")), "utf8");
      const back = await reRender(readDocx(f, readFileSync(join(dir, "docx", f))));
      expect(back.text, f).toBe(want);
    }
  });
});

// ─── Generated plans ───────────────────────────────────────────────────────────────────────────

const WORDS = ["Kế", "hoạch", "triển", "khai", "bình", "đẳng", "giới", "xã", "Cẩm", "Tân", "huyện", "tuyên", "truyền", "phụ", "nữ", "trẻ", "em", "năm", "2024", "thôn", "Đắk", "Pơ", "ưu", "tiên", "(b/c)", "“an", "toàn”", "UBND", "10/3/2024"];
const UPPER = ["ỦY", "BAN", "NHÂN", "DÂN", "XÃ", "CẨM", "TÂN", "MỤC", "ĐÍCH", "YÊU", "CẦU", "NỘI", "DUNG", "TỔ", "CHỨC", "THỰC", "HIỆN"];
const words = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((ws) => ws.join(" "));
const cap = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
const sentence = words(4, 14).map((s) => `${cap(s)}.`);
const upper = fc.array(fc.constantFrom(...UPPER), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" "));
const leadIn = fc.tuple(words(1, 3), sentence).map(([a, b]) => `**${cap(a)}:** ${b}`);

type Gen = fc.Arbitrary<unknown>;
const paragraph: Gen = fc.oneof(sentence, leadIn);
const bullets: Gen = fc.array(words(3, 10), { minLength: 1, maxLength: 3 }).map((bs) => bs.map((b) => `- ${cap(b)};`).join("\n"));
const point: Gen = fc.record({ diem: sentence });
const table: Gen = fc.integer({ min: 2, max: 4 }).chain((n) =>
  fc.record({
    bang: fc.record({
      cot: fc.array(words(1, 2).map(cap), { minLength: n, maxLength: n }),
      rong: fc.array(fc.integer({ min: 1, max: 9 }).map((x) => x * 10), { minLength: n, maxLength: n }),
      dong: fc.array(fc.array(words(1, 4), { minLength: n, maxLength: n }), { minLength: 1, maxLength: 3 }),
    }),
  }),
);
const subItem: Gen = fc.record({ ten: words(2, 8).map(cap), noi_dung: fc.array(fc.oneof(paragraph, bullets), { minLength: 1, maxLength: 2 }) });
const item: Gen = fc.oneof(
  fc.record({ ten: words(2, 10).map(cap), noi_dung: fc.array(fc.oneof(paragraph, bullets, point, subItem, table), { minLength: 1, maxLength: 4 }) }),
  fc.record({ doan: fc.oneof(sentence, leadIn) }),
);
const plan = fc.record({
  co_quan: fc.record({ chu_quan: fc.constant("UBND HUYỆN CẨM THỦY"), ten: upper.map((u) => `ỦY BAN NHÂN DÂN ${u}`), viet_tat: fc.constantFrom("UBND", "BCĐ", "BTV") }),
  so: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
  dia_danh: fc.constantFrom("Cẩm Tân", "Kông Chro", "Hóc Môn"),
  ngay: fc.tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined })).map(([y, m, d]) =>
    d === undefined ? `${y}-${String(m).padStart(2, "0")}` : `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  ),
  trich_yeu: fc.array(words(3, 8).map(cap), { minLength: 1, maxLength: 2 }).map((ls) => ls.join("\n")),
  can_cu: fc.array(sentence, { minLength: 1, maxLength: 2 }),
  muc: fc.array(fc.record({ ten: upper, noi_dung: fc.array(fc.oneof(item, item, paragraph), { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
  ket_luan: sentence,
  noi_nhan: fc.array(words(2, 5).map(cap), { minLength: 1, maxLength: 4 }).map((ns) => [...ns, "Lưu: VT"]),
  ky: fc.record({ kt: fc.constant("CHỦ TỊCH"), chuc_vu: fc.constant("PHÓ CHỦ TỊCH"), ho_ten: fc.constantFrom("Hoàng Thị Hợp", "Đinh Văn Sứy") }),
});

describe("generated plans (fast-check): render → import → render", () => {
  it("gives the same text through .docx", async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (p) => {
        const yaml = stringify(JSON.parse(JSON.stringify(p)));
        const m = modelPlan(readPlanSource(new SourceFile("gen.yaml", yaml)));
        const text = (await writeDocument(m, "txt")).toString("utf8");
        const docx = await writeDocument(m, "docx");
        expect((await reRender(readDocx("gen.docx", docx))).text).toBe(text);
      }),
      { numRuns: 30, seed: 20_261_129 },
    );
  });
});
