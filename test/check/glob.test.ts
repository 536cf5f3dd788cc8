// check's globs: matched segment by segment without backtracking (a pattern like "*a*a*…*b" on a
// long name backtracked for minutes as a regular expression), and a reversed range is a usage error.
import { describe, expect, it } from "vitest";
import { globMatcher } from "../../src/check/collect-files.js";
import { UsageError } from "../../src/findings/errors.js";

describe("globMatcher", () => {
  it.each([
    ["plans/*.yaml", "plans/ke-hoach.yaml", true],
    ["plans/*.yaml", "plans/sub/ke-hoach.yaml", false],
    ["plans/**/*.yaml", "plans/ke-hoach.yaml", true],
    ["plans/**/*.yaml", "plans/a/b/ke-hoach.yaml", true],
    ["plans/ke-hoach-?.yml", "plans/ke-hoach-1.yml", true],
    ["plans/[a-c]*.yaml", "plans/b.yaml", true],
    ["plans/[!a-c]*.yaml", "plans/b.yaml", false],
    ["plans/xã-*.yaml", "plans/xã-ia-dom.yaml", true],
  ])("%s ~ %s → %s", (glob, path, want) => {
    expect(globMatcher(glob)(path)).toBe(want);
  });

  it("a pathological pattern on a long name answers at once (no backtracking)", () => {
    const match = globMatcher(`gl/${"*a".repeat(60)}*b.yaml`);
    expect(match(`gl/${"a".repeat(5000)}.yaml`)).toBe(false);
    expect(match(`gl/${"a".repeat(200)}b.yaml`)).toBe(true);
  });

  it("[z-a] is a usage error that names the range", () => {
    expect(() => globMatcher("gl/[z-a].yaml")).toThrow(UsageError);
    expect(() => globMatcher("gl/[z-a].yaml")).toThrow(/\[z-a\]/);
  });
});
