// load: plan file → YAML document that keeps the position of every node, plus its plain value.
import { isCollection, isPair, parseDocument, type Document } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { InputError } from "../diagnostics/errors.js";
import { pick } from "../i18n/i18n.js";
import { MSG } from "../i18n/messages.js";
import { LIMITS } from "../limits.js";
import { readSource } from "./read-input.js";
import type { SourceFile } from "./source-file.js";

export interface LoadedPlan {
  source: SourceFile;
  doc: Document.Parsed;
  /** The plain JS value of the document (aliases resolved, within the alias limit). */
  value: unknown;
}

export function loadPlanFile(path: string): LoadedPlan {
  return parsePlanText(readSource(path, LIMITS.maxPlanBytes));
}

export function parsePlanText(source: SourceFile): LoadedPlan {
  const at = (offset: number, message: string, hint: string, code = "yaml-syntax", length = 1): Diagnostic => {
    const { line, column } = source.position(offset);
    return { severity: "error", file: source.path, line, column, message, hint, code, frame: source.frame(line, column, length) };
  };

  if (source.text.trim() === "") {
    throw new InputError([{ severity: "error", file: source.path, line: 0, column: 0, message: pick(MSG.emptyFile), hint: pick(MSG.emptyFileHint), code: "input" }]);
  }

  const doc = parseDocument(source.text, { prettyErrors: false, uniqueKeys: true, strict: true });
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.map((e) => at(e.pos[0], pick(MSG.yamlSyntax(yamlMessage(e.message))), pick(MSG.yamlSyntaxHint), "yaml-syntax", Math.max(1, e.pos[1] - e.pos[0]))),
    );
  }

  const deep = findTooDeep(doc.contents, 0);
  if (deep !== undefined) throw new InputError([at(deep, pick(MSG.tooDeep(LIMITS.maxDepth)), pick(MSG.tooDeepHint))]);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch {
    throw new InputError([at(0, pick(MSG.aliasBomb), pick(MSG.aliasBombHint), "yaml-alias")]);
  }
  return { source, doc, value };
}

/** Offset of the first node nested deeper than the limit, if any. */
function findTooDeep(node: unknown, depth: number): number | undefined {
  if (!isCollection(node)) return undefined;
  if (depth >= LIMITS.maxDepth) return node.range?.[0] ?? 0;
  for (const item of node.items) {
    const child = isPair(item) ? item.value : item;
    const found = findTooDeep(child, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The yaml library's messages repeat the position; keep only what is wrong. */
function yamlMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+.*$/s, "").trim();
}

