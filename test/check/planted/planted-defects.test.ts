// Recall of `kehoach check` on the planted-defect corpus (corpus.ts): each plan carries one
// mistake; it is found when the expected rule reports it on the defect's line. The test prints
// the recall per kind and asserts 90 % or better overall, and that every defect's edit applies.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../../helpers/cli.js";
import { checkText } from "../helpers.js";
import { PLANTED, type PlantedDefect } from "./corpus.js";

const results: { d: PlantedDefect; found: boolean; got: string[] }[] = [];

function plant(d: PlantedDefect): { text: string; line: number } {
  const base = readFileSync(join(ROOT, d.file), "utf8");
  // Occurrences outside comments ("# sửa:" notes quote the text they correct).
  const hits: number[] = [];
  for (let k = base.indexOf(d.from); k >= 0; k = base.indexOf(d.from, k + 1)) {
    if (!base.slice(base.lastIndexOf("\n", k - 1) + 1, k).trimStart().startsWith("#")) hits.push(k);
  }
  if (hits.length !== 1) throw new Error(`${d.id}: "${d.from}" must occur exactly once in ${d.file} (found ${hits.length})`);
  const i = hits[0]!;
  const text = base.slice(0, i) + d.to + base.slice(i + d.from.length);
  const at = d.at ?? d.to;
  const j = at === d.to ? i : text.indexOf(at, d.at && d.to.includes(d.at) ? i : 0);
  if (j < 0) throw new Error(`${d.id}: "${at}" not in the planted plan`);
  return { text, line: text.slice(0, j + (at === d.to ? d.to.search(/\S/) : 0)).split("\n").length };
}

describe("the planted-defect corpus", () => {
  it("has at least 45 plans, one defect each, with unique ids", () => {
    expect(PLANTED.length).toBeGreaterThanOrEqual(45);
    expect(new Set(PLANTED.map((d) => d.id)).size).toBe(PLANTED.length);
  });

  it.each(PLANTED.map((d) => [d.id, d] as const))("%s", async (_id, d) => {
    const { text, line } = plant(d);
    // A template (under templates/) is checked as the starter `kehoach new` writes: as a plan.
    const diagnostics = await checkText(text, { name: "ke-hoach.yaml", today: { year: 2025, month: 1, day: 1 } });
    const found = diagnostics.some((x) => x.code === d.rule && x.line === line);
    results.push({ d, found, got: diagnostics.map((x) => `${x.code}@${x.line}`) });
    // Each planted plan is reported somewhere (the recall test below asks for the rule and line).
    expect(diagnostics.length, `${d.id}: no finding at all`).toBeGreaterThan(0);
  });

  afterAll(() => {
    const kinds = new Map<string, { n: number; found: number }>();
    for (const r of results) {
      const k = kinds.get(r.d.kind) ?? { n: 0, found: 0 };
      k.n++;
      if (r.found) k.found++;
      kinds.set(r.d.kind, k);
    }
    const lines = [...kinds].sort().map(([k, v]) => `  ${k.padEnd(18)} ${v.found}/${v.n}  ${((100 * v.found) / v.n).toFixed(0)} %`);
    const total = results.filter((r) => r.found).length;
    const missed = results.filter((r) => !r.found).map((r) => `  missed ${r.d.id} (${r.d.rule}): got ${r.got.join(", ") || "nothing"}`);
    console.log(`recall per kind:\n${lines.join("\n")}\n  total              ${total}/${results.length}  ${((100 * total) / results.length).toFixed(1)} %\n${missed.join("\n")}`);
  });

  it("finds at least 90 % of the defects, each at its line", async () => {
    let found = 0;
    for (const d of PLANTED) {
      const { text, line } = plant(d);
      const diagnostics = await checkText(text, { name: "ke-hoach.yaml", today: { year: 2025, month: 1, day: 1 } });
      if (diagnostics.some((x) => x.code === d.rule && x.line === line)) found++;
    }
    expect(found / PLANTED.length).toBeGreaterThanOrEqual(0.9);
  });
});
