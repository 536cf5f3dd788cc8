// The shape of a check rule. A rule is one file in rules/ (its file name is its id): a one-line
// description, a default severity, the part of nd30.md or the reference defect it enforces, the
// input it applies to, and a function from that input to findings (src/findings/: where, and a
// message id with its parameters; the runner locates them). Rules never see YAML text, the zip
// package, line numbers or sentences.
// - A plan rule (the default, `appliesTo: "plan"`) reads the plan: a YAML plan, or the plan
//   recognised in a Word file. Its findings name a node by its YAML path (and, optionally, the
//   text inside that node's value it is about); the runner turns that into line:column (or ¶N).
// - A layout rule (`appliesTo: "docx-layout"`) reads a Word file as written (ReadDocument and its
//   parts: header, title, body, Nơi nhận, signature) and names paragraphs (¶N), with a quote.
import { type Message } from "../i18n/i18n.js";
import type { PlanDate } from "../text/plan-date.js";
import type { Plan } from "../validate/plan-schema.js";
import type { DocumentNode } from "../model/nodes.js";
import type { SourceFile } from "../findings/source-file.js";
import type { Path } from "../findings/locate.js";
import type { Finding as LocatedLater } from "../findings/finding.js";
import type { ReadDocument } from "../read/read-document.js";
import type { DocxParts } from "./docx-parts.js";

export const RULE_LEVELS = ["off", "warning", "error"] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

/** One required section: matched by its stable id `ma` or by one of its titles. */
export interface RequiredSection {
  ma?: string;
  /** Title variants; case, diacritics, punctuation and "và" do not matter. */
  ten: string[];
}

/** Where a text stands in the plan: some rules read only some kinds of text. */
export const TEXT_ROLES = [
  "agency",
  "place",
  "summary",
  "opening",
  "section-title",
  "item-title",
  "item-text",
  "point",
  "bullet",
  "paragraph",
  "table-title",
  "table-header",
  "table-cell",
  "closing",
  "recipient",
  "signature",
] as const;
export type TextRole = (typeof TEXT_ROLES)[number];

/** A text value of the plan as the officer wrote it (with **marks**), and where it came from. */
export interface TextEntry {
  /** YAML path of the value in the source file. */
  path: Path;
  text: string;
  role: TextRole;
}

/** A string scalar as it stands in the raw source text (before NFC and control-character clean-up). */
export interface RawText {
  path: Path;
  /** Offsets into `source.text`. */
  start: number;
  end: number;
}

export interface RuleContext {
  /** The file as the user named it. */
  file: string;
  /** The raw source text (not normalised): for rules about the characters themselves. */
  source: SourceFile;
  /** The plan after {{…}} expansion; for a template checked without data, the template itself with
   * every conditional branch kept and every loop body once. */
  plan: Plan;
  /** The document model built from `plan`: computed numbers, sections, items, signature. */
  document: DocumentNode;
  /** The plan's date; undefined in a template whose date is still a {{placeholder}}. */
  date: PlanDate | undefined;
  /** Placeholders are allowed (a template checked without --data). */
  template: boolean;
  /** --final: the plan is about to be signed (number and full date required). */
  final: boolean;
  /** Required sections for this plan's `loai` (from the configuration). */
  requiredSections: readonly RequiredSection[];
  /** Every text value, with its source path and role. */
  texts: readonly TextEntry[];
  /** Every string scalar's place in the raw source. */
  rawTexts: readonly RawText[];
  /** Source path of a path in `plan` (block directives move blocks around). */
  sourcePathOf(path: Path): Path;
  /** Today's date (for "dated in the far future"); injectable for tests. */
  today: Required<PlanDate>;
  /** Words the configuration allows (`tu_dien` in .kehoach.yaml): names like Kông Chro, Kbang. */
  projectWords: readonly string[];
}

/** What a rule reports: where (a source path, and optionally the part of the value, or an
 * offset in the raw text) and a message id. The runner locates it and gives it the rule's id and
 * configured severity. */
export type Finding = Omit<LocatedLater, "code" | "severity"> & {
  /** A safe fix for `check --fix`: the text that replaces the part pointed at (`within`, or the raw
   * `offset`/`length`). Only for changes that cannot alter the meaning. */
  fix?: string;
  /** Or several fixes at raw source offsets (every legacy glyph of a value, not only the first). */
  fixes?: { offset: number; length: number; text: string }[];
  /** A draft may keep it: a warning, unless --final (then the rule's own level). */
  draftWarning?: boolean;
};

interface RuleInfo {
  /** kebab-case; the file name of the rule. */
  id: string;
  /** One line. */
  description: Message;
  defaultSeverity: "error" | "warning";
  /** The nd30.md section or reference defect the rule enforces, e.g. "nd30.md §7". */
  docs: string;
}

/** The inputs a rule can apply to. */
export const RULE_INPUTS = ["plan", "docx-layout"] as const;
export type RuleInput = (typeof RULE_INPUTS)[number];

/** A rule on the plan (YAML, or recognised in a Word file). */
export interface Rule extends RuleInfo {
  /** Absent: "plan". */
  appliesTo?: "plan";
  check(context: RuleContext): Finding[];
}

/** What a layout rule sees: the Word file as read, and where its parts are. */
export interface LayoutContext {
  file: string;
  document: ReadDocument;
  parts: DocxParts;
}

/** A layout finding: the findings layer's paragraph place (¶N, 0 for the file as a whole) with
 * the words it is about (`quote`; the runner defaults it to the paragraph's text, adds the page). */
export type LayoutFinding = Finding & { paragraph: number };

/** A rule on the layout of a Word file (nd30.md §1–§10). */
export interface LayoutRule extends RuleInfo {
  appliesTo: "docx-layout";
  check(context: LayoutContext): LayoutFinding[];
}

export type AnyRule = Rule | LayoutRule;

export function isLayoutRule(rule: AnyRule): rule is LayoutRule {
  return rule.appliesTo === "docx-layout";
}

export function isPlanRule(rule: AnyRule): rule is Rule {
  return rule.appliesTo !== "docx-layout";
}

/** A finding at a part of a text entry. */
export function findingIn(entry: TextEntry, index: number, length: number, message: Message, hint?: Message): Finding {
  return { path: entry.path, message, hint, within: { value: entry.text, index, length } };
}
