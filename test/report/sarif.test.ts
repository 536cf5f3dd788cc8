import { describe, expect, it } from "vitest";
import { formatSarif, SARIF_SCHEMA } from "../../src/report/sarif.js";
import { report } from "./sample-report.js";

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: string; enabled?: boolean };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
}

/** The part of a SARIF log these tests read (JSON.parse gives it; validate checks it). */
interface SarifLog {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } }; results: SarifResult[] }[];
}

/** The structure GitHub code scanning needs from SARIF 2.1.0. */
function validate(log: SarifLog): void {
  expect(log.$schema).toBe(SARIF_SCHEMA);
  expect(log.version).toBe("2.1.0");
  expect(log.runs).toHaveLength(1);
  const driver = log.runs[0]!.tool.driver;
  expect(driver.name).toBe("kehoach");
  expect(typeof driver.version).toBe("string");
  expect(driver.informationUri).toMatch(/^https:\/\//);
  for (const r of driver.rules) {
    expect(r.id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(r.shortDescription.text.length).toBeGreaterThan(0);
    expect(r.helpUri ?? r.fullDescription?.text).toBeTruthy();
    expect(["error", "warning", "note", "none"]).toContain(r.defaultConfiguration.level);
  }
  expect(Array.isArray(log.runs[0]!.results)).toBe(true);
  for (const res of log.runs[0]!.results) {
    expect(driver.rules[res.ruleIndex]?.id).toBe(res.ruleId);
    expect(["error", "warning", "note"]).toContain(res.level);
    expect(res.message.text.length).toBeGreaterThan(0);
    const loc = res.locations[0]!.physicalLocation;
    expect(loc.artifactLocation.uri).not.toMatch(/^\/|\\/);
    expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
    expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
  }
}

describe("sarif reporter", () => {
  it("writes SARIF 2.1.0 with every rule and one result per diagnostic", () => {
    const log = JSON.parse(formatSarif(report())) as SarifLog;
    validate(log);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.rules.map((r) => r.id)).toEqual(["spacing-punctuation", "stale-year", "typed-numbering", "schema"]);
    expect(driver.rules[1]!.defaultConfiguration).toEqual({ level: "none", enabled: false });
    expect(driver.rules[2]!.defaultConfiguration).toEqual({ level: "error" });
    const results = log.runs[0]!.results;
    expect(results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ["typed-numbering", 2, "error"],
      ["spacing-punctuation", 0, "warning"],
      ["schema", 3, "error"],
    ]);
    expect(results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "plans/xa-cam-tan.yaml", uriBaseId: "%SRCROOT%" },
      region: { startLine: 12, startColumn: 7 },
    });
    expect(results[0]!.message.text).toContain("kehoach tự đánh số.");
  });

  it("keeps results as an empty array when clean", () => {
    const log = JSON.parse(formatSarif(report([]))) as SarifLog;
    validate(log);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it("lists every rule of kehoach check when run by the CLI", async () => {
    const { RULES } = await import("../../src/check/rules/index.js");
    const { runCli } = await import("../helpers/cli.js");
    const r = runCli(["check", "test/check/fixtures/clean.yaml", "--format", "sarif"]);
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout) as SarifLog;
    validate(log);
    expect(log.runs[0]!.tool.driver.rules.map((x) => x.id)).toEqual(RULES.map((x) => x.id));
    expect(log.runs[0]!.results).toEqual([]);
  });
});
