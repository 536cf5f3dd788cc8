// The rule table in the README and the rule files stay in step: every rule file is listed with its
// default severity and description, and every listed id is a rule file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/check/rules/index.js";
import { t } from "../../src/i18n/i18n.js";

/** The document that holds the rule table. */
const RULES_DOC = "README.md";

const ROOT = new URL("../../", import.meta.url);
const RULE_DIR = new URL("src/check/rules/", ROOT);

function ruleFiles(): string[] {
  return readdirSync(RULE_DIR)
    .filter((f) => f.endsWith(".ts") && f !== "index.ts")
    .map((f) => f.replace(/\.ts$/, ""))
    .sort();
}

function tableRows(): { id: string; severity: string; description: string; docs: string }[] {
  const text = readFileSync(new URL(RULES_DOC, ROOT), "utf8");
  return [...text.matchAll(/^\| `([a-z0-9-]+)` \| ([^|]+) \| (.+?) \| ([^|]+) \|$/gm)].map((m) => ({
    id: m[1]!,
    severity: m[2]!.trim(),
    description: m[3]!.trim(),
    docs: m[4]!.trim(),
  }));
}

describe(`the rule table in ${RULES_DOC}`, () => {
  it("lists every rule file, and every listed id is a rule file", () => {
    const listed = tableRows().map((r) => r.id);
    expect(listed).toEqual([...new Set(listed)]);
    expect([...listed].sort()).toEqual(ruleFiles());
  });

  it("lists the rules sorted, as src/check/rules/index.ts does, and each file's id is its name", () => {
    expect(RULES.map((r) => r.id)).toEqual(ruleFiles());
    expect(tableRows().map((r) => r.id)).toEqual(ruleFiles());
  });

  it("gives each rule's default severity and its Vietnamese description", () => {
    for (const row of tableRows()) {
      const rule = RULES.find((r) => r.id === row.id)!;
      expect(row.severity, row.id).toContain(`(${rule.defaultSeverity})`);
      expect(row.description, row.id).toBe(t(rule.description, undefined, "vi"));
    }
  });

  it("cites for each rule what the rule cites, and only files inside the repository", () => {
    for (const row of tableRows()) {
      const rule = RULES.find((r) => r.id === row.id)!;
      expect(row.docs, row.id).toBe(rule.docs);
      for (const path of rule.docs.match(/[\w./-]+\.md\b/g) ?? []) {
        if (path === ".kehoach.yaml") continue;
        expect(existsSync(new URL(path, ROOT)), `${row.id}: ${path}`).toBe(true);
      }
    }
  });
});
