// Shared by the hostile-input, property and fault tests: run the built CLI with a time limit,
// check that messages are clean and located, that a .docx is well-formed XML throughout, and that
// a folder holds no partial output.
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import type { ExpectStatic } from "vitest";
import { BIN as BUILT_BIN, ROOT } from "../helpers/cli.js";
import { docxParts } from "../helpers/docx.js";
import { dump } from "../helpers/dump.js";

/** The CLI under test: the built bin (see ../helpers/cli.ts), or another build named by KEHOACH_BIN. */
export const BIN = process.env.KEHOACH_BIN ?? BUILT_BIN;

/** No hostile input may keep the CLI busy this long: reaching it fails the test as a hang. */
export const HANG_MS = 30_000;

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Run `kehoach …` (the built bin) synchronously, killed after `timeoutMs`. */
export function kehoach(args: string[], opts: { cwd?: string; timeoutMs?: number; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...opts.env },
    encoding: "utf8",
    timeout: opts.timeoutMs ?? HANG_MS,
    killSignal: "SIGKILL",
    maxBuffer: 64 * 1024 * 1024,
  });
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT";
  dump("cli", { args, code: r.status, stdout: r.stdout, stderr: r.stderr });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? "", stderr: r.stderr ?? "", timedOut };
}

/** The same, started in the background: for tests that signal the process while it works. */
export function kehoachAsync(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const done = new Promise<Run>((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), HANG_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      dump("cli-async", { args, code, stdout, stderr });
      resolve({ code, signal, stdout, stderr, timedOut: signal === "SIGKILL" });
    });
  });
  return { child, done, stderr: () => stderr };
}

/** One diagnostic as the human reporter prints it: "file:line:col: lỗi: message". */
export interface Printed {
  file: string;
  line?: number;
  column?: number;
  severity: string;
  message: string;
}

const HEADER = /^(.+?)(?::(\d+):(\d+))?: (lỗi|cảnh báo|ghi chú|error|warning|note): (.*)$/;

export function printedDiagnostics(stderr: string): Printed[] {
  const out: Printed[] = [];
  for (const line of stderr.split("\n")) {
    if (/^\s/.test(line)) continue; // code frames and hints are indented
    const m = HEADER.exec(line);
    if (!m) continue;
    out.push({
      file: m[1]!,
      line: m[2] === undefined ? undefined : Number(m[2]),
      column: m[3] === undefined ? undefined : Number(m[3]),
      severity: m[4]!,
      message: m[5]!,
    });
  }
  return out;
}

/** What no message may ever show: stack frames, JavaScript's placeholders, internal errors. */
export function messageProblems(stderr: string): string[] {
  const problems: string[] = [];
  if (/^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>)\s*$/m.test(stderr)) problems.push("a stack frame");
  if (/\bundefined\b/.test(stderr)) problems.push('"undefined"');
  if (/\bNaN\b/.test(stderr)) problems.push('"NaN"');
  if (/\[object \w+\]/.test(stderr)) problems.push('"[object …]"');
  if (/Lỗi nội bộ|Internal error/.test(stderr)) problems.push("an internal error (crash)");
  if (/<--- Last few GCs --->|FATAL ERROR|heap out of memory/.test(stderr)) problems.push("an out-of-memory abort");
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B-\u001F\u007F]/.test(stderr)) problems.push("a raw control character (terminal escape)");
  return problems;
}

// XML 1.0 characters: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and the astral planes.
// eslint-disable-next-line no-control-regex -- tab, LF and CR are named on purpose
const XML_INVALID = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const PREDEFINED_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Every problem with the XML parts of a .docx (none means: a well-formed package). */
export function docxProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  if (bytes.length === 0) return ["the .docx is empty"];
  let parts: Map<string, string>;
  try {
    parts = docxParts(bytes);
  } catch (e) {
    return [`not a ZIP file: ${(e as Error).message}`];
  }
  for (const required of ["[Content_Types].xml", "word/document.xml", "_rels/.rels"]) {
    if (!parts.has(required)) problems.push(`missing part ${required}`);
  }
  for (const [name, xml] of parts) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const v = XMLValidator.validate(xml);
    if (v !== true) problems.push(`${name}: ${v.err.msg} (line ${v.err.line})`);
    const bad = XML_INVALID.exec(xml);
    if (bad) problems.push(`${name}: character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} is not allowed in XML`);
    if (PREDEFINED_ENTITY.test(xml)) problems.push(`${name}: an "&" that is not a predefined entity`);
  }
  return problems;
}

/** The visible text of word/document.xml, one string per paragraph (cells are paragraphs too). */
export function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = docxParts(bytes).get("word/document.xml") ?? "";
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
      .map((t) => (t[1] === undefined ? (t[0] === "<w:tab/>" ? "\t" : "\n") : decodeEntities(t[1])))
      .join(""),
  );
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** What the text of a written document may never hold (none means: clean NFC text). */
export function textProblems(text: string): string[] {
  const problems: string[] = [];
  if (text !== text.normalize("NFC")) problems.push("the text is not NFC");
  // NFC Vietnamese has no combining marks left.
  if (/[\u0300-\u036f]/.test(text)) problems.push("a combining mark");
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/.test(text)) problems.push("a control character");
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) problems.push("a lone surrogate");
  return problems;
}

/** Every file under `dir`, relative, with its size. */
export function filesIn(dir: string): { path: string; size: number }[] {
  const out: { path: string; size: number }[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full, join(rel, name));
      else out.push({ path: join(rel, name), size: st.size });
    }
  };
  walk(dir, "");
  return out;
}

/** Leftovers of an interrupted or failed write: temporary files and empty outputs. */
export function partialFiles(dir: string): string[] {
  return filesIn(dir)
    .filter((f) => /\.tmp$/.test(f.path) || (/\.(docx|txt)$/.test(f.path) && f.size === 0))
    .map((f) => f.path);
}

/** A complete commune template (check finds nothing in it once filled): xa, nguoi_ky, ghi_chu. */
export const COMMUNE_TEMPLATE = `co_quan:
  chu_quan: UBND HUYỆN CẨM THỦY
  ten: ỦY BAN NHÂN DÂN XÃ {{in_hoa xa}}
  viet_tat: UBND
so: 12
dia_danh: "{{xa}}"
ngay: 2024-04-15
trich_yeu: Triển khai công tác bình đẳng giới năm 2024 tại xã {{xa}}
muc:
  - ten: MỤC ĐÍCH, YÊU CẦU
    noi_dung:
      - Nâng cao nhận thức về bình đẳng giới.
  - ten: NỘI DUNG
    noi_dung:
      - "Ghi chú: {{ghi_chu}}"
  - ten: TỔ CHỨC THỰC HIỆN
    noi_dung:
      - Giao công chức Văn hóa - Xã hội theo dõi, đôn đốc.
ket_luan: Trên đây là Kế hoạch triển khai công tác bình đẳng giới năm 2024 của UBND xã {{xa}}
noi_nhan:
  - UBND huyện (b/c)
  - "Lưu: VT"
ky:
  tm: ỦY BAN NHÂN DÂN
  chuc_vu: CHỦ TỊCH
  ho_ten: "{{nguoi_ky}}"
`;

/** check's JSON report (--format json). */
export interface CheckReport {
  summary: { files: number; errors: number; warnings: number };
  files: string[];
  diagnostics: { file: string; line: number; column: number; severity: string; code: string; message: string }[];
}

/** check's JSON report as findings: it must parse, and its summary must agree with its diagnostics. */
export function checkReportFindings(expect: ExpectStatic, r: Run, label: string): { report: CheckReport; findings: (Printed & { code: string })[] } {
  let report: CheckReport;
  try {
    report = JSON.parse(r.stdout) as CheckReport;
  } catch (e) {
    expect.fail(`${label}: stdout is not JSON (${(e as Error).message}):\n${r.stdout.slice(0, 2000)}\nstderr:\n${r.stderr.slice(0, 2000)}`);
  }
  const severity: Record<string, string> = { error: "lỗi", warning: "cảnh báo", info: "ghi chú" };
  const findings = report.diagnostics.map((d) => ({
    file: d.file,
    line: d.line > 0 ? d.line : undefined,
    column: d.line > 0 ? d.column : undefined,
    severity: severity[d.severity] ?? d.severity,
    message: d.message,
    code: d.code,
  }));
  expect(report.summary.errors, `${label}: summary.errors`).toBe(findings.filter((d) => d.severity === "lỗi").length);
  expect(report.summary.warnings, `${label}: summary.warnings`).toBe(findings.filter((d) => d.severity === "cảnh báo").length);
  return { report, findings };
}

