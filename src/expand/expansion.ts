// The state of one expansion: the problems found so far (located in the template, with the data
// row's label) and fill(), which fills one string by its field's policy. expandPlan, the block
// walker and the directives all report through it.
import { type Diagnostic, uniqueSorted } from "../findings/diagnostic.js";
import { InputError } from "../findings/errors.js";
import type { Finding } from "../findings/finding.js";
import { locateYaml, type Path } from "../findings/locate.js";
import { type Message, msg } from "../i18n/i18n.js";
import { LIMITS } from "../limits.js";
import { BLOCK_HELPERS, HELPER_NAMES } from "../text/reserved-names.js";
import { plainValue, protectValue } from "../text/stand-ins.js";
import { blockKind } from "../validate/blocks.js";
import type { Block } from "../validate/plan-schema.js";
import type { ValidatedPlan } from "../validate/validate-plan.js";
import type { StrMode } from "./field-policy.js";
import { checkTemplate, hasPlaceholder, renderTemplate, type ProblemKind, type TemplateProblem } from "./template-string.js";

/**
 * One problem found while expanding. `kind` tells a batch how to treat it: the template-level
 * kinds (missing, helper, forbidden, syntax, condition) stop a whole batch before anything is
 * written; the others (a helper given a bad value, a date that does not exist…) fail one row.
 */
export type ExpandProblemKind = ProblemKind | "condition" | "empty" | "date" | "number" | "schema" | "limit";

export interface ExpandProblem extends Diagnostic {
  kind: ExpandProblemKind;
  /** The missing variable or the helper ("xa", "cap_tren.ngay", "ngay_dai"). */
  name?: string;
  /** The message without the data label, for grouping problems of several rows. */
  bare: Message;
}

export const TEMPLATE_PROBLEM_KINDS: ReadonlySet<ExpandProblemKind> = new Set(["missing", "helper", "forbidden", "syntax", "condition", "notText", "tooLong"]);

export class ExpandError extends InputError {
  readonly problems: ExpandProblem[];
  constructor(problems: ExpandProblem[]) {
    super(problems);
    this.name = "ExpandError";
    this.problems = problems;
  }
}

export type Scope = Record<string, unknown>;

export class Expansion {
  readonly problems: ExpandProblem[] = [];
  /** Whether any string held a placeholder (the filled plan is then checked again). */
  touched = false;
  /** The outermost lap being repeated: a limit passed inside it is reported there. */
  lapPath: Path | undefined;
  // The block limit holds after expansion, whatever the source (a lap over a long data cell,
  // laps inside laps): counted as blocks are made, and expansion stops at the first one too many,
  // before building the rest. Lap repetitions are counted too (a repetition may make no block).
  private blocksMade = 0;
  private repetitionsMade = 0;

  constructor(
    readonly plan: ValidatedPlan,
    private readonly label: Message | undefined,
  ) {}

  add(f: Finding, code: string, kind: ExpandProblemKind, name?: string): void {
    const d = locateYaml(this.plan, f, code);
    const message = this.label ? msg("common.withPlace", { message: d.message, place: this.label }) : d.message;
    this.problems.push({ ...d, message, bare: d.message, kind, name });
  }

  /** A string filled by its policy; undefined when it is empty once filled and optional. On a
   * problem (reported) the template's own string comes back. */
  fill(s: string, path: Path, ctx: Scope, mode: StrMode): string | undefined {
    if (!hasPlaceholder(s)) return s;
    this.touched = true;
    const found = checkTemplate(s, ctx);
    if (found.length > 0) {
      found.forEach((p) => this.report(path, s, p, ctx));
      return s;
    }
    const r = renderTemplate(s, ctx, mode.markup ? protectValue : plainValue);
    if (!r.ok) {
      this.report(path, s, r.problem, ctx);
      return s;
    }
    if (r.text.trim() === "") {
      if (mode.blank === "drop") return undefined;
      if (mode.blank === "error") {
        this.add({ path, message: msg("expand.emptyAfterExpansion"), hint: msg("expand.emptyAfterExpansionHint") }, "value", "empty");
        return s;
      }
    }
    return r.text;
  }

  /** One block made (a table counts its cells, a bullet its lines), at its place in the template. */
  countBlock(b: Block, from: Path): void {
    const k = blockKind(b);
    this.blocksMade += k.kind === "table" ? 1 + k.block.bang.dong.length * Math.max(1, k.block.bang.cot.length) : k.kind === "bullet" ? 1 + (k.block.cong?.length ?? 0) : 1;
    if (this.blocksMade > LIMITS.maxBlocks) this.overLimit(from);
  }

  /** One repetition of a lap (at: the lap's path). */
  countRepetition(at: Path): void {
    if (++this.repetitionsMade > LIMITS.maxBlocks) this.overLimit(at);
  }

  private overLimit(path: Path): never {
    this.add({ path: this.lapPath ?? path, message: msg("expand.tooManyBlocks", { max: LIMITS.maxBlocks }), hint: msg("expand.tooManyBlocksHint") }, "limit", "limit");
    throw new ExpandError(uniqueSorted(this.problems));
  }

  /** A required string: always a string back (the template's own when it is blank or wrong). */
  required(s: string, path: Path, ctx: Scope, mode: StrMode): string {
    return this.fill(s, path, ctx, mode) ?? s;
  }

  /** A problem of one {{…}}, located at that placeholder in the template. */
  private report(path: Path, value: string, p: TemplateProblem, ctx: Scope): void {
    let message: Message;
    let hint: Message | undefined;
    let code = "placeholder";
    switch (p.kind) {
      case "missing": {
        message = msg("common.placeholderMissing", { name: p.name });
        const root = p.name.split(".")[0] ?? "";
        if (root === "cap_tren") hint = msg("expand.missingParentHint");
        else if (Object.prototype.hasOwnProperty.call(ctx, root)) hint = msg("expand.missingHintEmpty");
        else hint = msg("common.placeholderMissingHint");
        break;
      }
      case "helper":
        message = msg("common.unknownHelper", { name: p.name });
        hint = msg("common.unknownHelperHint", { list: [...HELPER_NAMES, ...BLOCK_HELPERS.map((b) => `#${b}`)].join(", ") });
        break;
      case "forbidden":
        message = msg("common.forbiddenName", { name: p.name });
        break;
      case "notText": {
        message = msg("expand.notText", { name: p.name });
        const first = Object.keys(ctx)[0] ?? "xa";
        hint = msg("expand.notTextHint", { example: p.name === "this" || p.name === "." || p.name === "@root" ? first : `${p.name}.ten` });
        break;
      }
      case "tooLong":
        message = p.detail ?? msg("expand.tooLong", { max: LIMITS.maxStringChars });
        code = "value";
        break;
      case "value":
        message = msg("expand.helperValue", { helper: p.name, detail: p.detail ?? "" });
        hint = msg("expand.helperValueHint");
        code = "value";
        break;
      default:
        message = msg("expand.syntax", { detail: p.detail ?? "" });
        hint = msg("common.placeholderSyntaxHint");
    }
    // The failing {{…}} in the node's source (the k-th occurrence of its text, counting in the value
    // up to the problem's place); written differently there (escapes, folded lines): the first "{{".
    const lines = value.split("\n");
    const index = lines.slice(0, p.line - 1).join("\n").length + (p.line > 1 ? 1 : 0) + p.column;
    this.add({ path, within: { value, index, length: p.text.length }, needle: "{{", length: Math.max(1, p.text.length), message, hint }, code, p.kind, p.name || undefined);
  }
}
