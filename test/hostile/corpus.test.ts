// Hostile input: every file an officer (or an attacker) may feed kehoach goes through the real CLI.
// Each case either is refused — exit 1, one located message per problem, no stack trace, nothing
// written — or is accepted — exit 0 and a correct document, warnings where text was removed.
// Never a hang (each run is killed after HANG_MS and the case fails), never a partial file.
//
// The table is the test. A case names its input (a file in corpus/, or a generator for the big
// ones, written to a temp folder), the commands it goes through and what must come out. Every
// input goes through render (.docx and .txt), check (pretty and JSON) and batch (the input as the
// template, with a two-row data table). To run the corpus through another command, add it to
// COMMANDS and its name to ALL.
//
// What each kind of command must do with a refused input:
//   render, batch  exit 1 and exactly the case's errors, at the case's places, on stderr;
//   check          exit 1, the case's errors among its findings (check adds its own rule findings,
//                  e.g. required-sections), every other error a rule finding; the JSON parses.
// With an accepted input:
//   render, batch  exit 0, the documents (each XML part well-formed, the case's text) and warnings;
//   check          exit 0 or 1, only rule findings, each at a line (a plan that renders has no
//                  load, syntax or schema error); exit 1 exactly when there is an error.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, it, type ExpectStatic } from "vitest";
import { RULES } from "../../src/check/rules/index.js";
import { checkReportFindings, docxParagraphs, docxProblems, filesIn, HANG_MS, kehoachAsync, messageProblems, printedDiagnostics, textProblems, type Printed, type Run } from "./harness.js";

const CORPUS = new URL("./corpus/", import.meta.url).pathname;
const WORK = mkdtempSync(join(tmpdir(), "kehoach-hostile-"));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** The data table batch runs each corpus file with (the corpus plans have no placeholders: two copies). */
const DATA_CSV = join(WORK, "xa.csv");
writeFileSync(DATA_CSV, "Xã,Người ký\nIa Dom,Nguyễn Văn A\nYa Ma,Trần Thị B\n");

const RULE_IDS = new Set(RULES.map((r) => r.id));

// ─── Commands ────────────────────────────────────────────────────────────────────────────────

interface CommandSpec {
  /** The arguments of one run: `plan` is the input, `out` an empty folder for what it writes. */
  args(plan: string, out: string): string[];
  /** Where the findings are: stderr (render, batch), stdout as text or as JSON (check). */
  report: "stderr" | "stdout" | "json";
  /** A checker: findings of its own besides the case's errors, and no documents. */
  checker?: true;
  /** What an accepted plan gives: the exit codes allowed, and the files written into `out`. */
  accepted: { codes: number[]; outputs: { name: string; format: "docx" | "txt" }[] };
}

const COMMANDS = {
  "render docx": {
    args: (plan, out) => ["render", plan, "-o", join(out, "ke-hoach.docx")],
    report: "stderr",
    accepted: { codes: [0], outputs: [{ name: "ke-hoach.docx", format: "docx" }] },
  },
  "render txt": {
    args: (plan, out) => ["render", plan, "--format", "txt", "-o", join(out, "ke-hoach.txt")],
    report: "stderr",
    accepted: { codes: [0], outputs: [{ name: "ke-hoach.txt", format: "txt" }] },
  },
  check: {
    args: (plan) => ["check", plan],
    report: "stdout",
    checker: true,
    accepted: { codes: [0, 1], outputs: [] },
  },
  "check json": {
    args: (plan) => ["check", plan, "--format", "json"],
    report: "json",
    checker: true,
    accepted: { codes: [0, 1], outputs: [] },
  },
  batch: {
    args: (plan, out) => ["batch", plan, "--data", DATA_CSV, "--out", out],
    report: "stderr",
    accepted: {
      codes: [0],
      outputs: [
        { name: "ia-dom.docx", format: "docx" },
        { name: "ya-ma.docx", format: "docx" },
      ],
    },
  },
} satisfies Record<string, CommandSpec>;

type CommandName = keyof typeof COMMANDS;
const ALL: CommandName[] = ["render docx", "render txt", "check", "check json", "batch"];

// ─── Cases ───────────────────────────────────────────────────────────────────────────────────

/** The input must be refused with exactly these errors (in order), each at line:column or about the whole file. */
interface Refused {
  ok: false;
  errors: { at: "file" | [line: number, column?: number]; text: RegExp }[];
  /** More that stderr must say (a hint). */
  stderr?: RegExp[];
}

/** The input must be accepted; the document holds these strings; this many warnings are printed. */
interface Accepted {
  ok: true;
  contains?: string[];
  warnings?: number;
}

interface Case {
  name: string;
  /** A file in corpus/, or a generator that writes the input into `dir` and returns its path. */
  input: string | ((dir: string) => string);
  commands: CommandName[];
  expect: Refused | Accepted;
  /** Commands for which this input is a usage error instead (exit 2, this message on stderr). */
  usage?: Partial<Record<CommandName, RegExp>>;
}

/** The corpus files are variations of one plan; an accepted one keeps these strings. */
const BASE_TEXT = ["KẾ HOẠCH", "ỦY BAN NHÂN DÂN XÃ CẨM TÂN", "Cẩm Tân, ngày 15 tháng 4 năm 2024", "I. MỤC ĐÍCH, YÊU CẦU", "Hoàng Văn Nam", "- Lưu: VT."];
const BASE = readFileSync(join(CORPUS, "utf8-bom.yaml"), "utf8").replace(/^\uFEFF#[^\n]*\n/, "");

const refused = (errors: Refused["errors"], stderr?: RegExp[]): Refused => ({ ok: false, errors, stderr });
const accepted = (extra: Omit<Accepted, "ok"> = {}): Accepted => ({ ok: true, ...extra, contains: [...BASE_TEXT, ...(extra.contains ?? [])] });

/** Write a generated input beside nothing else. */
function generated(name: string, content: string | Buffer): (dir: string) => string {
  return (dir) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
}

/** The base plan with its sections replaced (the muc block runs up to ket_luan). */
function withSections(muc: string): string {
  return BASE.replace(/^muc:\n[\s\S]*?(?=^ket_luan:)/m, muc);
}
const MUC_LINE = BASE.split("\n").indexOf("muc:") + 1;

/** The base plan with `bien` (YAML lines, inserted before muc) and one section of these blocks. */
function withBien(bien: string, blocks: string): string {
  return withSections(`${bien}muc:\n  - ten: MỤC ĐÍCH, YÊU CẦU\n    noi_dung:\n${blocks}`);
}
/** Line of the first block of withBien (its bien has `bienLines` lines). */
const blockLine = (bienLines: number) => MUC_LINE + bienLines + 3;

const CASES: Case[] = [
  // Encodings and line ends that editors on Windows produce: all must render.
  { name: "UTF-8 with BOM", input: "utf8-bom.yaml", commands: ALL, expect: accepted() },
  { name: "UTF-16 LE with BOM", input: "utf16le-bom.yaml", commands: ALL, expect: accepted() },
  { name: "UTF-16 BE with BOM", input: "utf16be-bom.yaml", commands: ALL, expect: accepted() },
  { name: "CRLF line ends", input: "crlf.yaml", commands: ALL, expect: accepted() },
  { name: "CR line ends (old Mac)", input: "cr-only.yaml", commands: ALL, expect: accepted() },
  { name: "NFD text (output is NFC)", input: "nfd.yaml", commands: ALL, expect: accepted({ contains: ["Nâng cao nhận thức về bình đẳng giới."] }) },
  { name: "tabs inside text", input: "tab-in-text.yaml", commands: ALL, expect: accepted({ contains: ["Nâng cao nhận thức"] }) },
  {
    name: "control characters and lone surrogates (escaped), removed with a warning",
    input: "control-chars.yaml",
    commands: ALL,
    expect: accepted({ warnings: 2 }),
  },
  { name: "raw control bytes in text, removed with a warning", input: "raw-control-chars.yaml", commands: ALL, expect: accepted({ warnings: 1, contains: ["Triển khai công tác bình đẳng giới năm 2024"] }) },
  {
    name: "text pasted from Word: curly quotes, dashes, nbsp, zero-width space, emoji, < & *",
    input: "word-paste.yaml",
    commands: ALL,
    expect: accepted({
      contains: [
        "“Nâng cao” nhận thức về ‘bình đẳng giới’… – tránh định kiến\u00a0giới\u200b; tỷ lệ < 50% & > 30%; 2 * 3 = 6 😀",
        "Đậm và nghiêng, ký tự <w:t> & &amp; không phải thẻ",
      ],
    }),
  },
  {
    name: "a 100,000-character paragraph",
    input: generated("doan-100000.yaml", withSections(`muc:\n  - ten: MỤC ĐÍCH, YÊU CẦU\n    noi_dung:\n      - ${"Tuyên truyền bình đẳng giới. ".repeat(3449)}Hết.\n`)),
    commands: ALL,
    expect: accepted({ contains: [`${"Tuyên truyền bình đẳng giới. ".repeat(3449)}Hết.`] }),
  },

  // Not a plan at all.
  { name: "empty file", input: "empty.yaml", commands: ALL, expect: refused([{ at: "file", text: /Tệp trống/ }]) },
  { name: "only comments", input: "comments-only.yaml", commands: ALL, expect: refused([{ at: [1, 1], text: /không chứa một kế hoạch/ }]) },
  { name: "binary garbage", input: "binary-garbage.yaml", commands: ALL, expect: refused([{ at: "file", text: /không phải văn bản/ }]) },
  { name: "a .docx renamed .yaml", input: "docx-renamed.yaml", commands: ALL, expect: refused([{ at: "file", text: /ZIP .*Word \.docx/ }]) },
  { name: "a PDF renamed .yaml", input: "pdf-renamed.yaml", commands: ALL, expect: refused([{ at: "file", text: /PDF/ }]) },
  { name: "a YAML list", input: "just-a-list.yaml", commands: ALL, expect: refused([{ at: [2, 1], text: /không chứa một kế hoạch/ }]) },
  { name: "a YAML string", input: "just-a-string.yaml", commands: ALL, expect: refused([{ at: [2, 1], text: /không chứa một kế hoạch/ }]) },
  {
    name: "a folder instead of a file",
    input: (dir) => {
      mkdirSync(join(dir, "thu-muc.yaml"));
      return join(dir, "thu-muc.yaml");
    },
    commands: ALL,
    expect: refused([{ at: "file", text: /là một thư mục/ }]),
    // check walks a folder for plans, and this one holds none.
    usage: { check: /Không có tệp kế hoạch/, "check json": /Không có tệp kế hoạch/ },
  },
  {
    name: "a file that does not exist",
    input: (dir) => join(dir, "khong-co.yaml"),
    commands: ALL,
    expect: refused([{ at: "file", text: /Không tìm thấy tệp/ }]),
    // A path check cannot find is a usage error (README, "kehoach check": Paths).
    usage: { check: /Không tìm thấy: ".*khong-co\.yaml"/, "check json": /Không tìm thấy: ".*khong-co\.yaml"/ },
  },

  // Legacy Vietnamese encodings: named, at the first byte that is not UTF-8.
  { name: "TCVN3 (ABC) bytes", input: "tcvn3.yaml", commands: ALL, expect: refused([{ at: [9, 13], text: /TCVN3 \(ABC\)/ }], [/Unikey/]) },
  { name: "VNI bytes", input: "vni.yaml", commands: ALL, expect: refused([{ at: [4, 9], text: /VNI/ }]) },

  // YAML mistakes.
  { name: "tab in indentation", input: "tab-indent.yaml", commands: ALL, expect: refused([{ at: [4, 1], text: /thụt lề bằng phím Tab/ }]) },
  { name: "duplicate key", input: "duplicate-keys.yaml", commands: ALL, expect: refused([{ at: [7, 1], text: /"so" được viết hai lần/ }]) },
  { name: "two YAML documents", input: "multi-doc.yaml", commands: ALL, expect: refused([{ at: [27, 1], text: /nhiều tài liệu YAML/ }]) },
  { name: "unclosed quote, reported where it opens", input: "unclosed-quote.yaml", commands: ALL, expect: refused([{ at: [22, 5], text: /không đóng lại/ }]) },
  {
    name: "Word's curly quotes around a value with a colon",
    input: "smart-quotes-broken.yaml",
    commands: ALL,
    expect: refused([{ at: [22, 5], text: /Cần một chuỗi văn bản/ }], [/ngoặc cong/]),
  },
  { name: "bold text at the start of an unquoted value", input: "star-unquoted.yaml", commands: ALL, expect: refused([{ at: [15, 13], text: /bắt đầu bằng dấu \*/ }]) },
  { name: "a list used as a key", input: "collection-key.yaml", commands: ALL, expect: refused([{ at: [6, 3], text: /Khóa phải là một tên/ }]) },
  { name: "terminal escapes in a key are shown, not sent", input: "escape-in-key.yaml", commands: ALL, expect: refused([{ at: [7, 1], text: /Khóa "\\u001B\[2J\\u001B\[31mxoa"/ }]) },

  // Aliases.
  { name: "alias bomb (billion laughs)", input: "alias-bomb.yaml", commands: ALL, expect: refused([{ at: [3, 8], text: /quá nhiều bí danh/ }]) },
  { name: "alias cycle", input: "alias-cycle.yaml", commands: ALL, expect: refused([{ at: [14, 19], text: /vòng lặp/ }]) },
  { name: "alias without anchor", input: "alias-unknown.yaml", commands: ALL, expect: refused([{ at: [7, 11], text: /bí danh \(alias\)/ }]) },

  // JavaScript internals.
  {
    name: "keys __proto__ and constructor",
    input: "proto-keys.yaml",
    commands: ALL,
    expect: refused([
      { at: [6, 3], text: /Khóa "__proto__"/ },
      { at: [8, 1], text: /Khóa "__proto__"/ },
      { at: [9, 1], text: /Khóa "constructor"/ },
    ]),
  },
  { name: "{{constructor.constructor}}", input: "placeholder-constructor.yaml", commands: ALL, expect: refused([{ at: [9, 25], text: /"constructor"/ }]) },
  { name: '{{lookup this "__proto__"}}', input: "placeholder-lookup-proto.yaml", commands: ALL, expect: refused([{ at: [9], text: /lookup|__proto__/ }]) },

  // Dates.
  { name: "date 2024-02-30", input: "date-feb-30.yaml", commands: ALL, expect: refused([{ at: [8, 7], text: /"2024-02-30" không tồn tại/ }]) },
  { name: "date 31/13/2024", input: "date-month-13.yaml", commands: ALL, expect: refused([{ at: [8, 7], text: /"31\/13\/2024" không tồn tại/ }]) },

  // Size limits: each refused quickly, with one message.
  {
    name: "a 50 MB file",
    input: generated("lon-50mb.yaml", Buffer.alloc(50 * 1024 * 1024, "# chú thích rất dài\n")),
    commands: ALL,
    expect: refused([{ at: "file", text: /Tệp quá lớn \(50\.0 MB\); giới hạn là 2\.0 MB/ }]),
  },
  ...(existsSync("/dev/zero")
    ? [{ name: "an endless device (/dev/zero)", input: () => "/dev/zero", commands: ALL, expect: refused([{ at: "file", text: /không phải là tệp thường \(thiết bị\)/ }]) } satisfies Case]
    : []),
  {
    name: "10,000 sections",
    input: generated(
      "10000-muc.yaml",
      withSections("muc:\n" + Array.from({ length: 10_000 }, (_, i) => `  - ten: MỤC SỐ ${i + 1}\n    noi_dung: [Đoạn ${i + 1}.]\n`).join("")),
    ),
    commands: ALL,
    expect: refused([{ at: [MUC_LINE + 1 + 2 * 200, 5], text: /Quá nhiều mục \(tối đa 200\)/ }]),
  },
  {
    name: "items nested 200 deep",
    input: generated(
      "long-200-cap.yaml",
      withSections(
        "muc:\n  - ten: NỘI DUNG\n    noi_dung:\n" +
          Array.from({ length: 200 }, (_, i) => `${"    ".repeat(i + 1)}  - ten: Khoản ${i + 1}\n${"    ".repeat(i + 1)}    noi_dung:\n`).join("") +
          `${"    ".repeat(201)}  - Đoạn cuối.\n`,
      ),
    ),
    commands: ALL,
    // Depth 40 is reached at the 19th item (muc → section → noi_dung → item → noi_dung → …).
    expect: refused([{ at: [MUC_LINE + 3 + 2 * 18, 4 * 19 + 5], text: /lồng nhau quá sâu \(quá 40 cấp\)/ }]),
  },
  {
    name: "brackets nested 100,000 deep",
    input: generated("ngoac-100000.yaml", `trich_yeu: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`),
    commands: ALL,
    expect: refused([{ at: [1], text: /lồng nhau quá sâu/ }]),
  },
  {
    name: "a 300,000-character string",
    input: generated("chuoi-300000.yaml", BASE.replace("trich_yeu: Triển khai", `trich_yeu: ${"Triển khai ".repeat(27_273)}`)),
    commands: ALL,
    expect: refused([{ at: [8, 12], text: /Chuỗi quá dài \(tối đa 200000 ký tự\)/ }]),
  },
  {
    name: "a table of 40 × 1,000 cells",
    input: generated(
      "bang-40000-o.yaml",
      withSections(
        `muc:\n  - ten: PHỤ LỤC\n    noi_dung:\n      - bang:\n          cot: [${Array.from({ length: 40 }, (_, i) => `C${i}`).join(", ")}]\n          dong:\n` +
          Array.from({ length: 1000 }, () => `            - [${Array(40).fill("ô").join(", ")}]\n`).join(""),
      ),
    ),
    commands: ALL,
    expect: refused([{ at: [MUC_LINE + 3, 9], text: /Quá nhiều đoạn văn, dòng và ô bảng/ }]),
  },
  { name: "lap over lap over lap (8 million paragraphs)", input: "lap-bomb.yaml", commands: ALL, expect: refused([{ at: [17, 18], text: /Quá nhiều đoạn văn, dòng và ô bảng/ }]) },
  // ─── Issue 13: values as typed, placeholders that print text only, limits after expansion ───
  {
    name: "numbers in bien and table cells print exactly as typed",
    input: generated(
      "so-nhu-da-go.yaml",
      withBien(
        "bien:\n  a: 10.000\n  b: 1.500\n  c: 0912345678\n  d: 12.50\n  e: 0x1F\n  f: 12345678901234567890\n  g: 1e3\n",
        '      - "Giá trị: {{a}} {{b}} {{c}} {{d}} {{e}} {{f}} {{g}}."\n      - bang:\n          cot: [Mã, Tỷ lệ]\n          rong: [1, 2.50]\n          dong: [[0123, 1.50], [007, 2e5]]\n',
      ),
    ),
    commands: ALL,
    expect: accepted({ contains: ["Giá trị: 10.000 1.500 0912345678 12.50 0x1F 12345678901234567890 1e3.", "0123", "1.50", "007", "2e5"] }),
  },
  {
    name: "%YAML 1.1 is refused (012 would be octal, 7:30 would be 450)",
    input: generated("yaml-1-1.yaml", `%YAML 1.1\n---\n${BASE.replace("so: 12", "so: 012")}`),
    commands: ALL,
    expect: refused([{ at: [1, 1], text: /%YAML 1\.1/ }]),
  },
  { name: "!!binary in a plan", input: generated("binary-tag.yaml", BASE.replace(/^trich_yeu: .*$/m, "trich_yeu: !!binary aGVsbG8=")), commands: ALL, expect: refused([{ at: [8, 12], text: /Thẻ YAML !!binary/ }]) },
  { name: "!!timestamp in a plan", input: generated("timestamp-tag.yaml", BASE.replace(/^ngay: .*$/m, "ngay: !!timestamp 2024-04-15")), commands: ALL, expect: refused([{ at: [7, 7], text: /Thẻ YAML !!timestamp/ }]) },
  { name: "{{this}} outside lap", input: generated("this.yaml", withBien("bien:\n  x: A\n", '      - "Xem {{this}}."\n')), commands: ALL, expect: refused([{ at: [blockLine(2), 16], text: /\{\{this\}\} là một nhóm khóa/ }]) },
  { name: "{{.}} and {{@root}}", input: generated("dot-root.yaml", withBien("bien:\n  x: A\n", '      - "{{.}} và {{@root}}"\n')), commands: ALL, expect: refused([{ at: [blockLine(2), 12], text: /\{\{\.\}\}/ }, { at: [blockLine(2), 21], text: /\{\{@root\}\}/ }]) },
  {
    name: "a mapping and a list of mappings in a placeholder",
    input: generated("mapping.yaml", withBien("bien:\n  m: {a: 1}\n  l: [{a: 1}]\n", '      - "{{m}}"\n      - "{{l}}"\n')),
    commands: ALL,
    expect: refused([{ at: [blockLine(3), 12], text: /\{\{m\}\} là một nhóm khóa/ }, { at: [blockLine(3) + 1, 12], text: /\{\{l\}\} là một nhóm khóa/ }]),
  },
  {
    name: "bien: {toString: x} with {{this}}",
    input: generated("to-string.yaml", withBien("bien:\n  toString: x\n", '      - "{{this}}"\n')),
    commands: ALL,
    expect: refused([{ at: [blockLine(2), 12], text: /\{\{this\}\} là một nhóm khóa/ }]),
  },
  {
    name: "{{this}} inside lap over a list of names is the element",
    input: generated("this-in-lap.yaml", withBien("bien:\n  thon: [Thôn 1, Thôn 2]\n", '      - lap: thon\n        noi_dung: ["Họp dân ở {{this}}."]\n')),
    commands: ALL,
    expect: accepted({ contains: ["Họp dân ở Thôn 1.", "Họp dân ở Thôn 2."] }),
  },
  {
    name: "unmatched and intraword stars stay text; private-use characters stay themselves",
    input: generated("stars.yaml", withBien("bien:\n  v: 2*3*4\n", '      - "(*) … 2*3*4 … (*) {{v}} \\uE001\\uE002\\uE003\\uE004 **đậm**"\n')),
    commands: ALL,
    expect: accepted({ contains: ["(*) … 2*3*4 … (*) 2*3*4 \uE001\uE002\uE003\uE004 đậm"] }),
  },
  {
    name: 'neu: "chuc_vu = {{ct}}" fills the placeholder and compares',
    input: generated("neu-placeholder.yaml", withBien("bien:\n  chuc_vu: CHỦ TỊCH\n  ct: Chủ tịch\n", '      - neu: "chuc_vu = {{ct}}"\n        noi_dung: [Khối được giữ.]\n        khac: [Khối bị bỏ.]\n')),
    commands: ALL,
    expect: accepted({ contains: ["Khối được giữ."] }),
  },
  {
    name: "sub-expressions 2,000 deep (refused before Handlebars parses)",
    input: generated("subexpr-2000.yaml", withBien("bien:\n  x: a\n", `      - "{{${"(in_hoa ".repeat(2000).replace(/^\(/, "")}x${")".repeat(1999)}}}"\n`)),
    commands: ALL,
    expect: refused([{ at: [blockLine(2)], text: /lồng nhau quá sâu \(quá 20 cấp ngoặc\)/ }]),
  },
  {
    name: "lap inside lap over a 600-byte value (10^10 paragraphs): stopped at the limit",
    input: generated(
      "lap-long-value.yaml",
      withBien(
        `bien:\n  ds: "${Array.from({ length: 120 }, (_, i) => `t${i}`).join(";")}"\n`,
        "      - lap: ds\n        noi_dung:\n          - lap: ds\n            noi_dung:\n              - lap: ds\n                noi_dung:\n                  - lap: ds\n                    noi_dung:\n                      - lap: ds\n                        noi_dung: [\"{{this}}\"]\n",
      ),
    ),
    commands: ALL,
    // Counted from the source already (a lap over a list in bien); over a data cell it is counted
    // while expanding (test/expand/expansion-limits.test.ts).
    expect: refused([{ at: [blockLine(2), 14], text: /Quá nhiều đoạn văn, dòng và ô bảng/ }]),
  },
  {
    name: "one lap over 90,000 items",
    input: generated("lap-90000.yaml", withBien(`bien:\n  ds: "${Array(90_000).fill("x").join(";")}"\n`, '      - lap: ds\n        noi_dung: ["Mục {{this}}."]\n')),
    commands: ALL,
    expect: refused([{ at: [blockLine(2), 14], text: /Quá nhiều đoạn văn, dòng và ô bảng/ }]),
  },
  {
    name: "500 × {{x}} of 199,000 characters: refused as it grows, not at 99.5 M characters",
    input: generated("repeat-x.yaml", withBien(`bien:\n  x: "${"a".repeat(199_000)}"\n`, `      - "${"{{x}}".repeat(500)}"\n`)),
    commands: ALL,
    expect: refused([{ at: [blockLine(2)], text: /Chuỗi quá dài sau khi điền dữ liệu \(tối đa 200000 ký tự\)/ }]),
  },
  {
    name: "a paragraph of 35,000 dots (check builds no regular expression from it)",
    input: generated("dots-35000.yaml", withBien("", `      - "${".".repeat(35_000)}"\n`)),
    commands: ALL,
    expect: accepted({ contains: [".".repeat(35_000)] }),
  },
  {
    name: "ngay: 1.2020 is read as typed (month 1 of 2020), not as the number 1.202",
    input: generated("ngay-1-2020.yaml", BASE.replace(/^ngay: .*$/m, "ngay: 1.2020")),
    commands: ALL,
    expect: { ok: true, contains: [...BASE_TEXT.filter((t) => !t.includes("2024")), "tháng 01 năm 2020"] },
  },
  { name: "a UTF-32 plan", input: generated("utf32.yaml", Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(Array.from(BASE).flatMap((c) => { const b = Buffer.alloc(4); b.writeUInt32LE(c.codePointAt(0)!); return [...b]; }))])), commands: ALL, expect: refused([{ at: "file", text: /UTF-32/ }]) },
  {
    name: "a named pipe as the plan (refused before it is opened: no hang)",
    input: (dir) => {
      execFileSync("mkfifo", [join(dir, "ong.yaml")]);
      return join(dir, "ong.yaml");
    },
    commands: ALL,
    expect: refused([{ at: "file", text: /không phải là tệp thường \(ống dẫn có tên/ }]),
  },
];

// ─── The checks ──────────────────────────────────────────────────────────────────────────────

/** A fresh folder holding only the input (so nothing can be written beside it unseen). */
function prepare(c: Case, command: string): { plan: string; planDir: string; out: string } {
  const root = mkdtempSync(join(WORK, `${c.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 40)}-${command.replace(/\W+/g, "-")}-`));
  const planDir = join(root, "ke hoach");
  const out = join(root, "out");
  mkdirSync(planDir);
  mkdirSync(out);
  let plan: string;
  if (typeof c.input === "string") {
    plan = join(planDir, c.input);
    writeFileSync(plan, readFileSync(join(CORPUS, c.input)));
  } else {
    plan = c.input(planDir);
  }
  return { plan, planDir, out };
}

type Expect = ExpectStatic;

/** A finding as a command reports it, with its code where the report shows one. */
type Finding = Printed & { code?: string };

/** The findings of a run, from wherever the command reports them; the JSON must parse. */
function findingsOf(expect: Expect, spec: CommandSpec, r: Run, label: string): Finding[] {
  if (spec.report === "stderr") return printedDiagnostics(r.stderr);
  if (spec.report === "stdout") {
    return printedDiagnostics(r.stdout).map((d) => {
      const code = / \[([a-z-]+)\]$/.exec(d.message)?.[1];
      return code ? { ...d, code, message: d.message.slice(0, -(code.length + 3)) } : d;
    });
  }
  const { report, findings } = checkReportFindings(expect, r, label);
  expect(report.summary.files, `${label}: one file checked`).toBe(1);
  expect(report.files, label).toHaveLength(1);
  return findings;
}

function checkRun(expect: Expect, r: Run, label: string): void {
  expect(r.timedOut, `${label}: still running after ${HANG_MS} ms (a hang)`).toBe(false);
  expect(messageProblems(r.stderr), `${label}: stderr was\n${r.stderr.slice(0, 3000)}`).toEqual([]);
  // check writes its report on stdout: the same rules hold there (the documents of render go to files).
  expect(messageProblems(r.stdout), `${label}: stdout was\n${r.stdout.slice(0, 3000)}`).toEqual([]);
}

const shown = (list: Finding[]) => list.map((d) => `${d.line ?? "-"}:${d.column ?? "-"} ${d.code ? `[${d.code}] ` : ""}${d.message}`).join("\n");

function matches(got: Finding, want: Refused["errors"][number], plan: string): boolean {
  if (basename(got.file) !== basename(plan) || !want.text.test(got.message)) return false;
  if (want.at === "file") return got.line === undefined;
  return got.line === want.at[0] && (want.at[1] === undefined || got.column === want.at[1]);
}

function checkRefused(expect: Expect, e: Refused, spec: CommandSpec, r: Run, plan: string, label: string): void {
  const where = spec.report === "stderr" ? r.stderr : r.stdout;
  expect(r.code, `${label}: exit code; stderr:\n${r.stderr.slice(0, 3000)}\nstdout:\n${r.stdout.slice(0, 1000)}`).toBe(1);
  const errors = findingsOf(expect, spec, r, label).filter((d) => d.severity === "lỗi");
  if (spec.checker) {
    // The case's errors, in order, among check's findings; any other error is a rule's finding.
    let k = 0;
    const rest: Finding[] = [];
    for (const got of errors) {
      if (k < e.errors.length && matches(got, e.errors[k]!, plan)) k++;
      else rest.push(got);
    }
    expect(k, `${label}: the errors ${e.errors.map((x) => `${x.at === "file" ? "file" : x.at.join(":")} ${x.text}`).join(", ")} among\n${shown(errors)}`).toBe(e.errors.length);
    for (const d of rest) expect(RULE_IDS.has(d.code ?? ""), `${label}: an error that is neither the case's nor a rule's: ${shown([d])}`).toBe(true);
  } else {
    expect(errors.length, `${label}: one message per problem, got\n${shown(errors)}`).toBe(e.errors.length);
    e.errors.forEach((want, i) => {
      const got = errors[i]!;
      expect(basename(got.file), `${label}: message ${i + 1} names the file`).toBe(basename(plan));
      if (want.at === "file") {
        expect(got.line, `${label}: message ${i + 1} is about the whole file`).toBeUndefined();
      } else {
        expect(got.line, `${label}: line of message ${i + 1} (${shown([got])})`).toBe(want.at[0]);
        if (want.at[1] !== undefined) expect(got.column, `${label}: column of message ${i + 1} (${shown([got])})`).toBe(want.at[1]);
      }
      expect(got.message, `${label}: message ${i + 1}`).toMatch(want.text);
    });
  }
  for (const re of e.stderr ?? []) expect(where, label).toMatch(re);
}

function checkAccepted(expect: Expect, e: Accepted, spec: CommandSpec, r: Run, out: string, label: string): void {
  expect(spec.accepted.codes, `${label}: exit code; stderr:\n${r.stderr.slice(0, 3000)}`).toContain(r.code);
  const findings = findingsOf(expect, spec, r, label);
  if (spec.checker) {
    // A plan that renders has no load, syntax or schema error: check finds only what its rules find.
    for (const d of findings) {
      expect(RULE_IDS.has(d.code ?? ""), `${label}: not a rule's finding: ${shown([d])}`).toBe(true);
      expect(d.line !== undefined && d.line >= 1 && (d.column ?? 0) >= 1, `${label}: a finding without a place: ${shown([d])}`).toBe(true);
    }
    expect(r.code, `${label}: exit 1 exactly when there is an error\n${shown(findings)}`).toBe(findings.some((d) => d.severity === "lỗi") ? 1 : 0);
  } else {
    const warnings = findings.filter((d) => d.severity === "cảnh báo");
    expect(warnings.length, `${label}: warnings\n${r.stderr}`).toBe(e.warnings ?? 0);
  }
  expect(filesIn(out).map((f) => f.path), `${label}: files written`).toEqual(spec.accepted.outputs.map((o) => o.name));
  for (const output of spec.accepted.outputs) {
    const bytes = readFileSync(join(out, output.name));
    const what = `${label} ${output.name}`;
    let text: string;
    if (output.format === "docx") {
      expect(docxProblems(bytes), `${what}: .docx problems`).toEqual([]);
      text = docxParagraphs(bytes).join("\n");
    } else {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
    expect(text.length, what).toBeGreaterThan(0);
    expect(textProblems(text), what).toEqual([]);
    for (const s of e.contains ?? []) expect(text.includes(s), `${what}: the document holds ${JSON.stringify(s.length > 80 ? s.slice(0, 80) + "…" : s)}`).toBe(true);
  }
}

function checkUsage(expect: Expect, message: RegExp, r: Run, label: string): void {
  expect(r.code, `${label}: a usage error; stderr:\n${r.stderr.slice(0, 3000)}`).toBe(2);
  expect(r.stderr, label).toMatch(message);
  expect(r.stdout, `${label}: no report`).toBe("");
}

describe("hostile input corpus", () => {
  it.concurrent.for(CASES)("$name", async (c, { expect }) => {
    for (const command of c.commands) {
      const spec: CommandSpec = COMMANDS[command];
      const { plan, planDir, out } = prepare(c, command);
      const before = filesIn(planDir).map((f) => f.path);
      const r = await kehoachAsync(spec.args(plan, out)).done;
      const label = `${c.name} [${command}]`;
      checkRun(expect, r, label);
      const usage = c.usage?.[command];
      if (usage) {
        checkUsage(expect, usage, r, label);
        expect(filesIn(out), `${label}: nothing written`).toEqual([]);
      } else if (c.expect.ok) {
        checkAccepted(expect, c.expect, spec, r, out, label);
      } else {
        checkRefused(expect, c.expect, spec, r, plan, label);
        expect(filesIn(out), `${label}: nothing written`).toEqual([]);
      }
      // Never a file beside the plan (a temp file, a partial output).
      expect(filesIn(planDir).map((f) => f.path), `${label}: the plan's folder is unchanged`).toEqual(before);
    }
  });
});
