import { describe, expect, it } from "vitest";
import { ExpandError, expandPlan, type ExpandProblem } from "../../src/expand/expand-plan.js";
import { SourceFile } from "../../src/findings/source-file.js";
import { runsText } from "../../src/model/nodes.js";
import { modelPlan, readPlanSource, writeDocument } from "../../src/pipeline.js";
import { rendered, type Rendered } from "../helpers/rendered.js";
import { text } from "../report/sample-report.js";

const HEAD = `co_quan:
  chu_quan: UBND HUYỆN KÔNG CHRO
  ten: ỦY BAN NHÂN DÂN {{in_hoa loai}} {{in_hoa xa}}
  viet_tat: UBND
so: "{{so}}"
dia_danh: "{{xa}}"
ngay: "{{ngay}}"
trich_yeu: Kế hoạch của {{loai}} {{xa}}
`;
const TAIL = `noi_nhan: [Như trên, "Lưu: VT"]
ky:
  tm: ỦY BAN NHÂN DÂN
  kt: "{{#neu (bang chuc_vu 'PHÓ CHỦ TỊCH')}}CHỦ TỊCH{{/neu}}"
  chuc_vu: "{{chuc_vu}}"
  ho_ten: "{{nguoi_ky}}"
`;
const plan = (body: string) => readPlanSource(new SourceFile("mau.yaml", HEAD + body + TAIL));
const row = { xa: "Đăk Pơ Pho", loai: "xã", so: "9", ngay: "22/3/2022", chuc_vu: "CHỦ TỊCH", nguoi_ky: "Đinh Văn A", thon: "Làng 1; Làng 2; Làng 3", tram_y_te: "có" };

function problemsOf(f: () => unknown): Rendered<ExpandProblem>[] {
  try {
    f();
  } catch (e) {
    if (e instanceof ExpandError) return e.problems.map(rendered);
    throw e;
  }
  throw new Error("no error");
}

const SIMPLE = `muc:
  - ten: TỔ CHỨC THỰC HIỆN
    noi_dung:
      - Giao cho {{loai}} {{xa}}.
`;

describe("expandPlan", () => {
  it("fills the plan from bien and the row, the row winning", () => {
    const v = readPlanSource(new SourceFile("m.yaml", HEAD + "bien: { xa: Mặc định, loai: xã }\n" + SIMPLE + TAIL));
    const e = expandPlan(v, { vars: row });
    expect(e.plan.co_quan.ten).toBe("ỦY BAN NHÂN DÂN XÃ ĐĂK PƠ PHO");
    expect(e.plan.dia_danh).toBe("Đăk Pơ Pho");
    expect(e.plan.so).toBe("9");
    expect(e.date).toEqual({ year: 2022, month: 3, day: 22 });
  });

  it("a missing value: error naming the data row, the name and the template's line:column — all at once", () => {
    const problems = problemsOf(() => expandPlan(plan(SIMPLE), { vars: { ...row, xa: "", nguoi_ky: undefined }, dataLabel: text("xa.csv, dòng 5") }));
    const missing = problems.filter((p) => p.kind === "missing");
    expect(missing.map((p) => `${p.file}:${p.line}:${p.column} ${p.name}`)).toEqual([
      "mau.yaml:3:49 xa",
      "mau.yaml:6:14 xa",
      "mau.yaml:8:36 xa",
      "mau.yaml:12:29 xa",
      "mau.yaml:18:14 nguoi_ky",
    ]);
    for (const p of missing) expect(p.message).toContain("(xa.csv, dòng 5)");
    expect(missing[0]?.frame).toContain("^^");
  });

  it("signature: KT. line only for a deputy (an empty optional line is dropped)", () => {
    expect(expandPlan(plan(SIMPLE), { vars: row }).plan.ky).toEqual({ tm: "ỦY BAN NHÂN DÂN", chuc_vu: "CHỦ TỊCH", ho_ten: "Đinh Văn A" });
    expect(expandPlan(plan(SIMPLE), { vars: { ...row, chuc_vu: "PHÓ CHỦ TỊCH" } }).plan.ky.kt).toBe("CHỦ TỊCH");
  });

  it("neu / khac keep or drop blocks, with names, negations and comparisons", () => {
    const body = `muc:
  - ten: TỔ CHỨC THỰC HIỆN
    noi_dung:
      - neu: tram_y_te
        noi_dung: ["Trạm Y tế {{loai}}"]
        khac: ["Không có trạm"]
      - neu: "!tram_y_te"
        noi_dung: ["Phủ định"]
      - neu: "loai = thị trấn"
        noi_dung: ["Các tổ dân phố"]
        khac: ["Các làng"]
      - neu: "chuc_vu != CHỦ TỊCH"
        noi_dung: ["Phó ký"]
`;
    const texts = (vars: Record<string, unknown>) => expandPlan(plan(body), { vars }).plan.muc[0]!.noi_dung;
    expect(texts(row)).toEqual(["Trạm Y tế xã", "Các làng"]);
    expect(texts({ ...row, tram_y_te: "không", loai: "Thị Trấn", chuc_vu: "PHÓ CHỦ TỊCH" })).toEqual(["Không có trạm", "Phủ định", "Các tổ dân phố", "Phó ký"]);
    expect(texts({ ...row, tram_y_te: "" })).toContain("Không có trạm");
    // A condition on a name that does not exist at all is a typo: an error, not "no".
    const { tram_y_te: _gone, ...withoutColumn } = row;
    const problems = problemsOf(() => expandPlan(plan(body), { vars: withoutColumn }));
    expect(problems.map((p) => `${p.kind}:${p.name}:${p.line}`)).toEqual(["missing:tram_y_te:12", "missing:tram_y_te:15"]);
  });

  it("lap repeats blocks per list element: a cell 'A; B' or a list of objects", () => {
    const body = `muc:
  - ten: TỔ CHỨC THỰC HIỆN
    noi_dung:
      - ten: Các làng
        noi_dung:
          - lap: thon
            noi_dung:
              - gach: "**{{this}}** ({{so_thu_tu}}/{{so_luong thon}}) của {{xa}}"
`;
    const e = expandPlan(plan(body), { vars: row });
    const item = e.plan.muc[0]!.noi_dung![0] as { noi_dung: { gach: string }[] };
    expect(item.noi_dung.map((b) => b.gach)).toEqual(["**Làng 1** (1/3) của Đăk Pơ Pho", "**Làng 2** (2/3) của Đăk Pơ Pho", "**Làng 3** (3/3) của Đăk Pơ Pho"]);
    // the YAML path of a repeated block is the template's block
    expect(e.sourcePathOf(["muc", 0, "noi_dung", 0, "noi_dung", 2])).toEqual(["muc", 0, "noi_dung", 0, "noi_dung", 0, "noi_dung", 0]);

    const objects = `muc:
  - ten: TỔ CHỨC THỰC HIỆN
    noi_dung:
      - lap: thon
        noi_dung:
          - "{{ten}}: {{dan_so}} người"
`;
    const e2 = expandPlan(plan(objects), { vars: { ...row, thon: [{ ten: "Làng 1", dan_so: 320 }, { ten: "Làng 2", dan_so: 410 }] } });
    expect(e2.plan.muc[0]!.noi_dung).toEqual(["Làng 1: 320 người", "Làng 2: 410 người"]);
    expect(expandPlan(plan(objects), { vars: { ...row, thon: "" } }).plan.muc[0]!.noi_dung).toEqual([]);
  });

  it("a bad value fails the row with a located message", () => {
    const problems = problemsOf(() => expandPlan(plan(SIMPLE), { vars: { ...row, ngay: "31/2/2022" }, dataLabel: text("xa.csv, dòng 7") }));
    expect(problems.map((p) => [p.kind, p.line])).toEqual([["date", 7]]);
    expect(problems[0]?.message).toMatch(/31\/2\/2022.*xa\.csv, dòng 7/);
    const n = problemsOf(() => expandPlan(plan(SIMPLE), { vars: { ...row, so: "12a" } }));
    expect(n.map((p) => p.kind)).toEqual(["number"]);
  });

  it("the filled plan is validated again (an abbreviation from the data)", () => {
    const v = readPlanSource(new SourceFile("m.yaml", HEAD.replace("viet_tat: UBND", 'viet_tat: "{{vt}}"') + SIMPLE + TAIL));
    const problems = problemsOf(() => expandPlan(v, { vars: { ...row, vt: "ubnd xã" } }));
    expect(problems.map((p) => [p.kind, p.line])).toEqual([["schema", 4]]);
  });

  it("data keys that reach JavaScript internals are never used", () => {
    const vars = JSON.parse('{"__proto__": {"xa": "bị chèn"}, "constructor": "x"}') as Record<string, unknown>;
    const problems = problemsOf(() => expandPlan(plan(SIMPLE), { vars: { ...vars, loai: "xã" } }));
    expect(problems.some((p) => p.kind === "missing" && p.name === "xa")).toBe(true);
    expect(({} as Record<string, unknown>).xa).toBeUndefined();
  });
});

describe("values are text", () => {
  const body = `can_cu:
  - "Căn cứ {{v}}"
muc:
  - ten: TỔ CHỨC THỰC HIỆN
    noi_dung:
      - "{{v}}"
      - doan: "**{{v}}:** nhiệm vụ"
      - bang:
          cot: [Nội dung]
          dong: [["{{v}}"]]
`;
  const evil = "- **đậm** <w:p> & ]]> {{xa}}\n+ dòng mới *nghiêng*";

  it("no bullet, no bold, no new paragraph comes from a value", () => {
    const r = modelPlan(plan(body), { vars: { ...row, v: evil } });
    const section = r.document.sections[0]!;
    expect(section.children.map((c) => c.kind)).toEqual(["paragraph", "item", "table"]);
    const para = section.children[0] as { runs: { text: string; bold?: boolean }[] };
    expect(para.runs).toEqual([{ text: "- **đậm** <w:p> & ]]> {{xa}} + dòng mới *nghiêng*" }]);
    const item = section.children[1] as { text: { text: string; bold?: boolean }[] };
    expect(item.text[0]).toEqual({ text: "- **đậm** <w:p> & ]]> {{xa}} + dòng mới *nghiêng*:", bold: true });
    expect(runsText(r.document.opening[0]!.runs)).toBe("Căn cứ - **đậm** <w:p> & ]]> {{xa}} + dòng mới *nghiêng*");
  });

  it("and stay literal, escaped text in the .docx XML", async () => {
    const r = modelPlan(plan(body), { vars: { ...row, v: evil } });
    const { docxPart } = await import("../helpers/docx.js");
    const xml = docxPart(await writeDocument(r, "docx"), "word/document.xml");
    expect(xml).toContain("- **đậm** &lt;w:p&gt; &amp; ]]&gt; {{xa}} + dòng mới *nghiêng*");
    expect(xml).not.toContain("<w:p> &");
    expect(xml).not.toMatch(/[\uE000-\uE0FF]/);
  });

  it("control characters in a value are removed (XML cannot hold them)", () => {
    const r = modelPlan(plan(body), { vars: { ...row, v: "a\u0000b\u0007c\u000bd" } });
    expect(runsText(r.document.opening[0]!.runs)).toBe("Căn cứ abcd");
  });
});
