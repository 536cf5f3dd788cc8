// kehoach batch makes one pass over the rows (src/commands/batch-action.ts, src/batch/stage-row.ts):
// each row is expanded once, rendered into a private stage folder, and the files take their names
// in --out only when no row stops the batch. Counted here in process (--jobs 1): the calls of
// expandPlan, and the documents written into the stage folder.
import * as realFs from "node:fs";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runBatch } from "../../src/commands/batch-action.js";
import { COMMUNE_TEMPLATE } from "../hostile/harness.js";

const count = vi.hoisted(() => ({ expanded: 0, staged: 0 }));

vi.mock("../../src/expand/expand-plan.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/expand/expand-plan.js")>();
  return {
    ...real,
    expandPlan: (...a: Parameters<typeof real.expandPlan>) => {
      count.expanded++;
      return real.expandPlan(...a);
    },
  };
});

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return {
    ...fs,
    writeFileSync: (...a: Parameters<typeof fs.writeFileSync>) => {
      if (String(a[0]).includes("kehoach-stage-")) count.staged++;
      fs.writeFileSync(...a);
    },
  };
});

const WORK = mkdtempSync(join(tmpdir(), "kehoach-one-pass-"));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));
let n = 0;
let temp = "";
const savedTmp = process.env.TMPDIR;
beforeEach(() => {
  count.expanded = count.staged = 0;
  // This file's own temporary folder: the stage folder is looked for there.
  temp = join(WORK, `tmp-${++n}`);
  mkdirSync(temp);
  process.env.TMPDIR = temp;
});
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

const COMMUNES = ["Ia Dom", "Ya Ma", "Chơ Long", "Đăk Pơ Pho", "SRó", "Chư Krêy", "Kông Yang", "An Trung"];

/** The commune template and a JSON table of the communes; `lacking`: rows (1-based) without nguoi_ky. */
function inputs(lacking: number[] = []): { template: string; data: string; out: string } {
  const dir = join(WORK, `case-${n}`);
  mkdirSync(dir);
  writeFileSync(join(dir, "mau.yaml"), COMMUNE_TEMPLATE);
  const rows = COMMUNES.map((xa, i) => (lacking.includes(i + 1) ? { xa, ghi_chu: `Họp dân lần ${i + 1}` } : { xa, nguoi_ky: `Người ký ${i + 1}`, ghi_chu: `Họp dân lần ${i + 1}` }));
  writeFileSync(join(dir, "xa.json"), JSON.stringify(rows, null, 2));
  return { template: join(dir, "mau.yaml"), data: join(dir, "xa.json"), out: join(dir, "ra") };
}

async function batch(i: { template: string; data: string; out: string }, more: { dryRun?: boolean } = {}): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const code = await runBatch(i.template, { data: i.data, out: i.out, format: "docx", jobs: 1, ...more }, { stderr: { write: (s: string) => (stderr += s) }, env: { CI: "true" }, color: false });
  return { code, stderr };
}

describe("kehoach batch: one pass over the rows", () => {
  it("each row is expanded once and rendered once; the files take their names; the stage folder is removed", async () => {
    const i = inputs();
    const r = await batch(i);
    expect(r.code, r.stderr).toBe(0);
    expect(count.expanded).toBe(COMMUNES.length);
    expect(count.staged).toBe(COMMUNES.length);
    expect(readdirSync(i.out)).toHaveLength(COMMUNES.length);
    expect(readFileSync(join(i.out, "ya-ma.docx")).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(realFs.readdirSync(temp), "the stage folder is removed").toEqual([]);
  });

  it("a name missing in the LAST row stops the batch: nothing is written, not even the output folder", async () => {
    const i = inputs([COMMUNES.length]);
    const r = await batch(i);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nguoi_ky/);
    expect(r.stderr).toMatch(/Không ghi tệp nào/);
    expect(realFs.existsSync(i.out)).toBe(false);
    expect(count.expanded).toBe(COMMUNES.length);
    expect(realFs.readdirSync(temp)).toEqual([]);
  });

  it("once a row shows that the batch stops, the rows after it are only checked: every problem is still reported", async () => {
    const i = inputs([1, 5]);
    const r = await batch(i);
    expect(r.code).toBe(1);
    expect(count.expanded).toBe(COMMUNES.length);
    expect(count.staged, "no document rendered after row 1").toBe(0);
    // Both rows are named in the one message about the missing name.
    expect(r.stderr).toMatch(/mục 1, 5/);
    expect(realFs.existsSync(i.out)).toBe(false);
  });

  it("--dry-run expands each row once and renders nothing", async () => {
    const i = inputs();
    const r = await batch(i, { dryRun: true });
    expect(r.code, r.stderr).toBe(0);
    expect(count.expanded).toBe(COMMUNES.length);
    expect(count.staged).toBe(0);
    expect(realFs.existsSync(i.out)).toBe(false);
    expect(realFs.readdirSync(temp)).toEqual([]);
  });
});
