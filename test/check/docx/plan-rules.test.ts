// `check` on a Word file runs every plan rule on the plan import recognises in it, each finding at
// the paragraph it came from: the reference defects of the Cẩm Tân plan (typed, skipped Roman
// numerals, a stale year, a number without its "-"), typed into Word.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPlanFile } from "../../../src/pipeline.js";
import { runCli } from "../../helpers/cli.js";

describe("plan rules on a Word file", () => {
  it("reports the Cẩm Tân reference defects at their paragraphs, with the words", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "kehoach-docx-plan-")), "cam-tan.docx");
    writeFileSync(file, (await renderPlanFile("test/check/fixtures/xa-cam-tan-2024-goc.yaml", "docx")).output);
    const r = runCli(["check", file, "--format", "json"]);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { diagnostics: { code: string; paragraph?: number; quote?: string; message: string }[] }).diagnostics;
    const at = (code: string) => found.filter((d) => d.code === code).map((d) => `¶${d.paragraph} ${d.quote}`);
    expect(at("typed-numbering")).toContain("¶46 V. TỔ CHỨC THỰC HIỆN");
    expect(found.find((d) => d.code === "typed-numbering" && d.paragraph === 46)!.message).toContain("Số gõ tay nhảy từ II sang V (bỏ qua III, IV).");
    expect(at("stale-year")).toContain("¶49 hành động về bình đẳng giới năm 2022.");
    expect(at("number-format")).toContain("¶20 giới, cụ thể: Kế hoạch số 63/KHUBND ngày 15/3/2021 của UBND huyện");
    // The layout of kehoach's own rendering is right: only plan rules speak.
    expect(found.filter((d) => d.code.startsWith("layout-"))).toEqual([]);
    expect(found.every((d) => (d.paragraph ?? 0) > 0)).toBe(true);
  });
});

describe("many Word files (checked in worker threads)", () => {
  it("report the same findings, in the same order, as each file checked alone", async () => {
    const { copyFileSync, mkdirSync, readdirSync } = await import("node:fs");
    const dir = mkdtempSync(join(tmpdir(), "kehoach-docx-pool-"));
    const communes = join(dir, "communes");
    expect(runCli(["batch", "templates/xa-kong-chro.yaml", "--data", "templates/xa-kong-chro.csv", "--cap-tren", "plans/huyen-kong-chro-2022.yaml", "--out", communes]).code).toBe(0);
    const folder = join(dir, "folder");
    mkdirSync(folder);
    for (const f of readdirSync(communes)) copyFileSync(join(communes, f), join(folder, f));
    for (const f of readdirSync(communes).slice(0, 4)) copyFileSync(join(communes, f), join(folder, `z-${f}`));
    const broken = join(folder, "m-cam-tan.docx");
    writeFileSync(broken, (await renderPlanFile("test/check/fixtures/xa-cam-tan-2024-goc.yaml", "docx")).output);
    const all = JSON.parse(runCli(["check", folder, "--format", "json"]).stdout) as { summary: { files: number }; files: string[]; diagnostics: { file: string; code: string; paragraph: number; message: string }[] };
    expect(all.summary.files).toBe(19);
    expect(all.files).toEqual([...all.files].sort());
    const alone = JSON.parse(runCli(["check", broken, "--format", "json"]).stdout) as { diagnostics: { code: string; paragraph: number; message: string }[] };
    expect(alone.diagnostics.length).toBeGreaterThan(5);
    expect(all.diagnostics.map((d) => [d.file.endsWith("m-cam-tan.docx"), d.code, d.paragraph, d.message])).toEqual(alone.diagnostics.map((d) => [true, d.code, d.paragraph, d.message]));
  });
});
