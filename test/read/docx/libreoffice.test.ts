// A .doc saved by LibreOffice and converted back to .docx (how an old .doc reaches kehoach) reads
// to the same paragraphs, numbers and header as the original. Skips (saying why) only where
// soffice is absent; in CI it must be there.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPlanFile } from "../../../src/pipeline.js";
import { readDocx } from "../../../src/read/docx/read-docx.js";
import type { ReadDocument, ReadParagraph } from "../../../src/read/read-document.js";
import { list, p, r, wordFile } from "../../helpers/word-files.js";

const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
if (!hasSoffice) {
  if (process.env.CI === "true") throw new Error("soffice is missing in CI: .ci/run must install libreoffice-writer");
  console.warn("[read] LibreOffice round trip skipped: soffice is not installed; install libreoffice-writer");
}

const paragraphs = (d: ReadDocument): ReadParagraph[] =>
  d.blocks.flatMap((b) => (b.kind === "paragraph" ? [b] : b.rows.flatMap((row) => row.cells.flatMap((c) => c.paragraphs))));

/** docx → doc → docx through LibreOffice, with a private profile. */
function throughDoc(dir: string, name: string, bytes: Buffer): Buffer {
  const src = join(dir, `${name}.docx`);
  writeFileSync(src, bytes);
  const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
  execFileSync("soffice", [profile, "--headless", "--convert-to", "doc", "--outdir", join(dir, "doc"), src], { stdio: "pipe", timeout: 120_000 });
  execFileSync("soffice", [profile, "--headless", "--convert-to", "docx", "--outdir", join(dir, "back"), join(dir, "doc", `${name}.doc`)], { stdio: "pipe", timeout: 120_000 });
  return readFileSync(join(dir, "back", `${name}.docx`));
}

describe.runIf(hasSoffice)("a .doc saved by LibreOffice, converted back to .docx", () => {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-read-lo-"));

  it("keeps a rendered plan's paragraphs, header table, rules and formatting", async () => {
    const original = readDocx("a.docx", (await renderPlanFile("plans/xa-cam-tan-2024.yaml", "docx")).output);
    const backDoc = readDocx("b.docx", throughDoc(dir, "cam-tan", (await renderPlanFile("plans/xa-cam-tan-2024.yaml", "docx")).output));
    const before = paragraphs(original);
    // LibreOffice adds an empty paragraph after a closing table (Word needs one there).
    const after = paragraphs(backDoc);
    expect(after.slice(before.length).map((x) => x.text)).toEqual([""]);
    const back = after.slice(0, before.length);
    expect(back.map((x) => x.text)).toEqual(before.map((x) => x.text));
    expect(back.map((x) => x.borderBottom ?? false)).toEqual(before.map((x) => x.borderBottom ?? false));
    expect(back.map((x) => x.runs.map((run) => [run.bold ?? false, run.italic ?? false, run.sizePt]))).toEqual(before.map((x) => x.runs.map((run) => [run.bold ?? false, run.italic ?? false, run.sizePt])));
    expect(backDoc.blocks[0]!.kind).toBe("table");
    expect(backDoc.page?.widthMm).toBeCloseTo(210, 0);
  });

  it("keeps Word's automatic numbering as the same shown numbers", () => {
    const numbering = list(0, 1, [["upperRoman", "%1."], ["decimal", "%2."], ["lowerLetter", "%3)"]]);
    const body = ["A", 0, "a1", 1, "a2", 1, "p", 2, "q", 2, "B", 0, "b1", 1].reduce<string[]>((acc, x, i, all) => (i % 2 === 0 ? [...acc, p(r(String(x)), { numId: 1, ilvl: all[i + 1] as number })] : acc), []).join("");
    const back = readDocx("b.docx", throughDoc(dir, "numbered", wordFile(body, { numbering })));
    expect(paragraphs(back).map((x) => [x.numberLabel, x.text])).toEqual([
      ["I.", "A"],
      ["1.", "a1"],
      ["2.", "a2"],
      ["a)", "p"],
      ["b)", "q"],
      ["II.", "B"],
      ["1.", "b1"],
    ]);
  });
});
