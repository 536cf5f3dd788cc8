// PDF output: the .docx files are put in a private temporary folder, converted there by one
// LibreOffice run, and each PDF is then written to its target atomically (temporary file beside the
// target, then rename), so a target is either the old file or the complete new PDF — never half a
// PDF, and nothing at all when LibreOffice is missing, fails or times out.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { OutputError } from "../../findings/errors.js";
import { msg } from "../../i18n/i18n.js";
import { StageDir } from "../stage-dir.js";
import { writeFileAtomic } from "../write-file-atomic.js";
import { convertToPdf, findSoffice, sofficeMissing, timeoutFor, type Spawner } from "./soffice.js";

export interface PdfStageOptions {
  /** Environment for finding soffice and the timeout (tests point KEHOACH_SOFFICE elsewhere). */
  env?: NodeJS.ProcessEnv;
  spawn?: Spawner;
}

export class PdfStage extends StageDir {
  private readonly soffice: string;
  private readonly names: string[] = [];

  /** Finds soffice first: when it is missing, this throws before anything is rendered. */
  constructor(private readonly opts: PdfStageOptions = {}) {
    const soffice = findSoffice(opts.env ?? process.env);
    if (!soffice) throw sofficeMissing();
    super("kehoach-pdf-");
    this.soffice = soffice;
  }

  /** A fresh .docx name inside the stage, for a worker to write to. */
  override slot(): string {
    const path = super.slot(".docx");
    this.names.push(basename(path));
    return path;
  }

  /** Put one .docx into the stage; returns its path. */
  add(docx: Uint8Array): string {
    const path = this.slot();
    writeFileSync(path, docx);
    return path;
  }

  /** Convert every staged .docx present (one LibreOffice run). */
  async convert(): Promise<void> {
    const present = this.names.filter((n) => statSync(join(this.dir, n), { throwIfNoEntry: false })?.isFile());
    if (present.length === 0) return;
    await convertToPdf(present, {
      soffice: this.soffice,
      dir: this.dir,
      profile: join(this.dir, "profile"),
      timeoutSeconds: timeoutFor(present.length, this.opts.env ?? process.env),
      spawn: this.opts.spawn,
    });
  }

  /** The PDF made from a staged .docx; an OutputError if LibreOffice made none (or not a PDF). */
  pdfOf(docxPath: string, label: string): Buffer {
    const pdf = docxPath.replace(/\.docx$/, ".pdf");
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(pdf);
    } catch {
      bytes = undefined;
    }
    if (!bytes || bytes.subarray(0, 5).toString("latin1") !== "%PDF-") throw new OutputError(msg("pdf.missingOutput", { file: label }));
    return bytes;
  }

  /** Write the PDF of a staged .docx to `target`, atomically. */
  writeTo(docxPath: string, target: string, durable = true): void {
    writeFileAtomic(target, this.pdfOf(docxPath, target), { durable });
  }
}
