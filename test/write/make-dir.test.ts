// makeDir creates missing parents one by one and fails (never spins) where a folder cannot be made.
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeDir } from "../../src/write/make-dir.js";
import { runCli } from "../helpers/cli.js";

describe("makeDir", () => {
  it("creates nested folders and accepts an existing one", () => {
    const base = mkdtempSync(join(tmpdir(), "kehoach-mkdir-"));
    makeDir(join(base, "a", "b", "c"));
    expect(statSync(join(base, "a", "b", "c")).isDirectory()).toBe(true);
    makeDir(join(base, "a"));
  });

  it.runIf(existsSync("/proc/self"))("fails under /proc instead of spinning (node's recursive mkdir never returns there)", () => {
    expect(() => makeDir("/proc/kehoach-khong-co/x")).toThrow();
  });

  it.runIf(existsSync("/proc/self"))("check -o and batch --out under /proc end with a message", () => {
    const check = runCli(["check", "test/fixtures/full-plan.yaml", "-o", "/proc/kehoach-khong-co/r.json"]);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain("không tồn tại");
    const batch = runCli(["batch", "templates/xa-kong-chro.yaml", "--data", "templates/xa-kong-chro.csv", "--cap-tren", "plans/huyen-kong-chro-2022.yaml", "--out", "/proc/kehoach-khong-co/out"]);
    expect(batch.code).toBe(1);
    expect(batch.stderr).toContain("không tồn tại");
  });
});
