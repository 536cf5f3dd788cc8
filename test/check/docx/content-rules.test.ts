// The word and content rules (spelling, confusion, repeated-word, unresolved-placeholder's blanks)
// run on a Word file too, through the plan import recognises in it: each finding lands at the
// paragraph holding the words, a blank left to fill in is a warning in a draft and an error with
// --final, and --fix / --fix-dry-run never change a .docx (they say so once).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderPlanFile } from "../../../src/pipeline.js";
import { readDocxFile } from "../../../src/read/docx/read-docx-file.js";
import { runCli } from "../../helpers/cli.js";
import { say, writePlan } from "../helpers.js";

interface Json {
  diagnostics: { code: string; severity: string; paragraph?: number; quote?: string; message: string }[];
}

const TYPED = "Tổ chứcc tổng kết tổng kết việc lòng ghép bình đẳng giới theo Kế hoạch số …/KH-UBND.";

let dir: string;
let docx: string;
/** The ¶N of the paragraph that holds the typed sentence, as the reader numbers it. */
let typedAt: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kehoach-docx-content-"));
  docx = join(dir, "ke-hoach.docx");
  writeFileSync(docx, (await renderPlanFile(writePlan(say(TYPED), "ke-hoach.yaml", dir), "docx")).output);
  const paragraphs = readDocxFile(docx).blocks.flatMap((b) => (b.kind === "paragraph" ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs))));
  typedAt = paragraphs.find((p) => p.text.includes("Tổ chứcc"))?.index ?? 0;
  expect(typedAt).toBeGreaterThan(0);
});

const check = (...args: string[]) => {
  const r = runCli(["check", docx, "--format", "json", ...args]);
  return { ...r, found: (JSON.parse(r.stdout) as Json).diagnostics };
};

describe("content rules on a Word file", () => {
  it("finds a misspelling, a confusion, a repeated word and a blank at the paragraph where they were typed", () => {
    const { found } = check();
    for (const [code, words] of [
      ["spelling", "chứcc"],
      ["confusion", "lòng ghép"],
      ["repeated-word", "tổng kết tổng kết"],
      ["unresolved-placeholder", "…/KH-UBND"],
    ] as const) {
      const hit = found.find((d) => d.code === code);
      expect(hit, code).toBeDefined();
      expect(hit!.paragraph, code).toBe(typedAt);
      expect(hit!.quote, code).toContain(words);
    }
  });

  it("keeps a blank a warning in a draft and makes it an error with --final", () => {
    const blank = (found: Json["diagnostics"]) => found.filter((d) => d.code === "unresolved-placeholder" && d.paragraph === typedAt).map((d) => d.severity);
    expect(blank(check().found)).toEqual(["warning"]);
    expect(blank(check("--final").found)).toEqual(["error"]);
  });

  it("--fix and --fix-dry-run leave the .docx as it is, say so once, and still report its findings", () => {
    const before = readFileSync(docx);
    for (const option of ["--fix", "--fix-dry-run"]) {
      const r = check(option);
      expect(readFileSync(docx).equals(before), option).toBe(true);
      expect(r.stderr.split("\n").filter((l) => l.includes("chỉ sửa tệp YAML")), option).toEqual([
        `${option} chỉ sửa tệp YAML: 1 tệp Word, PDF hay văn bản được kiểm tra nhưng không bị thay đổi. Hãy sửa trong Word, hoặc chuyển sang YAML bằng “kehoach import” rồi dùng ${option}.`,
      ]);
      expect(r.found.some((d) => d.code === "spelling" && d.paragraph === typedAt), option).toBe(true);
    }
  });

  it("--fix beside a YAML plan fixes the YAML and only the YAML", () => {
    const yaml = join(dir, "ke-hoach.yaml");
    writeFileSync(yaml, say("Kiểm tra  việc thực hiện chính sách."));
    const before = readFileSync(docx);
    const r = runCli(["check", docx, yaml, "--fix", "--lang", "en"]);
    expect(readFileSync(yaml, "utf8")).toContain("Kiểm tra việc thực hiện chính sách.");
    expect(readFileSync(docx).equals(before)).toBe(true);
    expect(r.stderr).toContain("--fix changes YAML files only: 1 Word, PDF or text file(s) were checked but not changed.");
  });
});
