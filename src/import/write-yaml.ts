// A recognised plan → the YAML text of a plan file, every correction noted right above its line
// in the one format the example plans use:  # sửa: "old" → "new" (reason)
// Same plan, same bytes: keys in the schema's order, no dates, no wrapping.
import { Document, isMap, isScalar, isSeq, type Node } from "yaml";
import { msg, t, type Message, type MessageId, type Params } from "../i18n/i18n.js";
import type { ImportedPlan, PlanPath, RecognizedPlan } from "./recognize.js";

const KEY_ORDER = ["co_quan", "so", "dia_danh", "ngay", "trich_yeu", "can_cu", "muc", "ket_luan", "noi_nhan", "ky"] as const;

/** A message of recognition: a parameter that names an "import.…" id (a place, a reason) becomes
 * that message, filled with the other parameters. */
export function importMessage(id: MessageId, params: Params = {}): Message {
  const filled: Record<string, Params[string]> = {};
  for (const [k, v] of Object.entries(params)) {
    const { [k]: _self, ...others } = params;
    filled[k] = typeof v === "string" && v.startsWith("import.") ? importMessage(v as MessageId, others) : v;
  }
  return msg(id, filled);
}

/** The same, in the user's language (the YAML's `# sửa:` comments, import's own lines). */
export function importText(id: MessageId, params: Params = {}): string {
  return t(importMessage(id, params));
}

/** A JSON string, with combining marks escaped so a decomposed letter stays visible as such. */
function quote(s: string): string {
  return JSON.stringify(s).replace(/[\u0300-\u036f\u01a2\u01a3]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function correctionComment(c: { old: string; new: string; reason: MessageId; params?: Params }): string {
  return ` sửa: ${quote(c.old)} → ${quote(c.new)} (${importText(c.reason, c.params)})`;
}

function ordered(plan: ImportedPlan): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of KEY_ORDER) if (plan[k] !== undefined) out[k] = plan[k];
  if (plan.co_quan) {
    const { chu_quan, ten, viet_tat } = plan.co_quan;
    out.co_quan = Object.fromEntries(Object.entries({ chu_quan, ten, viet_tat }).filter(([, v]) => v !== undefined));
  }
  return out;
}

/** The node a comment about `path` goes above: a map key, or a sequence entry. */
function nodeFor(doc: Document, path: PlanPath): Node | undefined {
  for (let n = path.length; n > 0; n--) {
    const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
    const last = path[n - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last);
      if (pair && isScalar(pair.key)) {
        // The first key of a list entry: the comment goes above the "- ".
        const grand = n >= 2 ? (n === 2 ? doc.contents : doc.getIn(path.slice(0, n - 2), true)) : undefined;
        if (parent.items[0] === pair && isSeq(grand)) return parent;
        return pair.key;
      }
    } else if (isSeq(parent) && typeof last === "number") {
      const item = parent.items[last];
      if (item && (isScalar(item) || isMap(item) || isSeq(item))) return item as Node;
    }
  }
  return undefined;
}

export function writePlanYaml(r: RecognizedPlan, source: string): string {
  const doc = new Document(ordered(r.plan));
  doc.commentBefore = [` ${importText("import.yamlHeader", { file: source })}`, `   # sửa: "chữ trong bản gốc" → "chữ sau khi sửa" (lý do)`].join("\n");
  const byNode = new Map<Node, string[]>();
  const loose: string[] = [];
  for (const c of r.corrections) {
    const node = nodeFor(doc, c.path);
    const line = correctionComment(c);
    if (!node) loose.push(line);
    else byNode.set(node, [...(byNode.get(node) ?? []), line]);
  }
  for (const [node, lines] of byNode) node.commentBefore = [node.commentBefore, ...lines].filter((x) => x !== undefined).join("\n");
  if (loose.length) doc.commentBefore += `\n${loose.join("\n")}`;
  return doc.toString({ lineWidth: 0, minContentWidth: 0, blockQuote: "literal", indentSeq: true });
}
