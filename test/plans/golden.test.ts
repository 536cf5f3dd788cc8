// Golden text output: each plan in plans/ renders (--format txt) to exactly the bytes kept in
// test/plans/golden/<plan>.txt. After a deliberate change to a plan or to the text writer, read
// the new output, and when it is right write it as the new golden file:
//
//   UPDATE_GOLDEN=1 npx vitest run test/plans/golden.test.ts
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCliBytes } from "../helpers/cli.js";

const PLANS_DIR = join(ROOT, "plans");
const GOLDEN_DIR = join(ROOT, "test", "plans", "golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const HOW = "If the new output is right, update the golden files with: UPDATE_GOLDEN=1 npx vitest run test/plans/golden.test.ts";

const plans = readdirSync(PLANS_DIR)
  .filter((f) => /\.ya?ml$/i.test(f))
  .sort();

describe("golden text output of plans/", () => {
  it("has plans to check", () => {
    expect(plans.length).toBeGreaterThan(0);
  });

  it.each(plans)("plans/%s", (file) => {
    const r = runCliBytes(["render", join("plans", file), "--format", "txt", "--stdout"]);
    expect(r.code, r.stderr).toBe(0);
    const golden = join(GOLDEN_DIR, file.replace(/\.ya?ml$/i, ".txt"));
    const shown = `test/plans/golden/${file.replace(/\.ya?ml$/i, ".txt")}`;

    if (UPDATE) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(golden, r.stdout);
      return;
    }
    if (!existsSync(golden)) throw new Error(`no golden file ${shown}. ${HOW}`);
    const expected = readFileSync(golden);
    if (r.stdout.equals(expected)) return;
    // Show a readable diff; the verdict is on the bytes.
    expect(r.stdout.toString("utf8"), `plans/${file} no longer renders to ${shown}. ${HOW}`).toBe(expected.toString("utf8"));
    expect.fail(`plans/${file} renders to the same text as ${shown} but not the same bytes. ${HOW}`);
  });
});
