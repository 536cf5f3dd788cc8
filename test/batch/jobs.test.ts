import { describe, expect, it } from "vitest";
import { defaultJobs, MAX_JOBS, parseJobs, PARALLEL_THRESHOLD } from "../../src/commands/batch-action.js";
import { UsageError } from "../../src/findings/errors.js";

describe("--jobs", () => {
  it("default: one thread for small batches and on 2-CPU machines; every CPU for large batches", () => {
    expect(defaultJobs(14, undefined, 8)).toBe(1);
    expect(defaultJobs(PARALLEL_THRESHOLD - 1, undefined, 8)).toBe(1);
    expect(defaultJobs(PARALLEL_THRESHOLD, undefined, 8)).toBe(8);
    expect(defaultJobs(PARALLEL_THRESHOLD * 3, undefined, 2)).toBe(2);
    expect(defaultJobs(PARALLEL_THRESHOLD * 3, undefined, 1)).toBe(1);
  });

  it("--jobs N forces it, never more threads than rows", () => {
    expect(defaultJobs(14, 2, 2)).toBe(2);
    expect(defaultJobs(5000, 1, 8)).toBe(1);
    expect(defaultJobs(3, 8, 8)).toBe(3);
  });

  it("accepts 1..64 and auto", () => {
    expect(parseJobs(undefined)).toBeUndefined();
    expect(parseJobs("auto")).toBeUndefined();
    expect(parseJobs("2")).toBe(2);
    for (const bad of ["0", "-1", "1.5", "x", String(MAX_JOBS + 1)]) expect(() => parseJobs(bad)).toThrow(UsageError);
  });
});
