// schemas/plan.schema.json is generated from the zod schema: this test fails when it is stale.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schemaText } from "../src/commands/schema-action.js";

describe("plan.schema.json", () => {
  it("matches the zod schema (regenerate with: npx kehoach schema > schemas/plan.schema.json)", () => {
    expect(readFileSync("schemas/plan.schema.json", "utf8")).toBe(schemaText());
  });

  it("describes every property in Vietnamese", () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (!node || typeof node !== "object") return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === "object") {
        for (const [k, v] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (!v.description && !v.$ref) missing.push(`${path}.${k}`);
        }
      }
      for (const [k, v] of Object.entries(n)) visit(v, `${path}.${k}`);
    };
    visit(JSON.parse(schemaText()), "$");
    expect(missing).toEqual([]);
  });
});
