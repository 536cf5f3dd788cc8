// The plan after expansion, checked again: its date and number are now known, and a filled value
// may break a rule of the schema (an abbreviation in lower case, a list left empty by {{#neu}}).
import type { Finding } from "../findings/finding.js";
import { valueAt, type Path } from "../findings/locate.js";
import { msg } from "../i18n/i18n.js";
import { parsePlanDate, type PlanDate } from "../text/plan-date.js";
import { PlanSchema, type Plan } from "./plan-schema.js";
import { issueTexts } from "./zod-messages.js";

export interface ExpandedCheck {
  /** The plan's date, when it is a date. */
  date?: PlanDate;
  /** Each problem at its source path, with what it is about (the date, the number, the schema). */
  problems: { finding: Finding; kind: "date" | "number" | "schema" }[];
}

/** `filled`: whether any placeholder was filled (otherwise the schema has seen these values). */
export function checkExpanded(plan: Plan, filled: boolean, sourcePathOf: (path: Path) => Path): ExpandedCheck {
  const problems: ExpandedCheck["problems"] = [];
  let date: PlanDate | undefined;
  const d = parsePlanDate(plan.ngay);
  if (d.ok) date = d.date;
  else {
    const shown = String(plan.ngay);
    problems.push({
      kind: "date",
      finding: {
        path: ["ngay"],
        message: d.reason === "format" ? msg("common.badDate", { value: shown }) : msg("common.impossibleDate", { value: shown }),
        hint: d.reason === "format" ? msg("common.badDateHint") : msg("common.impossibleDateHint"),
      },
    });
  }
  if (typeof plan.so === "string" && !/^\d{1,6}$/.test(plan.so)) {
    problems.push({ kind: "number", finding: { path: ["so"], message: msg("common.badNumber", { value: plan.so }), hint: msg("common.badNumberHint") } });
  }
  if (filled) {
    const parsed = PlanSchema.safeParse(plan);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path as Path;
        if (path[0] === "so" || path[0] === "ngay") continue;
        for (const text of issueTexts(issue, valueAt(plan, path))) {
          problems.push({ kind: "schema", finding: { path: sourcePathOf(path), message: text.message, hint: text.hint } });
        }
      }
    }
  }
  return { date, problems };
}
