// LibreOffice as a PDF converter: find soffice, and run it ONCE for any number of .docx files,
// headless, with a profile folder of its own (so it works while the user has LibreOffice open, and
// two conversions never share a profile), under a timeout that stops the whole process tree.
import { spawn as nodeSpawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { OutputError } from "../../findings/errors.js";
import { msg } from "../../i18n/i18n.js";

export type Spawner = (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;

/** Where LibreOffice installs soffice when it is not on PATH. */
const KNOWN_PLACES: Partial<Record<NodeJS.Platform, string[]>> = {
  darwin: ["/Applications/LibreOffice.app/Contents/MacOS/soffice"],
  win32: ["C:\\Program Files\\LibreOffice\\program\\soffice.exe", "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe"],
};

function isFile(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** The soffice to run: $KEHOACH_SOFFICE, else soffice on PATH, else LibreOffice's usual place. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const chosen = env.KEHOACH_SOFFICE;
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  const names = platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice"];
  for (const dir of (env.PATH ?? env.Path ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const n of names) if (isFile(join(dir, n))) return join(dir, n);
  }
  return KNOWN_PLACES[platform]?.find(isFile);
}

/** The one clear message when soffice is missing: what to install, per system. */
export function sofficeMissing(): OutputError {
  return new OutputError(msg("pdf.noSoffice"));
}

/** Seconds allowed for a conversion: LibreOffice's start, then a few seconds per document. */
export function timeoutFor(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const fixed = Number(env.KEHOACH_PDF_TIMEOUT);
  if (Number.isFinite(fixed) && fixed > 0) return fixed;
  return 90 + 3 * files;
}

export interface ConvertOptions {
  soffice: string;
  /** Folder the .docx files are in (they are named relative to it) and the PDFs go to. */
  dir: string;
  /** The private LibreOffice profile folder (created by LibreOffice). */
  profile: string;
  timeoutSeconds: number;
  spawn?: Spawner;
}

/** Processes started here and not yet ended: stopped if kehoach exits (Ctrl-C) meanwhile. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function stopTree(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    // soffice is a launcher that starts soffice.bin: stop its whole process group.
    if (process.platform === "win32") child.kill("SIGKILL");
    else process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/**
 * Convert `files` (names inside opts.dir) to PDF in opts.dir, with ONE soffice process. Resolves
 * when soffice has ended; the caller checks which PDFs exist (soffice exits 0 even when a file
 * fails). Rejects with an OutputError on a timeout, a non-zero exit or a failed start.
 */
export function convertToPdf(files: readonly string[], opts: ConvertOptions): Promise<void> {
  const args = [
    `-env:UserInstallation=${pathToFileURL(opts.profile).href}`,
    "--headless",
    "--invisible",
    "--norestore",
    "--nologo",
    "--nolockcheck",
    "--convert-to",
    "pdf:writer_pdf_Export",
    "--outdir",
    opts.dir,
    ...files,
  ];
  const spawn = opts.spawn ?? (nodeSpawn as Spawner);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on("exit", () => running.forEach(stopTree));
  }
  return new Promise<void>((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = spawn(opts.soffice, args, { cwd: opts.dir, stdio: ["ignore", "ignore", "pipe"], detached: process.platform !== "win32", windowsHide: true });
    } catch (e) {
      reject(startError(e));
      return;
    }
    running.add(child);
    let stderr = "";
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (s: string) => {
      if (stderr.length < 4000) stderr += s;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopTree(child);
    }, opts.timeoutSeconds * 1000);
    child.on("error", (e) => {
      clearTimeout(timer);
      running.delete(child);
      reject(startError(e));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      if (timedOut) return reject(new OutputError(msg("pdf.timeout", { seconds: opts.timeoutSeconds })));
      if (code !== 0) {
        const detail = firstLine(stderr);
        return reject(new OutputError(msg("pdf.failed", { code: code ?? String(signal), detail: detail ? `: ${detail}` : "" })));
      }
      resolve();
    });
  });
}

function firstLine(s: string): string {
  return s.split(/\r?\n/).find((l) => l.trim() !== "")?.trim().slice(0, 300) ?? "";
}

function startError(e: unknown): OutputError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return sofficeMissing();
  return new OutputError(msg("pdf.failed", { code: code ?? "?", detail: e instanceof Error ? `: ${e.message}` : "" }));
}
