// Faults while writing: a missing folder, a path through a file, a folder where the file goes, no
// permission, a full disk, a file locked by Word, Ctrl-C in the middle of several plans. The rule
// everywhere: a clear message, a non-zero exit, no half-written or empty .docx, no .tmp file left,
// and files written before (or an older version of the target) stay valid.
//
// The CLI cases run the built CLI; the faults the operating system will not produce on
// demand (EACCES as root, ENOSPC, EBUSY) are injected into node:fs under writeFileAtomic.
import * as realFs from "node:fs";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { OutputError } from "../../src/findings/errors.js";
import { setLang } from "../../src/i18n/i18n.js";
import { pendingTempFiles, removePendingTempFiles, removeStaleTempFiles, writeFileAtomic } from "../../src/write/write-file-atomic.js";
import { docxProblems, filesIn, kehoach, kehoachAsync, messageProblems, partialFiles } from "../hostile/harness.js";

// ─── Injected faults ─────────────────────────────────────────────────────────────────────────

const fault = vi.hoisted(() => ({
  /** errno code thrown by the next call of each function, if set. */
  openSync: undefined as string | undefined,
  writeSync: undefined as string | undefined,
  fsyncSync: undefined as string | undefined,
  renameSync: undefined as string | undefined,
}));

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
  let written = 0;
  return {
    ...fs,
    openSync: (...a: Parameters<typeof fs.openSync>) => {
      if (fault.openSync) throw errno(fault.openSync);
      return fs.openSync(...a);
    },
    // A full disk accepts part of the file, then refuses the rest.
    writeSync: (...a: Parameters<typeof fs.writeSync>) => {
      if (fault.writeSync && typeof a[1] !== "string") {
        const [fd, buffer, offset, length] = a as unknown as [number, Uint8Array, number | undefined, number | undefined];
        if (written === 0) {
          written = Math.max(1, Math.floor((length ?? buffer.length) / 2));
          return fs.writeSync(fd, buffer, offset ?? 0, written);
        }
        written = 0;
        throw errno(fault.writeSync);
      }
      return fs.writeSync(...a);
    },
    fsyncSync: (fd: number) => {
      if (fault.fsyncSync) throw errno(fault.fsyncSync);
      return fs.fsyncSync(fd);
    },
    renameSync: (from: realFs.PathLike, to: realFs.PathLike) => {
      if (fault.renameSync) throw errno(fault.renameSync);
      return fs.renameSync(from, to);
    },
  };
});

const WORK = mkdtempSync(join(tmpdir(), "kehoach-faults-"));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));
afterEach(() => {
  fault.openSync = fault.writeSync = fault.fsyncSync = fault.renameSync = undefined;
});

const PLAN = readFileSync(new URL("../fixtures/full-plan.yaml", import.meta.url), "utf8");
let n = 0;
const freshDir = (name: string) => {
  const d = join(WORK, `${++n}-${name}`);
  mkdirSync(d, { recursive: true });
  return d;
};

// ─── writeFileAtomic, in process ─────────────────────────────────────────────────────────────

describe("writeFileAtomic under injected faults", () => {
  const cases: { name: string; set: () => void; message: RegExp }[] = [
    { name: "no permission (EACCES)", set: () => (fault.openSync = "EACCES"), message: /không có quyền ghi/ },
    { name: "read-only file system (EROFS)", set: () => (fault.openSync = "EROFS"), message: /không có quyền ghi/ },
    { name: "disk full while writing (ENOSPC)", set: () => (fault.writeSync = "ENOSPC"), message: /đĩa đã đầy/ },
    { name: "quota exceeded (EDQUOT)", set: () => (fault.writeSync = "EDQUOT"), message: /đĩa đã đầy/ },
    { name: "disk full at fsync (ENOSPC)", set: () => (fault.fsyncSync = "ENOSPC"), message: /đĩa đã đầy/ },
    { name: "I/O error at fsync (EIO)", set: () => (fault.fsyncSync = "EIO"), message: /lỗi ghi đĩa/ },
    { name: "target open in Word (EBUSY on rename)", set: () => (fault.renameSync = "EBUSY"), message: /tệp đang mở trong Word .*: đóng tệp trong Word rồi chạy lại; tệp cũ vẫn giữ nguyên/ },
    {
      name: "target locked (EPERM on rename, as Windows reports it)",
      set: () => (fault.renameSync = "EPERM"),
      message: /không có quyền ghi, hoặc tệp đang mở trong Word: đóng tệp trong Word rồi chạy lại/,
    },
  ];

  it.each(cases)("$name: a clear OutputError, no temp file, the previous file intact", ({ name, set, message }) => {
    const dir = freshDir(name.replace(/\W+/g, "-"));
    const target = join(dir, "Kế hoạch.docx");
    writeFileSync(target, "phiên bản cũ, còn nguyên");
    set();
    let error: unknown;
    try {
      writeFileAtomic(target, Buffer.alloc(200_000, 0x41));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toMatch(/^Không ghi được ".*Kế hoạch\.docx": /);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/undefined|injected|\[object/);
    expect(filesIn(dir).map((f) => f.path)).toEqual(["Kế hoạch.docx"]);
    expect(readFileSync(target, "utf8")).toBe("phiên bản cũ, còn nguyên");
    expect(pendingTempFiles.size).toBe(0);
  });

  it("target open in Word, in English: says to close it in Word and run again; the old file stays", () => {
    const dir = freshDir("ebusy-en");
    const target = join(dir, "plan.docx");
    writeFileSync(target, "the version open in Word");
    setLang("en");
    try {
      for (const code of ["EBUSY", "EPERM"]) {
        fault.renameSync = code;
        expect(() => writeFileAtomic(target, Buffer.alloc(1000, 0x41))).toThrow(/^Cannot write ".*plan\.docx": .*close the file in Word, then run again; the old file is kept as it was\.$/);
        expect(readFileSync(target, "utf8")).toBe("the version open in Word");
        expect(filesIn(dir).map((f) => f.path)).toEqual(["plan.docx"]);
      }
    } finally {
      setLang("vi");
    }
  });

  it("never writes through a symbolic link: the link and the file it points to stay as they were", () => {
    const dir = freshDir("symlink");
    const real = join(dir, "that.docx");
    writeFileSync(real, "old");
    symlinkSync(real, join(dir, "link.docx"));
    expect(() => writeFileAtomic(join(dir, "link.docx"), "new")).toThrow(/liên kết \(symlink\)/);
    expect(realFs.lstatSync(join(dir, "link.docx")).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, "utf8")).toBe("old");
    expect(partialFiles(dir)).toEqual([]);
  });

  it("keeps temporary names short: a 255-byte target name is written", () => {
    const dir = freshDir("long-name");
    const name = "x".repeat(250) + ".docx";
    writeFileAtomic(join(dir, name), "new");
    expect(readFileSync(join(dir, name), "utf8")).toBe("new");
    expect(partialFiles(dir)).toEqual([]);
  });

  it("removes its own stale temporary files (left by a killed run), and nothing else", () => {
    const dir = freshDir("stale");
    const stale = join(dir, ".kehoach-4242-0badc0de.tmp");
    const fresh = join(dir, ".kehoach-4243-00c0ffee.tmp");
    const other = join(dir, ".someone-else.tmp");
    for (const f of [stale, fresh, other]) writeFileSync(f, "");
    const old = new Date(Date.now() - 60 * 60 * 1000);
    realFs.utimesSync(stale, old, old);
    realFs.utimesSync(other, old, old);
    removeStaleTempFiles(dir);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });

  it("removePendingTempFiles removes a temp file still being written (what the SIGINT handler calls)", () => {
    const dir = freshDir("pending");
    const tmp = join(dir, ".Kế hoạch.docx.123.abcd.tmp");
    writeFileSync(tmp, "half");
    pendingTempFiles.add(tmp);
    removePendingTempFiles();
    expect(existsSync(tmp)).toBe(false);
    expect(pendingTempFiles.size).toBe(0);
  });
});

// ─── The CLI ─────────────────────────────────────────────────────────────────────────────────

/** A plan folder with one plan, and what is in it before the run. */
function planIn(name: string): { dir: string; plan: string } {
  const dir = freshDir(name);
  const plan = join(dir, "Kế hoạch xã Ia Dom.yaml");
  writeFileSync(plan, PLAN);
  return { dir, plan };
}

function expectCleanFailure(r: ReturnType<typeof kehoach>, message: RegExp): void {
  expect(r.timedOut).toBe(false);
  expect(r.code, r.stderr).toBe(1);
  expect(messageProblems(r.stderr), r.stderr).toEqual([]);
  expect(r.stderr).toMatch(/^lỗi: Không ghi được "/m);
  expect(r.stderr).toMatch(message);
}

describe("kehoach render when the output cannot be written", () => {
  it("output folder missing: says which folder, writes nothing", () => {
    const { dir, plan } = planIn("missing-folder");
    const r = kehoach(["render", plan, "-o", join(dir, "không có", "ra.docx")]);
    expectCleanFailure(r, /Thư mục ".*không có" không tồn tại/);
    expect(filesIn(dir).map((f) => f.path)).toEqual(["Kế hoạch xã Ia Dom.yaml"]);
  });

  it("a path through a file (ENOTDIR): says so, writes nothing", () => {
    const { dir, plan } = planIn("enotdir");
    writeFileSync(join(dir, "ghi-chu.txt"), "x");
    const r = kehoach(["render", plan, "-o", join(dir, "ghi-chu.txt", "ra.docx")]);
    expectCleanFailure(r, /một phần của đường dẫn là tệp, không phải thư mục/);
    expect(partialFiles(dir)).toEqual([]);
  });

  it("the output file is a folder: says so, leaves the folder alone", () => {
    const { dir, plan } = planIn("target-is-dir");
    mkdirSync(join(dir, "Kế hoạch xã Ia Dom.docx"));
    const r = kehoach(["render", plan]);
    expectCleanFailure(r, /đích là một thư mục/);
    expect(statSync(join(dir, "Kế hoạch xã Ia Dom.docx")).isDirectory()).toBe(true);
    expect(filesIn(dir).map((f) => f.path)).toEqual(["Kế hoạch xã Ia Dom.yaml"]);
  });

  // Root (as in CI) writes into a read-only folder anyway, so this one exists only for other users;
  // the in-process EACCES case above covers it everywhere.
  if (process.getuid?.() !== 0)
    it("a read-only folder: permission denied, nothing left", () => {
    const { dir, plan } = planIn("read-only");
    const out = join(dir, "chỉ đọc");
    mkdirSync(out);
    realFs.chmodSync(out, 0o555);
    try {
      const r = kehoach(["render", plan, "-o", join(out, "ra.docx")]);
      expectCleanFailure(r, /không có quyền ghi/);
      expect(filesIn(out)).toEqual([]);
    } finally {
      realFs.chmodSync(out, 0o755);
    }
  });

  // /dev/full (Linux) is a device that is always full: reached through a link in a temp folder, so
  // a regression that renamed over the target would replace the link, never the device.
  if (existsSync("/dev/full"))
    it("a full disk (/dev/full): 'the disk is full', the device untouched", () => {
    const { dir, plan } = planIn("disk-full");
    symlinkSync("/dev/full", join(dir, "đầy.docx"));
    const r = kehoach(["render", plan, "-o", join(dir, "đầy.docx")]);
    expectCleanFailure(r, /đĩa đã đầy/);
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
    expect(realFs.lstatSync(join(dir, "đầy.docx")).isSymbolicLink()).toBe(true);
    expect(filesIn(dir).map((f) => f.path)).toEqual(["Kế hoạch xã Ia Dom.yaml", "đầy.docx"]);
  });

  it("several plans, one output failing: the others are written and valid, exit 1", () => {
    const { dir, plan } = planIn("one-of-three");
    const out = join(dir, "ra");
    mkdirSync(out);
    const other = join(dir, "Kế hoạch 2.yaml");
    writeFileSync(other, PLAN);
    const broken = join(dir, "Kế hoạch 3.yaml");
    writeFileSync(broken, PLAN);
    mkdirSync(join(out, "Kế hoạch 3.docx")); // its target is a folder
    const r = kehoach(["render", plan, other, broken, "-o", out]);
    expect(r.code, r.stderr).toBe(1);
    expect(messageProblems(r.stderr)).toEqual([]);
    expect(r.stderr).toMatch(/Kế hoạch 3\.docx": đích là một thư mục/);
    for (const name of ["Kế hoạch xã Ia Dom.docx", "Kế hoạch 2.docx"]) expect(docxProblems(readFileSync(join(out, name)))).toEqual([]);
    expect(partialFiles(out)).toEqual([]);
  });
});

describe("Ctrl-C during a multi-plan render", () => {
  // src/main.ts handles SIGINT (removes pending temp files, says "Đã dừng…", exits 130). The
  // handler can only run when the event loop gets control, and render's loop over plans never
  // gives it control (every await resolves as a microtask) unless it yields once per plan, as
  // src/commands/render-action.ts does.
  it("stops with exit 130 and a message; files already written stay valid; no .tmp, no empty .docx", async () => {
    const dir = freshDir("sigint");
    const out = join(dir, "ra");
    mkdirSync(out);
    // Plans big enough that 60 of them take seconds: Ctrl-C lands in the middle.
    const big = PLAN.replace("ket_luan:", `  - ten: PHỤ LỤC\n    noi_dung:\n${Array.from({ length: 1500 }, (_, i) => `      - Đoạn số ${i + 1} của phụ lục, để tệp đủ lớn.\n`).join("")}ket_luan:`);
    const plans = Array.from({ length: 60 }, (_, i) => {
      const p = join(dir, `Kế hoạch ${String(i + 1).padStart(2, "0")}.yaml`);
      writeFileSync(p, big);
      return p;
    });
    const run = kehoachAsync(["render", ...plans, "-o", out]);
    // Wait for the first file to be written, then press Ctrl-C.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (/Đã ghi/.test(run.stderr()) || run.child.exitCode !== null) {
          clearInterval(poll);
          resolve();
        }
      }, 5);
    });
    run.child.kill("SIGINT");
    const r = await run.done;

    expect(r.timedOut).toBe(false);
    expect(partialFiles(out), "no .tmp and no empty .docx").toEqual([]);
    const written = filesIn(out);
    expect(written.length).toBeGreaterThan(0);
    for (const f of written) expect(docxProblems(readFileSync(join(out, f.path))), f.path).toEqual([]);
    expect(messageProblems(r.stderr), r.stderr).toEqual([]);
    // The part that needs the event loop to run between plans:
    expect({ code: r.code, signal: r.signal }, `stderr:\n${r.stderr.slice(-2000)}`).toEqual({ code: 130, signal: null });
    expect(r.stderr).toMatch(/Đã dừng/);
  });
});
