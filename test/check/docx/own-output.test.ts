// kehoach's own .docx passes `check` with no finding: the layout rules and every plan rule on the
// plan import recognises in it. Over the example plans, the full fixture plan and the fourteen
// Kông Chro commune plans the README's batch command writes.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPlanFile } from "../../../src/pipeline.js";
import { runCli } from "../../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-check-docx-"));

describe("check on kehoach's own .docx", () => {
  it("finds nothing in the example plans", async () => {
    const plans = readdirSync("plans").filter((f) => f.endsWith(".yaml")).map((f) => join("plans", f));
    const own = join(dir, "own");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(own);
    for (const plan of plans) writeFileSync(join(own, plan.split("/").pop()!.replace(/\.yaml$/, ".docx")), (await renderPlanFile(plan, "docx")).output);
    const r = runCli(["check", own, "--format", "json"]);
    const report = JSON.parse(r.stdout) as { summary: { files: number }; diagnostics: unknown[] };
    expect(report.diagnostics).toEqual([]);
    expect(report.summary.files).toBe(plans.length);
    expect(r.code).toBe(0);
  });

  it("finds in the full fixture plan's .docx what it finds in its YAML (two empty items), and no layout fault", async () => {
    const file = join(dir, "full-plan.docx");
    writeFileSync(file, (await renderPlanFile("test/fixtures/full-plan.yaml", "docx")).output);
    const fromYaml = JSON.parse(runCli(["check", "test/fixtures/full-plan.yaml", "--format", "json"]).stdout) as { diagnostics: { code: string; message: string }[] };
    const fromDocx = JSON.parse(runCli(["check", file, "--format", "json"]).stdout) as { diagnostics: { code: string; message: string; paragraph: number; quote: string }[] };
    expect(fromYaml.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["empty-item", 'Khoản "1.1. Tuyên truyền trên loa" chưa có nội dung.'],
      ["empty-item", 'Khoản "1.2. Tuyên truyền tại thôn" chưa có nội dung.'],
    ]);
    expect(fromDocx.diagnostics.map((d) => [d.code, d.message])).toEqual(fromYaml.diagnostics.map((d) => [d.code, d.message]));
    expect(fromDocx.diagnostics.map((d) => [d.paragraph, d.quote])).toEqual([
      [23, "1.1. Tuyên truyền trên loa"],
      [24, "1.2. Tuyên truyền tại thôn"],
    ]);
  });

  it("finds nothing in the fourteen commune plans of the batch example", () => {
    const out = join(dir, "communes");
    const b = runCli(["batch", "templates/xa-kong-chro.yaml", "--data", "templates/xa-kong-chro.csv", "--cap-tren", "plans/huyen-kong-chro-2022.yaml", "--out", out]);
    expect(b.code, b.stderr).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith(".docx")).length).toBe(14);
    const r = runCli(["check", out, "--format", "json"]);
    const report = JSON.parse(r.stdout) as { summary: { files: number }; diagnostics: unknown[] };
    expect(report.diagnostics).toEqual([]);
    expect(report.summary.files).toBe(14);
    expect(r.code).toBe(0);
  });
});
