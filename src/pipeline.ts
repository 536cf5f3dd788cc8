// load → validate → expand → model → write, readable in one screen.
import type { Diagnostic } from "./findings/diagnostic.js";
import { expandPlan, type ExpandOptions, type ExpandedPlan } from "./expand/expand-plan.js";
import { loadPlanFile, parsePlanText } from "./load/load-plan.js";
import type { SourceFile } from "./findings/source-file.js";
import { buildDocument } from "./model/build-document.js";
import type { DocumentNode } from "./model/nodes.js";
import { pad2 } from "./text/vietnamese-date.js";
import { validatePlan, type ValidatedPlan } from "./validate/validate-plan.js";
import { WRITERS, type FormatName } from "./write/writers.js";

/** load + validate: a plan file → a typed plan that knows where each of its values was written. */
export function readPlan(path: string): ValidatedPlan {
  return validatePlan(loadPlanFile(path));
}

export function readPlanSource(source: SourceFile): ValidatedPlan {
  return validatePlan(parsePlanText(source));
}

export interface Rendered {
  expanded: ExpandedPlan;
  document: DocumentNode;
  warnings: Diagnostic[];
}

/** expand + model: placeholders filled, numbers computed. */
export function modelPlan(plan: ValidatedPlan, opts: ExpandOptions = {}): Rendered {
  return modelExpanded(expandPlan(plan, opts), plan.warnings);
}

/** model: numbers computed for a plan already expanded (batch expands each row once, to check it). */
export function modelExpanded(expanded: ExpandedPlan, warnings: Diagnostic[] = []): Rendered {
  return { expanded, document: buildDocument(expanded), warnings };
}

/** write: the model in one output format. */
export async function writeDocument(r: Rendered, format: FormatName): Promise<Buffer> {
  const d = r.expanded.date;
  return WRITERS[format].write(r.document, { isoDate: `${d.year}-${pad2(d.month)}-${pad2(d.day ?? 1)}` });
}

/** The whole flow for one plan file. */
export async function renderPlanFile(path: string, format: FormatName, opts: ExpandOptions = {}): Promise<Rendered & { output: Buffer }> {
  const r = modelPlan(readPlan(path), opts);
  return { ...r, output: await writeDocument(r, format) };
}
