// One render for the preview: the plan (with its --cap-tren parent and its --data row) through the
// same pipeline as `kehoach render` (so the page shows the very .docx bytes render writes), and
// through `kehoach check` for the findings beside the page. Problems come back as data, located
// and worded as the terminal prints them; nothing here throws for bad input.
import { placeOf, type Diagnostic } from "../findings/diagnostic.js";
import { InputError } from "../findings/errors.js";
import { readParentPlan } from "../expand/parent-plan.js";
import { PARENT_PREFIX } from "../text/reserved-names.js";
import { msg, t } from "../i18n/i18n.js";
import { loadDataTable, type DataRow } from "../load/load-data-table.js";
import { modelPlan, readPlan, writeDocument } from "../pipeline.js";
import { checkFile } from "../check/check-file.js";
import { rowVars } from "../expand/expand-plan.js";
import { ConfigResolver } from "../check/config.js";
import { isTemplatePath } from "../check/collect-files.js";

export interface PreviewInput {
  file: string;
  capTren?: string;
  data?: string;
  /** 1-based data row (with data). */
  row: number;
}

export interface PreviewFinding {
  severity: Diagnostic["severity"];
  /** "file:line:column", as the terminal prints it. */
  where: string;
  message: string;
  code: string;
  frame?: string;
  hint?: string;
}

export interface PreviewResult {
  /** The .docx, when the plan rendered. */
  docx?: Buffer;
  /** What stopped the render: as diagnostics (for the terminal) and as the page shows them. */
  stopped: Diagnostic[];
  errors: PreviewFinding[];
  /** Check findings (and render warnings) for a plan that rendered. */
  findings: PreviewFinding[];
}

export function toFinding(d: Diagnostic): PreviewFinding {
  return {
    severity: d.severity,
    where: placeOf(d),
    message: t(d.message),
    code: d.code,
    frame: d.frame,
    hint: d.hint && t(d.hint),
  };
}

function today(): { year: number; month: number; day: number } {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** The plan (with its parent and data row) read and rendered; check runs apart (checkPreview). */
export interface PreviewRender extends PreviewResult {
  /** For checkPreview: the data row and the parent's values that were used. */
  row?: DataRow;
  parentVars?: Record<string, string>;
}

export async function renderPreview(input: PreviewInput): Promise<PreviewRender> {
  const fail = (list: Diagnostic[]): PreviewResult => ({ stopped: list, errors: list.map(toFinding), findings: [] });
  try {
    let parentVars: Record<string, string> | undefined;
    if (input.capTren) parentVars = readParentPlan(input.capTren).vars;
    let row: DataRow | undefined;
    if (input.data) {
      const table = await loadDataTable(input.data);
      row = table.rows[input.row - 1];
      if (!row) {
        const message = msg("xem.rowMissing", { data: input.data, rows: table.rows.length, row: input.row });
        return fail([{ severity: "error", file: input.data, line: 0, column: 0, message, code: "input" }]);
      }
    }
    const vars = row ? rowVars(row, parentVars) : parentVars ? { [PARENT_PREFIX]: parentVars } : undefined;
    const r = modelPlan(readPlan(input.file), { vars, dataLabel: row?.label });
    const docx = await writeDocument(r, "docx");
    return { docx, stopped: [], errors: [], findings: r.warnings.map(toFinding), row, parentVars };
  } catch (e) {
    if (e instanceof InputError) return fail(e.diagnostics);
    throw e;
  }
}

/** kehoach check's findings for a plan that rendered (its configuration, its data row). */
export async function checkPreview(input: PreviewInput, rendered: PreviewRender): Promise<PreviewFinding[]> {
  try {
    const checked = await checkFile(input.file, {
      config: new ConfigResolver({ cwd: process.cwd() }).forFile(input.file),
      final: false,
      template: Boolean(input.data) || isTemplatePath(input.file),
      rows: rendered.row ? [rendered.row] : undefined,
      parentVars: rendered.parentVars,
      today: today(),
    });
    return checked.skipped ? rendered.findings : checked.diagnostics.map(toFinding);
  } catch (e) {
    // A broken .kehoach.yaml: shown in the list, as check shows it.
    if (e instanceof InputError) return e.diagnostics.map(toFinding);
    throw e;
  }
}
