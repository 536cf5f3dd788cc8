// .doc, .odt, .rtf → .docx through LibreOffice (`soffice --headless --convert-to docx`), with a
// private profile (so a running LibreOffice or another conversion is never disturbed) and a
// timeout; the .docx is then read by the .docx reader. Everything happens in a temporary folder
// that is removed afterwards.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";

export class SofficeMissingError extends Error {
  constructor() {
    super("soffice not found");
    this.name = "SofficeMissingError";
  }
}

export class ConversionError extends Error {
  constructor(
    readonly reason: string,
    readonly timedOut = false,
  ) {
    super(reason);
    this.name = "ConversionError";
  }
}

export const CONVERT_TIMEOUT_SECONDS = 120;

/** The command to run: KEHOACH_SOFFICE overrides (tests use it to play a missing LibreOffice). */
function sofficeCommand(): string {
  return process.env.KEHOACH_SOFFICE ?? "soffice";
}

export function sofficeConvertToWordFile(path: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-convert-"));
  try {
    // A plain file name: soffice names its output after the input, and odd characters (spaces,
    // a leading "-") must not reach its command line.
    const input = join(dir, `input${extname(path).toLowerCase()}`);
    copyFileSync(path, input);
    const profile = pathToFileURL(join(dir, "profile")).href;
    const r = spawnSync(sofficeCommand(), [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "docx", "--outdir", join(dir, "out"), input], {
      encoding: "utf8",
      timeout: CONVERT_TIMEOUT_SECONDS * 1000,
      killSignal: "SIGKILL",
    });
    if (r.error && (r.error as NodeJS.ErrnoException).code === "ENOENT") throw new SofficeMissingError();
    if (r.error && (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT") throw new ConversionError("timeout", true);
    const out = join(dir, "out", `${basename(input, extname(input))}.docx`);
    try {
      return readFileSync(out);
    } catch {
      const said = `${r.stderr ?? ""}\n${r.stdout ?? ""}`
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l && !/javaldx|java may not/i.test(l))
        .slice(-1)[0];
      throw new ConversionError(said ?? `exit ${r.status ?? r.signal}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
