// Hostile data tables: every file an officer may pass to `batch --data` (and `check --data`) with a
// good template. Each is refused — exit 1, one located message per problem, no stack trace,
// nothing written (not even the output folder) — or accepted — exit 0, one correct .docx per row
// (every XML part well-formed, the cell's text as text), warnings where characters were removed,
// the same bytes with worker threads. Never a hang, never a partial file, never a .tmp left.
//
// The table is the test: a case writes its data file and says what must come out.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, it, type ExpectStatic } from "vitest";
import { RULES } from "../../src/check/rules/index.js";
import { execFileSync } from "node:child_process";
import { zipEntries } from "../../src/write/docx/zip.js";
import { buildXlsx } from "../helpers/xlsx.js";
import { checkReportFindings, COMMUNE_TEMPLATE, docxParagraphs, docxProblems, filesIn, HANG_MS, kehoachAsync, messageProblems, partialFiles, printedDiagnostics, textProblems, type Printed, type Run } from "./harness.js";

const WORK = mkdtempSync(join(tmpdir(), "kehoach-hostile-data-"));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** Named *.mau.yaml so that check treats it as a template and fills it from --data. */
const TEMPLATE = join(WORK, "mau-xa.mau.yaml");
writeFileSync(TEMPLATE, COMMUNE_TEMPLATE);

const RULE_IDS = new Set(RULES.map((r) => r.id));

// ─── Cases ───────────────────────────────────────────────────────────────────────────────────

/** A message at a place: the whole file, or line (and column) of the data file. */
interface Place {
  at: "file" | [line: number, column?: number];
  text: RegExp;
}

/** Refused: exactly these errors, all about the data file. */
interface Refused {
  ok: false;
  errors: Place[];
  /** More that stderr must say (a hint). */
  stderr?: RegExp[];
}

/** Accepted: these files, each holding these strings; these warnings (about the data file). */
interface Accepted {
  ok: true;
  files: string[];
  contains?: string[];
  warnings?: Place[];
  /** The errors check reports for the filled template (rule findings), if any. */
  checkErrors?: RegExp[];
}

interface DataCase {
  name: string;
  /** Writes the data file into `dir` and returns its path. */
  data: (dir: string) => string;
  expect: Refused | Accepted;
}

/** A data file with this content. */
function file(name: string, content: string | Buffer): (dir: string) => string {
  return (dir) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
}

const utf16 = (text: string, endian: "le" | "be"): Buffer => {
  const le = Buffer.from(`\uFEFF${text}`, "utf16le");
  return endian === "le" ? le : le.swap16();
};

const HEADER = "Xã,Người ký,Ghi chú\n";
const TWO_ROWS = "Ia Dom,Nguyễn Văn An,Họp dân ở thôn 1\nYa Ma,Trần Thị Bình,Họp dân ở thôn 2\n";
const BOTH = ["ia-dom.docx", "ya-ma.docx"];
const refused = (errors: Place[], stderr?: RegExp[]): Refused => ({ ok: false, errors, stderr });
const accepted = (files: string[], extra: Omit<Accepted, "ok" | "files"> = {}): Accepted => ({ ok: true, files, ...extra });
const LONG_CELL = `${"Tuyên truyền bình đẳng giới ở thôn làng. ".repeat(2440)}Hết.`; // 100,044 characters, no separator

const CASES: DataCase[] = [
  // Not a table.
  { name: "an empty CSV", data: file("xa.csv", ""), expect: refused([{ at: "file", text: /Tệp dữ liệu trống/ }]) },
  { name: "binary garbage named .csv", data: file("xa.csv", Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 73 + 11) % 256))), expect: refused([{ at: "file", text: /không phải văn bản/ }]) },
  { name: "an .xlsx that is really a text file", data: file("xa.xlsx", HEADER + TWO_ROWS), expect: refused([{ at: "file", text: /Không đọc được tệp Excel: đây không phải tệp Excel \.xlsx/ }], [/lưu lại thành \.xlsx|CSV UTF-8/]) },
  { name: "a JSON object, not a list", data: file("xa.json", JSON.stringify({ xa: "Ia Dom", nguoi_ky: "A", ghi_chu: "x" })), expect: refused([{ at: [1, 1], text: /phải là một danh sách/ }]) },
  {
    name: "a data file that is a folder",
    data: (dir) => {
      mkdirSync(join(dir, "xa.csv"));
      return join(dir, "xa.csv");
    },
    expect: refused([{ at: "file", text: /là một thư mục/ }]),
  },

  // Encodings and dialects Excel produces: all read.
  { name: "UTF-16 LE with BOM, tab-separated (Excel's Unicode Text)", data: file("xa.txt", utf16((HEADER + TWO_ROWS).replace(/,/g, "\t").replace(/\n/g, "\r\n"), "le")), expect: accepted(BOTH, { contains: ["Ghi chú: Họp dân ở thôn 1"] }) },
  { name: "UTF-16 BE with BOM, commas", data: file("xa.csv", utf16(HEADER + TWO_ROWS, "be")), expect: accepted(BOTH, { contains: ["Ghi chú: Họp dân ở thôn 2"] }) },
  { name: "CRLF line ends", data: file("xa.csv", (HEADER + TWO_ROWS).replace(/\n/g, "\r\n")), expect: accepted(BOTH, { contains: ["Nguyễn Văn An", "ỦY BAN NHÂN DÂN XÃ IA DOM"] }) },
  { name: "semicolons and a BOM (Excel's CSV UTF-8 in a Vietnamese locale)", data: file("xa.csv", `\uFEFF${(HEADER + TWO_ROWS).replace(/,/g, ";")}`), expect: accepted(BOTH, { contains: ["Trần Thị Bình"] }) },
  {
    name: "quoted line breaks, quotes and separators in a cell",
    data: file("xa.csv", `${HEADER}Ia Dom,Nguyễn Văn An,"Dòng 1\r\nDòng 2, có ""ngoặc kép""; và dấu chấm phẩy"\n`),
    expect: accepted(["ia-dom.docx"], { contains: ['Ghi chú: Dòng 1 Dòng 2, có "ngoặc kép"; và dấu chấm phẩy'] }),
  },
  {
    name: "TCVN3 (ABC) bytes: located, with how to save as CSV UTF-8",
    // "Nguyễn Văn An" typed with the TCVN3 font: ễ = 0xD6, ă = 0xA8.
    data: file("xa.csv", Buffer.concat([Buffer.from(HEADER), Buffer.from([0x49, 0x61, 0x20, 0x44, 0x6f, 0x6d, 0x2c, 0x4e, 0x67, 0x75, 0x79, 0xd6, 0x6e, 0x20, 0x56, 0xa8, 0x6e, 0x2c, 0x78, 0x0a])])),
    expect: refused([{ at: [2, 12], text: /không phải UTF-8.*TCVN3/ }], [/CSV UTF-8/]),
  },
  {
    // ED A0 80 is U+D800 as CESU-8 writes it: not UTF-8. The message must point at those bytes
    // (line 2, column 9), as it does for TCVN3 above: decode-text refuses surrogates (ED A0–BF)
    // and overlong forms (E0 80–9F, F0 80–8F, F4 90+).
    name: "a lone surrogate encoded in a CSV (CESU-8 bytes): not UTF-8, located at the bytes",
    data: file("xa.csv", Buffer.concat([Buffer.from(`${HEADER}Ia Dom,A`), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from("B,x\n")])),
    expect: refused([{ at: [2, 9], text: /không phải UTF-8/ }]),
  },

  // Values are text, whatever they hold.
  { name: "a 100,000-character cell", data: file("xa.csv", `${HEADER}Ia Dom,Nguyễn Văn An,${LONG_CELL}\n`), expect: accepted(["ia-dom.docx"], { contains: [`Ghi chú: ${LONG_CELL}`] }) },
  { name: "a 200,001-character cell: over the string limit, at its row", data: file("xa.csv", `${HEADER}Ia Dom,Nguyễn Văn An,${"x".repeat(200_001)}\n`), expect: refused([{ at: [2, 1], text: /Chuỗi quá dài/ }]) },
  {
    name: "cells {{constructor.constructor}} and {{lookup this \"__proto__\"}} stay literal text",
    data: file("xa.csv", `${HEADER}Ia Dom,{{constructor.constructor}},"{{lookup this ""__proto__""}} {{xa}}"\n`),
    expect: accepted(["ia-dom.docx"], {
      contains: ['Ghi chú: {{lookup this "__proto__"}} {{xa}}', "{{constructor.constructor}}"],
      // check flags text that looks like a placeholder in the filled plan: at the template's places.
      checkErrors: [/\{\{lookup this "__proto__"\}\}/, /\{\{xa\}\}/, /\{\{constructor\.constructor\}\}/],
    }),
  },
  {
    name: "control characters in CSV cells: removed, with a warning at the row",
    data: file("xa.csv", `${HEADER}Ia Dom,Nguyễn\u0001 Văn\u001b[31m An,Họp\u007f dân\u000b ở thôn 1\nYa Ma,Trần Thị Bình,Họp dân ở thôn 2\u0002\n`),
    expect: accepted(BOTH, { contains: ["Nguyễn Văn[31m An", "Ghi chú: Họp dân ở thôn 1", "Ghi chú: Họp dân ở thôn 2"], warnings: [{ at: [2], text: /Đã xóa ký tự điều khiển/ }] }),
  },
  {
    name: "lone surrogates, control characters and U+FFFE in JSON values: removed, with a warning",
    data: file("xa.json", '[{"xa": "Ia Dom", "nguoi_ky": "Nguy\\ud800ễn Văn An", "ghi_chu": "Họp\\udc00 dân\\u0000 ở thôn 1\\ufffe"}]'),
    expect: accepted(["ia-dom.docx"], { contains: ["Nguyễn Văn An", "Ghi chú: Họp dân ở thôn 1"], warnings: [{ at: "file", text: /Đã xóa ký tự điều khiển/ }] }),
  },

  // Names that would reach JavaScript internals.
  {
    name: "headers __proto__ and constructor",
    data: file("xa.csv", `__proto__,constructor,${HEADER}1,2,${TWO_ROWS.split("\n")[0]}\n`),
    expect: refused([
      { at: [1, 1], text: /Cột A: tên "__proto__" không được dùng/ },
      { at: [1, 11], text: /Cột B: tên "constructor" không được dùng/ },
    ]),
  },
  {
    name: "keys __proto__ and constructor in a JSON row",
    data: file("xa.json", '[{"xa": "Ia Dom", "nguoi_ky": "A", "ghi_chu": "x", "__proto__": {"polluted": 1}, "thon": {"constructor": 1}}]'),
    expect: refused([
      { at: [1, 52], text: /"__proto__"/ },
      { at: [1, 90], text: /"constructor"/ },
    ]),
  },

  {
    // 100,000 copies of "x" through four levels of aliases ("billion laughs" in a data file).
    // The alias limit is reported at the value in the data file, not as a missing column.
    name: "an alias bomb in a YAML data file: too many aliases, at the value",
    data: file(
      "xa.yaml",
      "- xa: Ia Dom\n  nguoi_ky: Nguyễn Văn An\n  ghi_chu:\n    - &a [x, x, x, x, x, x, x, x, x, x]\n    - &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n    - &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n    - &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n    - [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n",
    ),
    expect: refused([{ at: [4], text: /bí danh|alias/ }]),
  },

  // Size limits: refused at once, with one message.
  { name: "a data file over 50 MB", data: file("xa.csv", Buffer.alloc(50 * 1024 * 1024 + 1, "Ia Dom,A,x\n")), expect: refused([{ at: "file", text: /Tệp quá lớn \(> 50\.0 MB\); giới hạn là 50\.0 MB/ }]) },
  ...(existsSync("/dev/zero")
    ? [
        {
          name: "an endless device behind a .csv name (/dev/zero)",
          data: (dir: string) => {
            symlinkSync("/dev/zero", join(dir, "xa.csv"));
            return join(dir, "xa.csv");
          },
          // A device is refused before it is opened: not a regular file.
          expect: refused([{ at: "file", text: /không phải là tệp thường \(thiết bị\)/ }]),
        } satisfies DataCase,
      ]
    : []),
  // Values as typed (issue 13): YAML/JSON numbers keep their text, XLSX cells their number format.
  {
    name: "YAML data: numbers keep what was typed (0912345678, 10.000, 12.50, 0x1F, 20 digits)",
    data: file("xa.yaml", "- {xa: Ia Dom, nguoi_ky: A, ghi_chu: 0912345678}\n- {xa: Ya Ma, nguoi_ky: B, ghi_chu: [10.000, 12.50, 0x1F, 12345678901234567890]}\n"),
    expect: accepted(BOTH, { contains: ["Ghi chú: 0912345678", "Ghi chú: 10.000, 12.50, 0x1F, 12345678901234567890"] }),
  },
  {
    name: "JSON data: numbers keep what was typed",
    data: file("xa.json", '[{"xa": "Ia Dom", "nguoi_ky": "A", "ghi_chu": 1.500}, {"xa": "Ya Ma", "nguoi_ky": "B", "ghi_chu": 1e3}]'),
    expect: accepted(BOTH, { contains: ["Ghi chú: 1.500", "Ghi chú: 1e3"] }),
  },
  {
    name: "XLSX cells as Excel shows them: a time, a percentage, a 0000000000 phone number, a date",
    data: file(
      "xa.xlsx",
      buildXlsx([
        ["Xã", "Người ký", "Ghi chú"],
        ["Ia Dom", "A", { value: 0.3125, format: "h:mm" }],
        ["Ya Ma", { value: 0.15, format: "0%" }, { value: 912345678, format: "0000000000" }],
      ]),
    ),
    expect: accepted(BOTH, { contains: ["Ghi chú: 07:30", "Ghi chú: 0912345678", "15%"] }),
  },
  {
    name: "an XLSX zip bomb (a small file declaring 80 MB of XML)",
    data: file("xa.xlsx", zipEntries([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(80 * 1024 * 1024, " ") }], 9)),
    expect: refused([{ at: "file", text: /giải nén ra quá lớn \(hơn 64\.0 MB\)/ }]),
  },
  { name: "YAML data declaring %YAML 1.1", data: file("xa.yaml", "%YAML 1.1\n---\n- {xa: Ia Dom, nguoi_ky: A, ghi_chu: 012}\n"), expect: refused([{ at: [1, 1], text: /%YAML 1\.1/ }]) },
  { name: "!!binary in data", data: file("xa.yaml", "- {xa: Ia Dom, nguoi_ky: A, ghi_chu: !!binary aGVsbG8=}\n"), expect: refused([{ at: [1, 38], text: /Thẻ YAML !!binary/ }]) },
  { name: "!!timestamp in data", data: file("xa.yaml", "- xa: Ia Dom\n  nguoi_ky: A\n  ghi_chu: !!timestamp 2024-04-15\n"), expect: refused([{ at: [3, 12], text: /Thẻ YAML !!timestamp/ }]) },
  {
    name: 'JSON keys "xa" and "Xã" in one row',
    data: file("xa.json", '[{"xa": "Ia Dom", "Xã": "Ya Ma", "nguoi_ky": "A", "ghi_chu": "x"}]'),
    expect: refused([{ at: [1, 19], text: /"Xã" và "xa" chỉ khác nhau/ }]),
  },
  { name: "JSON []", data: file("xa.json", "[]\n"), expect: refused([{ at: [1, 1], text: /Danh sách dữ liệu trống/ }]) },
  { name: "duplicate JSON keys", data: file("xa.json", '[{"xa": "Ia Dom", "xa": "Ya Ma"}]'), expect: refused([{ at: [1, 19], text: /Lỗi cú pháp JSON: khóa "xa" được viết hai lần/ }]) },
  { name: "JSON nested 1,000 deep", data: file("xa.json", "[".repeat(1000) + "]".repeat(1000)), expect: refused([{ at: [1], text: /lồng nhau quá sâu/ }]) },
  {
    name: "a named pipe as the data file (refused before it is opened: no hang)",
    data: (dir: string) => {
      execFileSync("mkfifo", [join(dir, "xa.csv")]);
      return join(dir, "xa.csv");
    },
    expect: refused([{ at: "file", text: /không phải là tệp thường \(ống dẫn có tên/ }]),
  },
  {
    name: "100,001 rows",
    data: file("xa.csv", HEADER + Array.from({ length: 100_001 }, (_, i) => `Xã ${i + 1},A,x\n`).join("")),
    expect: refused([{ at: "file", text: /100000/ }]),
  },
];

// ─── Commands ────────────────────────────────────────────────────────────────────────────────

type Expect = ExpectStatic;
type Finding = Printed & { code?: string };

const batchArgs = (data: string, out: string, jobs = "1") => ["batch", TEMPLATE, "--data", data, "--out", out, "--jobs", jobs];
const checkArgs = (data: string) => ["check", TEMPLATE, "--data", data, "--format", "json"];

function checkRun(expect: Expect, r: Run, label: string): void {
  expect(r.timedOut, `${label}: still running after ${HANG_MS} ms (a hang)`).toBe(false);
  expect(messageProblems(r.stderr), `${label}: stderr was\n${r.stderr.slice(0, 3000)}`).toEqual([]);
  expect(messageProblems(r.stdout), `${label}: stdout was\n${r.stdout.slice(0, 3000)}`).toEqual([]);
}

const shown = (list: Finding[]) => list.map((d) => `${basename(d.file)}:${d.line ?? "-"}:${d.column ?? "-"} ${d.code ? `[${d.code}] ` : ""}${d.message}`).join("\n");

function matches(got: Finding, want: Place, data: string): boolean {
  if (basename(got.file) !== basename(data) || !want.text.test(got.message)) return false;
  if (want.at === "file") return got.line === undefined;
  return got.line === want.at[0] && (want.at[1] === undefined || got.column === want.at[1]);
}

function expectExactly(expect: Expect, got: Finding[], want: Place[], data: string, label: string): void {
  expect(got.length, `${label}: one message per problem, got\n${shown(got)}`).toBe(want.length);
  want.forEach((w, i) => expect(matches(got[i]!, w, data), `${label}: message ${i + 1} should be ${w.at === "file" ? "about the file" : `at ${w.at.join(":")}`} ${w.text}, got\n${shown([got[i]!])}`).toBe(true));
}

/** check's JSON report, as findings (it must parse, and agree with its summary). */
function checkFindings(expect: Expect, r: Run, label: string): Finding[] {
  return checkReportFindings(expect, r, label).findings;
}

function docxText(expect: Expect, path: string, label: string): string {
  const bytes = readFileSync(path);
  expect(docxProblems(bytes), `${label}: .docx problems`).toEqual([]);
  const text = docxParagraphs(bytes).join("\n");
  expect(textProblems(text), label).toEqual([]);
  return text;
}

describe("hostile data tables (batch --data, check --data)", () => {
  it.concurrent.for(CASES)("$name", async (c, { expect }) => {
    const root = mkdtempSync(join(WORK, `${c.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 40)}-`));
    const dataDir = join(root, "du lieu");
    mkdirSync(dataDir);
    const data = c.data(dataDir);
    const before = filesIn(dataDir);

    // batch, one thread.
    const out = join(root, "out");
    const r = await kehoachAsync(batchArgs(data, out)).done;
    let label = `${c.name} [batch]`;
    checkRun(expect, r, label);
    const printed = printedDiagnostics(r.stderr);
    const errors = printed.filter((d) => d.severity === "lỗi");
    const warnings = printed.filter((d) => d.severity === "cảnh báo");
    if (!c.expect.ok) {
      expect(r.code, `${label}: exit code; stderr:\n${r.stderr.slice(0, 3000)}`).toBe(1);
      expectExactly(expect, errors, c.expect.errors, data, label);
      for (const re of c.expect.stderr ?? []) expect(r.stderr, label).toMatch(re);
      expect(r.stderr, `${label}: says nothing was written`).not.toMatch(/Đã ghi/);
      expect(existsSync(out), `${label}: the output folder is not even created`).toBe(false);
    } else {
      expect(r.code, `${label}: exit code; stderr:\n${r.stderr.slice(0, 3000)}`).toBe(0);
      expectExactly(expect, errors, [], data, label);
      expectExactly(expect, warnings, c.expect.warnings ?? [], data, label);
      expect(filesIn(out).map((f) => f.path), `${label}: files written`).toEqual(c.expect.files);
      const texts = c.expect.files.map((f) => docxText(expect, join(out, f), `${label} ${f}`));
      for (const s of c.expect.contains ?? []) {
        expect(
          texts.some((t) => t.includes(s)),
          `${label}: a document holds ${JSON.stringify(s.length > 80 ? s.slice(0, 80) + "…" : s)}`,
        ).toBe(true);
      }

      // Worker threads read the same values (structured clone) and write the same bytes.
      const out2 = join(root, "out-2");
      const r2 = await kehoachAsync(batchArgs(data, out2, "2")).done;
      label = `${c.name} [batch --jobs 2]`;
      checkRun(expect, r2, label);
      expect(r2.code, `${label}: exit code; stderr:\n${r2.stderr.slice(0, 3000)}`).toBe(0);
      expect(filesIn(out2).map((f) => f.path), label).toEqual(c.expect.files);
      for (const f of c.expect.files) expect(readFileSync(join(out2, f)).equals(readFileSync(join(out, f))), `${label}: ${f} has the same bytes`).toBe(true);
    }
    if (existsSync(out)) expect(partialFiles(out), `${label}: no .tmp, no empty file`).toEqual([]);

    // check --data, JSON.
    const rc = await kehoachAsync(checkArgs(data)).done;
    label = `${c.name} [check --data --format json]`;
    checkRun(expect, rc, label);
    const found = checkFindings(expect, rc, label);
    const dataFindings = found.filter((d) => basename(d.file) === basename(data));
    const templateFindings = found.filter((d) => basename(d.file) !== basename(data));
    for (const d of templateFindings) {
      expect(basename(d.file), `${label}: ${shown([d])}`).toBe(basename(TEMPLATE));
      expect(RULE_IDS.has(d.code ?? ""), `${label}: only rule findings in the template:\n${shown([d])}`).toBe(true);
      expect((d.line ?? 0) >= 1 && (d.column ?? 0) >= 1, `${label}: a located finding: ${shown([d])}`).toBe(true);
    }
    if (!c.expect.ok) {
      expectExactly(expect, dataFindings.filter((d) => d.severity === "lỗi"), c.expect.errors, data, label);
      expect(rc.code, `${label}: exit code; stderr:\n${rc.stderr.slice(0, 3000)}`).toBe(1);
    } else {
      expectExactly(expect, dataFindings.filter((d) => d.severity === "lỗi"), [], data, label);
      expectExactly(expect, dataFindings.filter((d) => d.severity === "cảnh báo"), c.expect.warnings ?? [], data, label);
      const want = c.expect.checkErrors ?? [];
      const templateErrors = templateFindings.filter((d) => d.severity === "lỗi");
      expect(templateErrors.length, `${label}: errors in the filled template\n${shown(templateErrors)}`).toBe(want.length);
      want.forEach((re, i) => expect(templateErrors[i]!.message, label).toMatch(re));
      expect(rc.code, `${label}: exit code; stderr:\n${rc.stderr.slice(0, 3000)}`).toBe(want.length > 0 ? 1 : 0);
    }

    // Nothing written beside the data.
    expect(filesIn(dataDir), `${c.name}: the data folder is unchanged`).toEqual(before);
  });
});
