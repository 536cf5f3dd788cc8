// Never destroy a file: an output is never one of the run's inputs (whatever the spelling: a link,
// a linked folder), two outputs of one run never share a file, a link in the output folder is
// never written through, standard output that fails is reported once. Each case runs the CLI.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, COMMUNE_TEMPLATE, filesIn, kehoach, kehoachAsync, messageProblems, partialFiles } from "../hostile/harness.js";

const PLAN = readFileSync(new URL("../fixtures/full-plan.yaml", import.meta.url), "utf8");
const WORK = mkdtempSync(join(tmpdir(), "kehoach-output-safety-"));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));
let n = 0;
function fresh(name: string): string {
  const d = join(WORK, `${++n}-${name}`);
  mkdirSync(d, { recursive: true });
  writeFileSync(join(d, "p.yaml"), PLAN);
  return d;
}

interface Case {
  name: string;
  /** Prepares the folder (which holds p.yaml) and returns the arguments, run in that folder. */
  setup(dir: string): string[];
  code: number;
  stderr: RegExp;
  /** Files that must keep their bytes (relative to the folder). */
  intact: string[];
  /** Files that must not exist afterwards. */
  absent?: string[];
  env?: Record<string, string>;
}

/** PDF cases: an soffice that only fails, so a case passes only if the guard refused before any conversion. */
const NO_CONVERSION = { KEHOACH_SOFFICE: join(WORK, "soffice-must-not-run") };
writeFileSync(NO_CONVERSION.KEHOACH_SOFFICE, "#!/bin/sh\necho 'soffice ran' >&2\nexit 7\n", { mode: 0o755 });

const CASES: Case[] = [
  { name: "check -o names the plan", setup: () => ["check", "p.yaml", "-o", "p.yaml"], code: 2, stderr: /"p\.yaml" chính là tệp đầu vào/, intact: ["p.yaml"] },
  {
    name: "check -o names the plan through a link",
    setup: (d) => (symlinkSync("p.yaml", join(d, "r.json")), ["check", "p.yaml", "-f", "json", "-o", "r.json"]),
    code: 2,
    stderr: /chính là tệp đầu vào/,
    intact: ["p.yaml"],
  },
  {
    name: "check -o names the data file",
    setup: (d) => (writeFileSync(join(d, "x.csv"), "xa\nA\n"), ["check", "p.yaml", "--data", "x.csv", "-o", "x.csv"]),
    code: 2,
    stderr: /"x\.csv" chính là tệp đầu vào/,
    intact: ["p.yaml", "x.csv"],
  },
  {
    name: "render -o is a link to the plan",
    setup: (d) => (symlinkSync("p.yaml", join(d, "out.docx")), ["render", "p.yaml", "-o", "out.docx"]),
    code: 1,
    stderr: /"out\.docx" chính là tệp đầu vào "p\.yaml"/,
    intact: ["p.yaml"],
  },
  {
    name: "render -o reaches the plan through a linked folder",
    setup: (d) => (symlinkSync(".", join(d, "same")), ["render", "p.yaml", "-o", "same/p.yaml"]),
    code: 1,
    stderr: /"same\/p\.yaml" chính là tệp đầu vào/,
    intact: ["p.yaml"],
  },
  {
    name: "render of two plans with one name into one folder: refused before writing",
    setup: (d) => {
      for (const s of ["a", "b"]) {
        mkdirSync(join(d, s));
        writeFileSync(join(d, s, "p.yaml"), PLAN);
      }
      return ["render", "a/p.yaml", "b/p.yaml", "-o", "out/"];
    },
    code: 1,
    stderr: /Hai kết quả cùng ghi vào "out\/p\.docx" \(từ "a\/p\.yaml" và "b\/p\.yaml"\)/,
    intact: ["a/p.yaml", "b/p.yaml"],
    absent: ["out/p.docx"],
  },
  {
    name: "render of p.yaml and p.yml: both would be p.docx",
    setup: (d) => (writeFileSync(join(d, "p.yml"), PLAN), ["render", "p.yaml", "p.yml"]),
    code: 1,
    stderr: /Hai kết quả cùng ghi vào "p\.docx"/,
    intact: ["p.yaml", "p.yml"],
    absent: ["p.docx"],
  },
  {
    name: "render -o is a link to a file outside",
    setup: (d) => (writeFileSync(join(d, "outside.docx"), "keep"), symlinkSync("outside.docx", join(d, "link.docx")), ["render", "p.yaml", "-o", "link.docx"]),
    code: 1,
    stderr: /là một liên kết \(symlink\)/,
    intact: ["outside.docx"],
  },
  {
    name: "batch: links in --out under the outputs' names (to a file outside, to the template)",
    setup: (d) => {
      writeFileSync(join(d, "mau.yaml"), COMMUNE_TEMPLATE);
      writeFileSync(join(d, "xa.csv"), "Xã,Người ký,Ghi chú\nIa Dom,Nguyễn Văn A,x\nYa Ma,Trần Thị B,y\n");
      writeFileSync(join(d, "outside.txt"), "keep");
      mkdirSync(join(d, "ra"));
      symlinkSync("../outside.txt", join(d, "ra", "ia-dom.docx"));
      symlinkSync("../mau.yaml", join(d, "ra", "ya-ma.docx"));
      return ["batch", "mau.yaml", "--data", "xa.csv", "--out", "ra"];
    },
    code: 1,
    stderr: /^xa\.csv:2:1: lỗi: Không ghi được "ra\/ia-dom\.docx": .*liên kết \(symlink\)/m,
    intact: ["outside.txt", "mau.yaml", "xa.csv"],
  },
  {
    name: "batch: two rows with one file name, reported at the name's column (not column 0)",
    setup: (d) => {
      writeFileSync(join(d, "mau.yaml"), COMMUNE_TEMPLATE);
      writeFileSync(join(d, "xa.csv"), "Ghi chú,Xã,Người ký\nx,Ia Dom,A\ny,ia dom,B\n");
      return ["batch", "mau.yaml", "--data", "xa.csv", "--name", "{{slug xa}}", "--out", "ra"];
    },
    code: 1,
    stderr: /^xa\.csv:2:3: lỗi: .*ia-dom\.docx/m,
    intact: ["mau.yaml", "xa.csv"],
    absent: ["ra/ia-dom.docx"],
  },
  {
    name: "render --format pdf: -o is a link to the plan",
    setup: (d) => (symlinkSync("p.yaml", join(d, "out.pdf")), ["render", "p.yaml", "--format", "pdf", "-o", "out.pdf"]),
    code: 1,
    stderr: /"out\.pdf" chính là tệp đầu vào "p\.yaml"/,
    intact: ["p.yaml"],
    env: NO_CONVERSION,
  },
  {
    name: "render --format pdf of two plans with one name into one folder",
    setup: (d) => {
      for (const s of ["a", "b"]) {
        mkdirSync(join(d, s));
        writeFileSync(join(d, s, "p.yaml"), PLAN);
      }
      return ["render", "a/p.yaml", "b/p.yaml", "--format", "pdf", "-o", "out/"];
    },
    code: 1,
    stderr: /Hai kết quả cùng ghi vào "out\/p\.pdf"/,
    intact: ["a/p.yaml", "b/p.yaml"],
    absent: ["out/p.pdf"],
    env: NO_CONVERSION,
  },
  {
    name: "batch --format pdf: a link in --out under an output's name",
    setup: (d) => {
      writeFileSync(join(d, "mau.yaml"), COMMUNE_TEMPLATE);
      writeFileSync(join(d, "xa.csv"), "Xã,Người ký,Ghi chú\nIa Dom,Nguyễn Văn A,x\n");
      mkdirSync(join(d, "ra"));
      symlinkSync("../mau.yaml", join(d, "ra", "ia-dom.pdf"));
      return ["batch", "mau.yaml", "--data", "xa.csv", "--format", "pdf", "--out", "ra"];
    },
    code: 1,
    stderr: /^xa\.csv:2:1: lỗi: Không ghi được "ra\/ia-dom\.pdf": .*liên kết \(symlink\)/m,
    intact: ["mau.yaml", "xa.csv"],
    env: NO_CONVERSION,
  },
  {
    name: "output names of 236–255 bytes: written (temporary names stay short)",
    setup: () => ["render", "p.yaml", "-o", `${"k".repeat(250)}.docx`],
    code: 0,
    stderr: /Đã ghi k+\.docx/,
    intact: ["p.yaml"],
  },
];

describe("outputs never destroy an input", () => {
  it.each(CASES)("$name", (c) => {
    const dir = fresh(c.name.replace(/\W+/g, "-").slice(0, 30));
    const args = c.setup(dir);
    const before = new Map(c.intact.map((f) => [f, readFileSync(join(dir, f))]));
    const r = kehoach(args, { cwd: dir, env: c.env });
    expect(r.timedOut).toBe(false);
    expect(r.stderr).not.toContain("soffice ran");
    expect(messageProblems(r.stderr), r.stderr).toEqual([]);
    expect(r.code, r.stderr).toBe(c.code);
    expect(r.stderr).toMatch(c.stderr);
    for (const [f, bytes] of before) expect(readFileSync(join(dir, f)).equals(bytes), `${f} unchanged`).toBe(true);
    for (const f of c.absent ?? []) expect(existsSync(join(dir, f)), `${f} not written`).toBe(false);
    rmSync(join(dir, "same"), { force: true }); // a link to the folder itself: not walked below
    expect(partialFiles(dir)).toEqual([]);
  });

  it("links in --out stay links", () => {
    const dir = fresh("links-stay");
    symlinkSync("p.yaml", join(dir, "p.docx"));
    kehoach(["render", "p.yaml"], { cwd: dir });
    expect(lstatSync(join(dir, "p.docx")).isSymbolicLink()).toBe(true);
  });
});

describe("standard output that fails", () => {
  const sh = (cmd: string, cwd: string) => spawnSync("bash", ["-c", cmd], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", K: `${process.execPath} ${BIN}` } });

  it("check | head -1 and render --stdout | head: no 'Unhandled error' trace (EPIPE)", () => {
    const dir = fresh("epipe");
    for (const cmd of ['$K check p.yaml | head -c 1 >/dev/null; echo "rc=${PIPESTATUS[0]}"', '$K render p.yaml --stdout | head -c 1 >/dev/null; echo "rc=${PIPESTATUS[0]}"']) {
      const r = sh(cmd, dir);
      expect(r.stderr, cmd).not.toMatch(/Unhandled|EPIPE|at .*\.js:\d+/);
      expect(r.stdout, cmd).toMatch(/rc=[01]\n/);
    }
  });

  it.runIf(existsSync("/dev/full"))("check -f json > /dev/full: one message, exit 2", () => {
    const dir = fresh("dev-full");
    const r = sh("$K check p.yaml -f json > /dev/full", dir);
    expect(r.stderr).not.toMatch(/Unhandled|at .*\.js:\d+/);
    expect(r.stderr).toMatch(/Không ghi được kết quả ra đầu ra chuẩn: đĩa đã đầy/);
    expect(r.status).toBe(2);
  });
});

describe("two batches creating the same new --out at once", () => {
  it("both succeed (EEXIST from the other's mkdir is success)", async () => {
    const dir = fresh("concurrent");
    writeFileSync(join(dir, "mau.yaml"), COMMUNE_TEMPLATE);
    writeFileSync(join(dir, "a.csv"), "Xã,Người ký,Ghi chú\nIa Dom,Nguyễn Văn A,x\n");
    writeFileSync(join(dir, "b.csv"), "Xã,Người ký,Ghi chú\nYa Ma,Trần Thị B,y\n");
    for (let k = 0; k < 3; k++) {
      const out = join(dir, `a${k}`, "b", "c", "d");
      const runs = ["a.csv", "b.csv"].map((csv) => kehoachAsync(["batch", "mau.yaml", "--data", csv, "--out", out], { cwd: dir }).done);
      const results = await Promise.all(runs);
      for (const r of results) expect(r.code, r.stderr).toBe(0);
      expect(filesIn(out).map((f) => f.path)).toEqual(["ia-dom.docx", "ya-ma.docx"]);
    }
  });
});
