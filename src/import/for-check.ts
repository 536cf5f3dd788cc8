// The plan import recognises in a Word file, in the shape `check` runs its plan rules on: the plan
// `kehoach import` would write as YAML, where each value came from (¶N), and the corrections import made
// that a plan rule would have reported in the original (a repeated or skipped typed number,
// "KT.CHỦ TỊCH" without its space). Legacy-font letters and decomposed diacritics are not among
// them: check finds those in the paragraphs' raw text (checkRawCharacters).
import type { RecognizedForCheck } from "../check/check-docx.js";
import { msg, type MessageId } from "../i18n/i18n.js";
import type { ReadDocument } from "../read/read-document.js";
import { recognizePlan } from "./recognize.js";
import { importMessage } from "./write-yaml.js";

/** The plan rule under which each kind of correction is reported. */
const RULE_OF: Partial<Record<MessageId, string>> = {
  "import.reason.romanSkip": "typed-numbering",
  "import.reason.romanRepeat": "typed-numbering",
  "import.reason.itemSkip": "typed-numbering",
  "import.reason.itemRepeat": "typed-numbering",
  "import.reason.pointSkip": "typed-numbering",
  "import.reason.signatureSpace": "spacing-punctuation",
};

export async function recognizeForCheck(doc: ReadDocument): Promise<RecognizedForCheck> {
  const r = recognizePlan(doc);
  const corrections: RecognizedForCheck["corrections"][number][] = [];
  for (const c of r.corrections) {
    const rule = RULE_OF[c.reason];
    if (!rule) continue;
    corrections.push({
      rule,
      paragraph: c.paragraph,
      quote: c.old,
      message: msg("check.docx.correction", { reason: importMessage(c.reason, c.params), old: c.old, new: c.new }),
      group: `${c.reason}:${JSON.stringify(c.params ?? {})}`,
    });
  }
  // A plain copy: the plan as the YAML import writes it would hold it.
  return { plan: JSON.parse(JSON.stringify(r.plan)) as unknown, places: r.places, corrections };
}
