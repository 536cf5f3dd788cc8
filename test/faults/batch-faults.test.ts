// Faults while `kehoach batch` writes: the output folder missing, a file, or reached through a file
// or a broken link; a target that is a folder; a full disk; a file open in Word; Ctrl-C in the
// middle of a few hundred rows. The rule everywhere: a clear message, a non-zero exit, no
// half-written or empty .docx, no .tmp left, files written before (or an older version of a
// target) intact and valid — and the rows that can be written are written.
//
// What test/batch/ already covers is not repeated here: nothing is written (nor the folder made)
// when the template and the data do not fit, a bad row among good ones, Ctrl-C with --jobs 2.
//
// The CLI cases run the built bin; the faults the operating system will not produce on demand
// (ENOSPC midway, EBUSY) are injected into node:fs under runBatch, in this process.
import * as realFs from "node:fs";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { runBatch } from "../../src/commands/batch-action.js";
import { pendingTempFiles } from "../../src/write/write-file-atomic.js";
import { ROOT } from "../helpers/cli.js";
import { COMMUNE_TEMPLATE, docxParagraphs, docxProblems, filesIn, kehoach, kehoachAsync, messageProblems, partialFiles, printedDiagnostics } from "../hostile/harness.js";

// ─── Injected faults ─────────────────────────────────────────────────────────────────────────

const fault = vi.hoisted(() => ({
  /** The disk fills up once this many files have been written (a batch writes each row's file
   *  into its stage folder first, with writeFileSync). */
  fullAfter: undefined as number | undefined,
  /** renameSync onto a target with this name fails with EBUSY (the file is open in Word). */
  busy: undefined as string | undefined,
  /** The stage folder is on another file system: renaming out of it fails with EXDEV. */
  crossDevice: false,
  written: 0,
}));

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
  return {
    ...fs,
    // A full disk accepts part of the file, then refuses the rest.
    writeSync: (...a: Parameters<typeof fs.writeSync>) => {
      if (fault.fullAfter !== undefined && fault.written >= fault.fullAfter && typeof a[1] !== "string") {
        const [fd, buffer, offset, length] = a as unknown as [number, Uint8Array, number | undefined, number | undefined];
        const want = length ?? buffer.length;
        if (want > 1) return fs.writeSync(fd, buffer, offset ?? 0, Math.floor(want / 2));
        throw errno("ENOSPC");
      }
      return fs.writeSync(...a);
    },
    writeFileSync: (...a: Parameters<typeof fs.writeFileSync>) => {
      const [path, data] = a;
      const staged = String(path).includes("kehoach-stage-");
      if (staged && fault.fullAfter !== undefined && fault.written >= fault.fullAfter && data instanceof Uint8Array) {
        fs.writeFileSync(path, data.subarray(0, data.length >> 1));
        throw errno("ENOSPC");
      }
      fs.writeFileSync(...a);
      if (staged) fault.written++;
    },
    renameSync: (from: realFs.PathLike, to: realFs.PathLike) => {
      if (fault.busy !== undefined && basename(String(to)) === fault.busy) throw errno("EBUSY");
      if (fault.crossDevice && String(from).includes("kehoach-stage-")) throw errno("EXDEV");
      fs.renameSync(from, to);
    },
  };
});

const WORK = mkdtempSync(join(tmpdir(), "kehoach-batch-faults-"));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));
afterEach(() => {
  fault.fullAfter = fault.busy = undefined;
  fault.crossDevice = false;
  fault.written = 0;
});

let n = 0;
const freshDir = (name: string) => {
  const d = join(WORK, `${++n}-${name}`);
  mkdirSync(d, { recursive: true });
  return d;
};

const COMMUNES = [
  ["Ia Dom", "Nguyễn Văn An"],
  ["Ya Ma", "Trần Thị Bình"],
  ["Chơ Long", "Đinh Văn Hlôi"],
  ["Đăk Pơ Pho", "Đinh Văn Thương"],
  ["SRó", "Đinh Thị Nhung"],
  ["Chư Krêy", "Đinh Văn Yơn"],
] as const;
const FILES = ["ia-dom.docx", "ya-ma.docx", "cho-long.docx", "dak-po-pho.docx", "sro.docx", "chu-krey.docx"];

/** A folder with the template and a data table of the six communes. */
function batchInputs(name: string): { dir: string; template: string; data: string } {
  const dir = freshDir(name);
  writeFileSync(join(dir, "mau.yaml"), COMMUNE_TEMPLATE);
  writeFileSync(join(dir, "xa.csv"), "Xã,Người ký,Ghi chú\n" + COMMUNES.map(([xa, ky], i) => `${xa},${ky},Họp dân lần ${i + 1}\n`).join(""));
  return { dir, template: join(dir, "mau.yaml"), data: join(dir, "xa.csv") };
}

/** Every file in `out` (but those named) is a complete, valid plan of its commune. */
function expectValidPlans(out: string, except: string[] = []): string[] {
  const written = filesIn(out)
    .map((f) => f.path)
    .filter((f) => !except.includes(f));
  for (const f of written) {
    const bytes = readFileSync(join(out, f));
    expect(docxProblems(bytes), f).toEqual([]);
    const k = FILES.indexOf(f);
    if (k >= 0) expect(docxParagraphs(bytes), f).toContain(COMMUNES[k]![1]);
  }
  expect(
    partialFiles(out).filter((f) => !except.includes(f)),
    "no .tmp, no empty file",
  ).toEqual([]);
  return written;
}

function expectClean(r: ReturnType<typeof kehoach>): void {
  expect(r.timedOut, "a hang").toBe(false);
  expect(messageProblems(r.stderr), r.stderr).toEqual([]);
}

// ─── Where the files go ──────────────────────────────────────────────────────────────────────

describe("kehoach batch: the output folder", () => {
  it("a missing folder, several levels deep, is created (README: --out 'tạo mới nếu chưa có') and every file written", () => {
    const { dir, template, data } = batchInputs("missing-out");
    const out = join(dir, "Kết quả", "2024", "Xã");
    const r = kehoach(["batch", template, "--data", data, "--out", out]);
    expectClean(r);
    expect(r.code, r.stderr).toBe(0);
    expect(expectValidPlans(out).sort()).toEqual([...FILES].sort());
  });

  it("--out names a file: one message, the file untouched, nothing written", () => {
    const { dir, template, data } = batchInputs("out-is-file");
    const out = join(dir, "ket-qua.docx");
    writeFileSync(out, "một tệp cũ");
    const r = kehoach(["batch", template, "--data", data, "--out", out]);
    expectClean(r);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^lỗi: --out ".*ket-qua\.docx" là một tệp, không phải thư mục\.$/m);
    expect(r.stderr).not.toMatch(/Đã ghi/);
    expect(readFileSync(out, "utf8")).toBe("một tệp cũ");
    expect(filesIn(dir).map((f) => f.path).sort()).toEqual(["ket-qua.docx", "mau.yaml", "xa.csv"]);
  });

  // statSync("file/sub") throws ENOTDIR: ensureDir turns it into "Không ghi được …: một phần của
  // đường dẫn là tệp, không phải thư mục" (exit 1), not an internal error.
  it("--out goes through a file (ENOTDIR): 'Cannot write', exit 1, not an internal error", () => {
    const { dir, template, data } = batchInputs("out-through-file");
    writeFileSync(join(dir, "ghi-chu.txt"), "x");
    const r = kehoach(["batch", template, "--data", data, "--out", join(dir, "ghi-chu.txt", "ra")]);
    expectClean(r);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^lỗi: Không ghi được ".*ghi-chu\.txt\/ra": một phần của đường dẫn là tệp, không phải thư mục\.$/m);
    expect(filesIn(dir).map((f) => f.path).sort()).toEqual(["ghi-chu.txt", "mau.yaml", "xa.csv"]);
  });

  // Under /proc a folder can never be made; Node's recursive mkdir used to spin there forever.
  if (existsSync("/proc/self"))
    it("--out under /proc: 'Cannot write', exit 1, never a hang", () => {
      const { template, data } = batchInputs("out-proc");
      const r = kehoach(["batch", template, "--data", data, "--out", "/proc/kehoach-khong-co/ra"], { timeoutMs: 15_000 });
      expectClean(r);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/^lỗi: Không ghi được "\/proc\/kehoach-khong-co\/ra": /m);
      expect(r.stderr, "a reason in words, not an errno code").not.toMatch(/: E[A-Z]+\.?$/m);
    });

  // A link to a drive that is not mounted (a USB stick, a network share): makeDir stats through
  // the link, finds nothing, tries to make the link's own name and gets EEXIST, which is printed
  // which fsErrorReason puts in words: a part of the path exists but is not a folder.
  it("--out through a broken link (an unmounted drive): a reason in words, exit 1", () => {
    const { dir, template, data } = batchInputs("out-dangling");
    symlinkSync(join(dir, "o-dia-chua-cam"), join(dir, "o-dia-ngoai"));
    const r = kehoach(["batch", template, "--data", data, "--out", join(dir, "o-dia-ngoai", "ra")], { timeoutMs: 15_000 });
    expectClean(r);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^lỗi: Không ghi được ".*o-dia-ngoai\/ra": /m);
    expect(r.stderr, "a reason in words, not an errno code").not.toMatch(/: E[A-Z]+\.?$/m);
    expect(existsSync(join(dir, "o-dia-chua-cam")), "nothing made where the link points").toBe(false);
  });
});

describe("kehoach batch: one target cannot be written, the others are", () => {
  for (const jobs of ["1", "2"]) {
    it(`a target that is a folder (--jobs ${jobs}): that row fails with the reason, the folder is left alone, the other files are written, exit 1`, () => {
      const { dir, template, data } = batchInputs(`target-dir-${jobs}`);
      const out = join(dir, "ra");
      mkdirSync(join(out, "cho-long.docx"), { recursive: true });
      writeFileSync(join(out, "cho-long.docx", "ghi-chu.txt"), "của cán bộ");
      const r = kehoach(["batch", template, "--data", data, "--out", out, "--jobs", jobs]);
      expectClean(r);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/Không ghi được ".*cho-long\.docx": đích là một thư mục\./);
      expect(r.stderr).toMatch(/^Xong: đã ghi 5\/6 tệp vào .*, 1 dòng lỗi/m);
      expect(r.stderr).toMatch(/^ {2}- .*xa\.csv, dòng 4: Không ghi được ".*cho-long\.docx": đích là một thư mục\.$/m);
      expect(statSync(join(out, "cho-long.docx")).isDirectory()).toBe(true);
      expect(readFileSync(join(out, "cho-long.docx", "ghi-chu.txt"), "utf8")).toBe("của cán bộ");
      expect(expectValidPlans(out, ["cho-long.docx/ghi-chu.txt"]).sort()).toEqual(FILES.filter((f) => f !== "cho-long.docx").sort());
    });
  }

  // /dev/full (Linux) is a device that is always full, reached through a link named like a target.
  if (existsSync("/dev/full"))
    it("a full disk for one target (/dev/full): 'the disk is full' for that row, the device and the link untouched, the rest written", () => {
      const { dir, template, data } = batchInputs("dev-full");
      const out = join(dir, "ra");
      mkdirSync(out);
      symlinkSync("/dev/full", join(out, "sro.docx"));
      const r = kehoach(["batch", template, "--data", data, "--out", out]);
      expectClean(r);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/Không ghi được ".*sro\.docx": đĩa đã đầy\./);
      expect(r.stderr).toMatch(/^Xong: đã ghi 5\/6 tệp vào .*, 1 dòng lỗi/m);
      expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
      expect(lstatSync(join(out, "sro.docx")).isSymbolicLink()).toBe(true);
      expect(expectValidPlans(out, ["sro.docx"]).sort()).toEqual(FILES.filter((f) => f !== "sro.docx").sort());
    });
});

// ─── Injected: the disk fills up midway, a file open in Word ─────────────────────────────────

/** The batch's stage folders left in its temporary folder (TMPDIR is this test's own). */
function stageFolders(): string[] {
  return realFs.readdirSync(tmpdir()).filter((f) => f.startsWith("kehoach-stage-"));
}

async function runInProcess(template: string, data: string, out: string): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = freshDir("tmp");
  try {
    return await runBatchHere();
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  async function runBatchHere() {
    const code = await runBatch(template, { data, out, format: "docx", jobs: 1 }, { stderr: { write: (s: string) => (stderr += s) }, env: { CI: "true" }, color: false });
    expect(stageFolders(), "the stage folder is removed").toEqual([]);
    return { code, stderr };
  }
}

describe("kehoach batch under injected faults (in process)", () => {
  it("the disk fills up after two files: those two stay valid, every later row says 'the disk is full', an older file stays intact, exit 1", async () => {
    const { dir, template, data } = batchInputs("enospc-midway");
    const out = join(dir, "ra");
    mkdirSync(out);
    writeFileSync(join(out, "dak-po-pho.docx"), "bản cũ từ lần chạy trước");
    fault.fullAfter = 2;
    const r = await runInProcess(template, data, out);
    expect(r.code, r.stderr).toBe(1);
    expect(messageProblems(r.stderr), r.stderr).toEqual([]);
    expect(r.stderr).not.toMatch(/injected/);
    for (const f of FILES.slice(2)) expect(r.stderr, f).toMatch(new RegExp(`Không ghi được ".*${f.replace(".", "\\.")}": đĩa đã đầy\\.`));
    expect(r.stderr).toMatch(/^Xong: đã ghi 2\/6 tệp vào .*, 4 dòng lỗi/m);
    expect(printedDiagnostics(r.stderr).filter((d) => d.severity === "lỗi")).toHaveLength(4);
    expect(readFileSync(join(out, "dak-po-pho.docx"), "utf8")).toBe("bản cũ từ lần chạy trước");
    expect(expectValidPlans(out, ["dak-po-pho.docx"]).sort()).toEqual(["ia-dom.docx", "ya-ma.docx"]);
    expect(pendingTempFiles.size).toBe(0);
  });

  it("the stage folder is on another file system (EXDEV): every file is copied into place, complete, no .tmp left", async () => {
    const { dir, template, data } = batchInputs("exdev");
    const out = join(dir, "ra");
    fault.crossDevice = true;
    const r = await runInProcess(template, data, out);
    expect(r.code, r.stderr).toBe(0);
    expect(expectValidPlans(out).sort()).toEqual([...FILES].sort());
    expect(pendingTempFiles.size).toBe(0);
  });

  it("one plan open in Word (EBUSY on rename): that row says so, its older version stays, the others are written, exit 1", async () => {
    const { dir, template, data } = batchInputs("ebusy");
    const out = join(dir, "ra");
    mkdirSync(out);
    writeFileSync(join(out, "ya-ma.docx"), "bản đang mở trong Word");
    fault.busy = "ya-ma.docx";
    const r = await runInProcess(template, data, out);
    expect(r.code, r.stderr).toBe(1);
    expect(messageProblems(r.stderr), r.stderr).toEqual([]);
    expect(r.stderr).toMatch(/Không ghi được ".*ya-ma\.docx": .*Word/);
    expect(r.stderr).toMatch(/^Xong: đã ghi 5\/6 tệp vào .*, 1 dòng lỗi/m);
    expect(readFileSync(join(out, "ya-ma.docx"), "utf8")).toBe("bản đang mở trong Word");
    expect(expectValidPlans(out, ["ya-ma.docx"]).sort()).toEqual(FILES.filter((f) => f !== "ya-ma.docx").sort());
    expect(pendingTempFiles.size).toBe(0);
  });
});

// ─── Ctrl-C in the middle of a batch ─────────────────────────────────────────────────────────

describe("Ctrl-C (or kill) in the middle of a one-thread batch of a few hundred rows", () => {
  // The Kông Chro template with 500 communes, --jobs 1 (test/batch covers --jobs 2). Every row is
  // rendered into a private stage folder first (about a second here), and the files take their
  // names in --out only once every row has been checked, so a signal meanwhile leaves --out as it
  // was. src/main.ts handles the signal (exit 130/143/129) only when the event loop gets control,
  // which the one-thread loop in src/commands/batch-action.ts gives it between rows.
  const [head, ...body] = readFileSync(join(ROOT, "templates/xa-kong-chro.csv"), "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  const ROWS = 500;

  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]] as const) {
    it(`${signal} while the rows are rendered: exit ${code} and a message; nothing in --out; the stage folder removed`, async () => {
      const dir = freshDir(`signal-${signal}`);
      const temp = join(dir, "tmp");
      mkdirSync(temp);
      const rows = Array.from({ length: ROWS }, (_, i) => body[i % body.length]!.replace(/^([^;]+)/, `$1 ${i + 1}`));
      writeFileSync(join(dir, "xa.csv"), [head, ...rows].join("\n") + "\n");
      const out = join(dir, "ra");
      mkdirSync(out);
      writeFileSync(join(out, "ia-pa.docx"), "bản cũ từ lần chạy trước");
      const run = kehoachAsync(["batch", "templates/xa-kong-chro.yaml", "--data", join(dir, "xa.csv"), "--cap-tren", "plans/huyen-kong-chro-2022.yaml", "--out", out, "--jobs", "1"], { env: { TMPDIR: temp } });
      // Wait for a few staged files, then press Ctrl-C.
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (stagedFiles(temp) >= 5 || run.child.exitCode !== null) {
            clearInterval(poll);
            resolve();
          }
        }, 2);
      });
      run.child.kill(signal);
      const r = await run.done;

      expect(r.timedOut).toBe(false);
      expect(messageProblems(r.stderr), r.stderr.slice(-2000)).toEqual([]);
      expect({ code: r.code, signal: r.signal }, `stderr:\n${r.stderr.slice(-1500)}`).toEqual({ code, signal: null });
      expect(r.stderr).toMatch(/Đã dừng; các tệp đã ghi xong vẫn dùng được\./);
      expect(r.stderr).not.toMatch(/^Xong:/m);
      expect(filesIn(out).map((f) => f.path), "--out as it was").toEqual(["ia-pa.docx"]);
      expect(readFileSync(join(out, "ia-pa.docx"), "utf8")).toBe("bản cũ từ lần chạy trước");
      expect(realFs.readdirSync(temp), "the stage folder is removed").toEqual([]);
    });
  }
});

/** How many files the batch has staged in its stage folder under `temp`. */
function stagedFiles(temp: string): number {
  let n = 0;
  for (const d of realFs.readdirSync(temp)) {
    if (!d.startsWith("kehoach-stage-")) continue;
    try {
      n += realFs.readdirSync(join(temp, d)).length;
    } catch {
      // removed meanwhile
    }
  }
  return n;
}
