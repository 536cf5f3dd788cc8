// check is precise: no finding at all on the example plans, the reference plans after their noted
// corrections (plans/), the starter plans `kehoach new` writes, and the 14 commune plans of the
// Kông Chro template with its data and parent plan.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { starterText } from "../../src/commands/new-action.js";
import { ROOT, runCli } from "../helpers/cli.js";
import { checkText } from "./helpers.js";

const show = (ds: { line: number; column: number; code: string; message: string }[]) => ds.map((d) => `${d.line}:${d.column} [${d.code}] ${d.message}`);

describe("zero findings on correct plans", () => {
  it.each(["plans/huyen-kong-chro-2022.yaml", "plans/xa-cam-tan-2024.yaml", "plans/hoi-lhpn-hoc-mon-2021.yaml", "test/check/fixtures/clean.yaml", "test/batch/fixtures/huyen-kong-chro-2022.yaml"])("%s", async (file) => {
    const ds = await checkText(readFileSync(join(ROOT, file), "utf8"), { today: { year: 2025, month: 1, day: 1 } });
    expect(show(ds)).toEqual([]);
  });

  it.each(["ke-hoach", "xa"] as const)("the starter plan of kehoach new (%s)", async (kind) => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-starter-"));
    const file = join(dir, kind === "xa" ? "templates/mau.yaml" : "ke-hoach.yaml");
    const text = starterText(kind, file);
    const now = new Date();
    const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
    const ds = await checkText(text, { name: kind === "xa" ? "templates/mau.yaml" : "ke-hoach.yaml", template: kind === "xa", today });
    expect(show(ds)).toEqual([]);
  });

  it("the 14 commune plans: templates/xa-kong-chro.yaml with its data and the district plan", () => {
    const r = runCli(["check", "templates/xa-kong-chro.yaml", "--data", "templates/xa-kong-chro.csv", "--cap-tren", "plans/huyen-kong-chro-2022.yaml", "--format", "json"]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { diagnostics: unknown[] };
    expect(report.diagnostics).toEqual([]);
  });
});
