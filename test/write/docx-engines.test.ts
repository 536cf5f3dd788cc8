// The fast XML backend must write exactly the bytes the docx library writes for the same page.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modelPlan, readPlan } from "../../src/pipeline.js";
import { writeDocx } from "../../src/write/docx/docx-writer.js";
import { docxParts } from "../helpers/docx.js";

const plans = [
  ...readdirSync("plans").filter((f) => f.endsWith(".yaml")).map((f) => join("plans", f)),
  ...readdirSync("test/fixtures").filter((f) => f.endsWith(".yaml")).map((f) => join("test/fixtures", f)),
];

function firstDifference(a: Buffer, b: Buffer): string {
  const pa = docxParts(a);
  const pb = docxParts(b);
  for (const [name, x] of pa) {
    const y = pb.get(name) ?? "";
    if (x !== y) {
      let i = 0;
      while (x[i] === y[i]) i++;
      return `${name} at ${i}:\n xml: ${x.slice(i - 80, i + 80)}\n lib: ${y.slice(i - 80, i + 80)}`;
    }
  }
  return "";
}

describe("docx engines", () => {
  it.each(plans)("%s: XML backend = docx library, byte for byte", async (plan) => {
    const { document } = modelPlan(readPlan(plan));
    const fast = await writeDocx(document, "2024-04-15", "xml");
    const reference = await writeDocx(document, "2024-04-15", "library");
    expect(Buffer.compare(fast, reference) === 0, firstDifference(fast, reference)).toBe(true);
  });

  it("escapes text the same way, in the body and in the metadata", async () => {
    const { document } = modelPlan(readPlan("test/fixtures/full-plan.yaml"));
    const odd = `A & B <C> "D" 'E' \t F`;
    document.summary = [odd];
    document.opening = [{ kind: "paragraph", runs: [{ text: odd, bold: true }, { text: "" }], path: [] }];
    const fast = await writeDocx(document, "2024-04-15", "xml");
    const reference = await writeDocx(document, "2024-04-15", "library");
    expect(Buffer.compare(fast, reference) === 0, firstDifference(fast, reference)).toBe(true);
  });
});

describe("package frame saved at build time", () => {
  it("round-trips through JSON unchanged", async () => {
    const { computePackageFrame, frameFromJson, frameToJson } = await import("../../src/write/docx/package-frame.js");
    const frame = await computePackageFrame();
    const again = frameFromJson(frameToJson(frame));
    expect(again.order).toEqual(frame.order);
    expect(again.documentHead).toBe(frame.documentHead);
    expect(again.coreTail).toBe(frame.coreTail);
    for (const [name, e] of frame.fixed) expect(Buffer.compare(again.fixed.get(name)!.body, e.body), name).toBe(0);
  });

  it("is what the built CLI uses: its output equals the docx library's", async () => {
    const { runCliBytes } = await import("../helpers/cli.js");
    const cli = runCliBytes(["render", "test/fixtures/full-plan.yaml", "--stdout"]);
    const { document } = modelPlan(readPlan("test/fixtures/full-plan.yaml"));
    const reference = await writeDocx(document, "2024-02-05", "library");
    expect(cli.code).toBe(0);
    expect(Buffer.compare(cli.stdout, reference), firstDifference(cli.stdout, reference)).toBe(0);
  });
});
