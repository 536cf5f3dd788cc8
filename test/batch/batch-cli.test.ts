// kehoach batch end to end: the built CLI as a district office runs it.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { docxPart, docxParagraphTexts } from "../helpers/docx.js";
import { buildXlsx } from "../helpers/xlsx.js";

const TEMPLATE = "templates/xa-kong-chro.yaml";
const DATA = "templates/xa-kong-chro.csv";
const PARENT = "test/batch/fixtures/huyen-kong-chro-2022.yaml";
const COMMUNES = ["kong-chro", "cho-long", "dak-ko-ning", "dak-pling", "dak-po-pho", "dak-song", "dak-to-pang", "kong-yang", "sro", "ya-ma", "yang-nam", "yang-trung", "an-trung", "chu-krey"];

const tmp = () => mkdtempSync(join(tmpdir(), "kehoach-batch-"));
const paragraphs = (file: string) => docxParagraphTexts(docxPart(readFileSync(file), "word/document.xml"));

/** A small template of its own for the edge cases. */
const MINI = `co_quan:
  ten: ỦY BAN NHÂN DÂN XÃ {{in_hoa xa}}
  viet_tat: UBND
so: "{{so}}"
dia_danh: "{{xa}}"
ngay: "{{ngay}}"
trich_yeu: Kế hoạch của xã {{xa}}
muc:
  - ten: NỘI DUNG
    noi_dung:
      - "Ghi chú: {{ghi_chu}}"
      - doan: "**{{ghi_chu}}:** giao cho xã {{xa}}"
noi_nhan: [Như trên]
ky:
  chuc_vu: CHỦ TỊCH
  ho_ten: "{{nguoi_ky}}"
`;
function setup(csv: string, template = MINI, ext = ".csv") {
  const dir = tmp();
  writeFileSync(join(dir, "mau.yaml"), template);
  writeFileSync(join(dir, `xa${ext}`), csv);
  return { dir, out: join(dir, "out"), tpl: join(dir, "mau.yaml"), data: join(dir, `xa${ext}`) };
}

describe("the Kông Chro example: one command, fourteen commune plans", () => {
  let out: string;
  let r: ReturnType<typeof runCli>;
  beforeAll(() => {
    out = tmp();
    r = runCli(["batch", TEMPLATE, "--data", DATA, "--cap-tren", PARENT, "--out", out]);
  });

  it("writes one .docx per commune and exits 0", () => {
    expect(r.stderr).not.toMatch(/lỗi|cảnh báo/);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(COMMUNES.map((c) => `${c}.docx`).sort());
  });

  it("cites the district plan by its own number, date and agency", () => {
    const ps = paragraphs(join(out, "dak-po-pho.docx"));
    expect(ps).toContain(
      "Thực hiện Kế hoạch số 62/KH-UBND ngày 14/3/2022 của UBND huyện Kông Chro về việc triển khai công tác bình đẳng giới và vì sự tiến bộ của Phụ nữ huyện Kông Chro năm 2022; Ủy ban nhân dân xã Đăk Pơ Pho ban hành Kế hoạch triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2022 trên địa bàn xã, cụ thể như sau:",
    );
    expect(ps).toContain("ỦY BAN NHÂN DÂN XÃ ĐĂK PƠ PHO");
    expect(ps).toContain("Số: 09/KH-UBND");
  });

  it("TM. for a chair, TM. + KT. for a deputy", () => {
    const chair = paragraphs(join(out, "kong-chro.docx"));
    const deputy = paragraphs(join(out, "dak-po-pho.docx"));
    expect(chair).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(chair).not.toContain("KT. CHỦ TỊCH");
    expect(deputy).toContain("KT. CHỦ TỊCH");
    expect(deputy).toContain("PHÓ CHỦ TỊCH");
  });

  it("neu keeps the health-station item only where there is one; lap gives one bullet per village", () => {
    const withStation = paragraphs(join(out, "dak-po-pho.docx"));
    const without = paragraphs(join(out, "dak-pling.docx"));
    expect(withStation.some((p) => p.includes("Trạm Y tế xã:"))).toBe(true);
    expect(without.some((p) => p.includes("Trạm Y tế"))).toBe(false);
    expect(withStation.filter((p) => /^- Làng \d:/.test(p))).toHaveLength(6);
    const town = paragraphs(join(out, "kong-chro.docx"));
    expect(town.filter((p) => /^- Tổ dân phố \d:/.test(p))).toHaveLength(5);
    expect(town.some((p) => p.endsWith("Các tổ dân phố:"))).toBe(true);
  });

  it("progress is plain lines when stderr is not a terminal, then a summary", () => {
    expect(r.stderr).not.toContain("\r");
    const lines = r.stderr.trim().split("\n");
    expect(lines.filter((l) => /^Đã ghi .*\(\d+\/14\)$/.test(l))).toHaveLength(14);
    expect(lines.at(-1)).toMatch(/^Xong: đã ghi 14\/14 tệp vào .* \(\d+\.\d giây\)\.$/);
  });

  it("worker threads (--jobs 2) write byte-identical files", () => {
    const par = tmp();
    const r2 = runCli(["batch", TEMPLATE, "--data", DATA, "--cap-tren", PARENT, "--out", par, "--jobs", "2"]);
    expect(r2.code).toBe(0);
    for (const c of COMMUNES) expect(readFileSync(join(par, `${c}.docx`)).equals(readFileSync(join(out, `${c}.docx`)))).toBe(true);
  });

  it("--dry-run checks every row and writes nothing", () => {
    const dry = join(tmp(), "none");
    const r3 = runCli(["batch", TEMPLATE, "--data", DATA, "--cap-tren", PARENT, "--out", dry, "--dry-run"]);
    expect(r3.code).toBe(0);
    expect(existsSync(dry)).toBe(false);
    expect(r3.stderr).toMatch(/hợp lệ → .*dak-po-pho\.docx/);
    expect(r3.stderr).toMatch(/14\/14 dòng hợp lệ/);
  });

  it("without --cap-tren: one message, nothing written", () => {
    const none = join(tmp(), "none");
    const r4 = runCli(["batch", TEMPLATE, "--data", DATA, "--out", none]);
    expect(r4.code).toBe(1);
    expect(r4.stderr.match(/ lỗi: /g)).toHaveLength(1);
    expect(r4.stderr).toMatch(/--cap-tren/);
    expect(existsSync(none)).toBe(false);
  });
});

describe("strictness: nothing is written when the template and the data do not fit", () => {
  it("a missing column: one message naming the column and the rows", () => {
    const s = setup("xa;so;ngay;nguoi_ky\nChơ Long;12;15/4/2022;A\nYa Ma;8;16/4/2022;B\n");
    const r = runCli(["batch", s.tpl, "--data", s.data, "--out", s.out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${s.tpl}:11:21: lỗi: Tệp dữ liệu "${s.data}" không có cột "ghi_chu" mà mẫu cần: thiếu cho cả 2 dòng (dòng 2–3).`);
    expect(r.stderr).toMatch(/Cũng dùng ở dòng:cột 12:20/);
    expect(r.stderr.match(/ lỗi: /g)).toHaveLength(1);
    expect(existsSync(s.out)).toBe(false);
  });

  it("empty cells: every one of them at once, with data file, rows and template line:column", () => {
    const s = setup("xa;so;ngay;nguoi_ky;ghi_chu\nChơ Long;12;15/4/2022;;x\nYa Ma;8;16/4/2022;B;\nSRó;9;17/4/2022;;y\n");
    const r = runCli(["batch", s.tpl, "--data", s.data, "--out", s.out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${s.tpl}:11:21: lỗi: Biến "{{ghi_chu}}" chưa có giá trị ở ${s.data}, dòng 3.`);
    expect(r.stderr).toContain(`${s.tpl}:12:20: lỗi: Biến "{{ghi_chu}}" chưa có giá trị ở ${s.data}, dòng 3.`);
    expect(r.stderr).toContain(`${s.tpl}:16:14: lỗi: Biến "{{nguoi_ky}}" chưa có giá trị ở ${s.data}, dòng 2, 4.`);
    expect(r.stderr).toMatch(/Không ghi tệp nào/);
    expect(existsSync(s.out)).toBe(false);
  });

  it("an unknown helper is reported once, at its place in the template", () => {
    const s = setup("xa;so;ngay;nguoi_ky;ghi_chu\nA;1;1/4/2022;B;x\nC;2;1/4/2022;D;y\n", MINI.replace("{{in_hoa xa}}", "{{viet_hoa xa}}"));
    const r = runCli(["batch", s.tpl, "--data", s.data, "--out", s.out]);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/Hàm "viet_hoa" không tồn tại/g)).toHaveLength(1);
    expect(r.stderr).toContain(`${s.tpl}:2:27:`);
  });

  it("prototype access in the template or the data is refused", () => {
    const s = setup("xa;so;ngay;nguoi_ky;ghi_chu\nA;1;1/4/2022;B;x\n", MINI.replace("{{ghi_chu}}:", "{{constructor.constructor}} {{lookup this '__proto__'}}:"));
    const r = runCli(["batch", s.tpl, "--data", s.data, "--out", s.out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Không được dùng tên "constructor"/);
    expect(r.stderr).toMatch(/Hàm "lookup" không tồn tại/);
    const d = setup("xa;__proto__\nA;x\n");
    const r2 = runCli(["batch", d.tpl, "--data", d.data, "--out", d.out]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/xa\.csv:1:4: lỗi: Cột B/);
  });
});

describe("values are text", () => {
  it("**, newlines, <, &, ]]> and {{x}} in a cell stay literal in the .docx XML", () => {
    const evil = '"- **đậm** <w:p/> & ]]> {{xa}}\n+ *x*"';
    const s = setup(`xa;so;ngay;nguoi_ky;ghi_chu\nYa Ma;8;16/4/2022;B;${evil}\n`);
    const r = runCli(["batch", s.tpl, "--data", s.data, "--out", s.out]);
    expect(r.code).toBe(0);
    const xml = docxPart(readFileSync(join(s.out, "ya-ma.docx")), "word/document.xml");
    expect(xml).toContain("Ghi chú: - **đậm** &lt;w:p/&gt; &amp; ]]&gt; {{xa}} + *x*");
    expect(xml).not.toContain("<w:p/> &");
    const ps = paragraphs(join(s.out, "ya-ma.docx"));
    expect(ps).toContain("Ghi chú: - **đậm** <w:p/> & ]]> {{xa}} + *x*");
    // The template has no ket_luan: its last paragraph ends with the decree's "./.".
    expect(ps).toContain("1. - **đậm** <w:p/> & ]]> {{xa}} + *x*: giao cho xã Ya Ma./.");
  });
});

describe("rows that fail do not stop the others", () => {
  it("a date that does not exist: that row is reported, the others written, exit 1", () => {
    const s = setup("xa;so;ngay;nguoi_ky;ghi_chu\nChơ Long;12;15/4/2022;A;x\nYa Ma;8;31/2/2022;B;y\nSRó;9;17/4/2022;C;z\n");
    const r = runCli(["batch", s.tpl, "--data", s.data, "--out", s.out]);
    expect(r.code).toBe(1);
    expect(readdirSync(s.out).sort()).toEqual(["cho-long.docx", "sro.docx"]);
    expect(r.stderr).toContain(`${s.tpl}:6:7: lỗi: Ngày "31/2/2022" không tồn tại. (${s.data}, dòng 3)`);
    expect(r.stderr).toMatch(/Xong: đã ghi 2\/3 tệp vào .*, 1 dòng lỗi/);
    expect(r.stderr).toContain(`  - ${s.data}, dòng 3: Ngày "31/2/2022" không tồn tại.\n`);
    expect(r.stderr).toContain(`Lỗi ở ${s.data}, dòng 3:\n${s.tpl}:6:7: lỗi:`);
  });
});

describe("file names", () => {
  const rows = (...names: string[]) => "xa;so;ngay;nguoi_ky;ghi_chu\n" + names.map((n, i) => `${n};${i + 1};1/4/2022;A;x`).join("\n") + "\n";

  it("two rows named 'Ia Dom' are an error before anything is written", () => {
    const s = setup(rows("Ia Dom", "Ya Ma", "Ia Dom"));
    const r = runCli(["batch", s.tpl, "--data", s.data, "--out", s.out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Nhiều dòng cho cùng một tên tệp "ia-dom.docx": ${s.data}, dòng 2, 4.`);
    expect(existsSync(s.out)).toBe(false);
  });

  it("names differing only in case collide too", () => {
    const s = setup(rows("Ia Dom", "IA DOM"));
    const r = runCli(["batch", s.tpl, "--data", s.data, "--out", s.out, "--name", "{{xa}}.docx"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Nhiều dòng cho cùng một tên tệp "Ia Dom\.docx", "IA DOM\.docx"/);
  });

  it("a name cannot leave the output folder or be a reserved Windows name", () => {
    const s = setup(rows("../thoat", "/tmp/tuyet-doi", "CON", "Ia: Grai"));
    const r = runCli(["batch", s.tpl, "--data", s.data, "--out", s.out, "--name", "{{xa}}"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"\.\.\/thoat\.docx" không dùng được: có dấu "\/"/);
    expect(r.stderr).toMatch(/"\/tmp\/tuyet-doi\.docx" không dùng được/);
    expect(r.stderr).toMatch(/"CON\.docx" không dùng được: "CON" là tên dành riêng của Windows/);
    expect(r.stderr).toMatch(/"Ia: Grai\.docx" không dùng được: có ký tự/);
    expect(existsSync(s.out)).toBe(false);
    expect(existsSync(join(s.dir, "thoat.docx"))).toBe(false);
  });

  it("--name with helpers, and a missing name in the pattern is located in --name", () => {
    const s = setup(rows("Đăk Pơ Pho", "Ya Ma"));
    const r = runCli(["batch", s.tpl, "--data", s.data, "--out", s.out, "--name", "{{hai_so stt}}-{{slug xa}}", "--format", "txt"]);
    expect(r.code).toBe(0);
    expect(readdirSync(s.out).sort()).toEqual(["01-dak-po-pho.txt", "02-ya-ma.txt"]);
    const r2 = runCli(["batch", s.tpl, "--data", s.data, "--out", s.out, "--name", "{{slug huyen}}"]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/^--name:1:8: lỗi: .*"huyen"/m);
  });
});

describe("data formats end to end", () => {
  it("YAML", () => {
    const s = setup("- xa: Chơ Long\n  so: 12\n  ngay: 15/4/2022\n  nguoi_ky: A\n  ghi_chu: x\n", MINI, ".yaml");
    const r = runCli(["batch", s.tpl, "--data", s.data, "--out", s.out, "--format", "txt"]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(s.out, "cho-long.txt"), "utf8")).toContain("Số: 12/KH-UBND");
  });

  it("JSON", () => {
    const s = setup(JSON.stringify([{ xa: "Ya Ma", so: 8, ngay: "2022-04-16", nguoi_ky: "B", ghi_chu: "y" }]), MINI, ".json");
    const r = runCli(["batch", s.tpl, "--data", s.data, "--out", s.out, "--format", "txt"]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(s.out, "ya-ma.txt"), "utf8")).toContain("Ya Ma, ngày 16 tháng 4 năm 2022");
  });

  it("XLSX, with a date cell", () => {
    const dir = tmp();
    writeFileSync(join(dir, "mau.yaml"), MINI);
    writeFileSync(join(dir, "xa.xlsx"), buildXlsx([["Xã", "Số", "Ngày", "Người ký", "Ghi chú"], ["SRó", 10, { date: [2022, 2, 5] }, "C", "z"]]));
    const r = runCli(["batch", join(dir, "mau.yaml"), "--data", join(dir, "xa.xlsx"), "--out", join(dir, "out"), "--format", "txt"]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "out", "sro.txt"), "utf8")).toContain("SRó, ngày 05 tháng 02 năm 2022");
  });

  it("a CSV syntax error names file:line", () => {
    const s = setup('xa;so\n"Chơ Long;12\n');
    const r = runCli(["batch", s.tpl, "--data", s.data, "--out", s.out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${s.data}:2:1: lỗi:`);
  });
});

describe("usage", () => {
  it("exit 2 for a missing --data, a bad --jobs, an unknown format", () => {
    expect(runCli(["batch", TEMPLATE]).code).toBe(2);
    expect(runCli(["batch", TEMPLATE, "--data", DATA, "--jobs", "0"]).code).toBe(2);
    expect(runCli(["batch", TEMPLATE, "--data", "xa.ods"]).code).toBe(2);
  });

  it("messages in English with --lang en", () => {
    const s = setup("xa;so;ngay;nguoi_ky\nA;1;1/4/2022;B\n");
    const r = runCli(["batch", s.tpl, "--data", s.data, "--out", s.out, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: The data file ".*" has no column "ghi_chu"/);
    expect(r.stderr).toMatch(/Nothing was written/);
  });
});

describe("Ctrl-C during a parallel batch", () => {
  it("while the workers render: exits 130; nothing is written to --out; no stage folder or temporary file is left", async () => {
    const { spawn } = await import("node:child_process");
    const { BIN, ROOT } = await import("../helpers/cli.js");
    const dir = tmp();
    const temp = join(dir, "tmp");
    mkdirSync(temp);
    const [head, ...body] = readFileSync(join(ROOT, DATA), "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    const rows = Array.from({ length: 600 }, (_, i) => body[i % body.length]!.replace(/^([^;]+)/, `$1 ${i + 1}`));
    writeFileSync(join(dir, "xa.csv"), [head, ...rows].join("\n") + "\n");
    const out = join(dir, "out");
    const child = spawn(process.execPath, [BIN, "batch", TEMPLATE, "--data", join(dir, "xa.csv"), "--cap-tren", PARENT, "--out", out, "--jobs", "2"], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1", TMPDIR: temp },
    });
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString("utf8")));
    // Press Ctrl-C once the workers have staged a few files.
    const staged = () => {
      try {
        return readdirSync(temp).reduce((n, d) => n + (d.startsWith("kehoach-stage-") ? readdirSync(join(temp, d)).length : 0), 0);
      } catch {
        return 0; // the stage folder went meanwhile
      }
    };
    const poll = setInterval(() => {
      if (!child.killed && child.exitCode === null && staged() >= 5) child.kill("SIGINT");
    }, 2);
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    clearInterval(poll);
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/Đã dừng/);
    expect(stderr).not.toMatch(/Đã ghi/);
    expect(existsSync(out), "the output folder is made only once every row is checked").toBe(false);
    expect(readdirSync(temp), "the stage folder is removed").toEqual([]);
  });
});

describe("the README command, with the district plan in plans/", () => {
  it("runs as written and cites plans/huyen-kong-chro-2022.yaml by its own number and date", async () => {
    const { readPlan } = await import("../../src/pipeline.js");
    const { expandPlan } = await import("../../src/expand/expand-plan.js");
    const { parentPlanVars } = await import("../../src/expand/parent-plan.js");
    const parent = parentPlanVars(expandPlan(readPlan("plans/huyen-kong-chro-2022.yaml")));
    const out = tmp();
    const r = runCli(["batch", "templates/xa-kong-chro.yaml", "--data", "templates/xa-kong-chro.csv", "--cap-tren", "plans/huyen-kong-chro-2022.yaml", "--out", out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toHaveLength(14);
    expect(paragraphs(join(out, "sro.docx"))).toContain(
      `Thực hiện Kế hoạch số ${parent.so_ky_hieu} ngày ${parent.ngay} của UBND huyện Kông Chro về việc triển khai công tác bình đẳng giới và vì sự tiến bộ của Phụ nữ huyện Kông Chro năm 2022; Ủy ban nhân dân xã SRó ban hành Kế hoạch triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2022 trên địa bàn xã, cụ thể như sau:`,
    );
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toContain("npx kehoach batch templates/xa-kong-chro.yaml --data templates/xa-kong-chro.csv --cap-tren plans/huyen-kong-chro-2022.yaml --out out/");
  });
});
