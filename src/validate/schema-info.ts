// What the JSON Schema knows about a place in a plan: its allowed keys and their descriptions.
// Used for "did you mean" and for hints on missing keys; built only when there is an error.
import { z } from "zod";
import { PlanSchemaForJson } from "./plan-schema.js";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  description?: string;
  additionalProperties?: JsonSchema | boolean;
};

let cached: JsonSchema | undefined;

export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PlanSchemaForJson, { target: "draft-7", io: "input", reused: "inline", cycles: "ref" }) as Record<string, unknown>;
}

function root(): JsonSchema {
  cached ??= planJsonSchema() as JsonSchema;
  return cached;
}

function deref(s: JsonSchema): JsonSchema {
  let cur = s;
  for (let i = 0; i < 10 && cur.$ref; i++) {
    const name = cur.$ref.replace(/^#\/(\$defs|definitions)\//, "");
    const r = root();
    cur = r.$defs?.[name] ?? r.definitions?.[name] ?? {};
  }
  return cur;
}

/** The object schemas that may stand at `path` (several where a union allows several shapes). */
export function objectSchemasAt(path: readonly (string | number)[]): JsonSchema[] {
  let current: JsonSchema[] = [root()];
  for (const key of path) {
    const next: JsonSchema[] = [];
    for (const s of expand(current)) {
      if (typeof key === "number" && s.items) next.push(s.items);
      else if (typeof key === "string" && s.properties?.[key]) next.push(s.properties[key]!);
      else if (typeof key === "string" && typeof s.additionalProperties === "object") next.push(s.additionalProperties);
    }
    current = next;
  }
  return expand(current).filter((s) => s.properties);
}

function expand(list: JsonSchema[]): JsonSchema[] {
  const out: JsonSchema[] = [];
  const visit = (s: JsonSchema) => {
    const d = deref(s);
    if (d.anyOf) d.anyOf.forEach(visit);
    else out.push(d);
  };
  list.forEach(visit);
  return out;
}

export function allowedKeysAt(path: readonly (string | number)[]): string[] {
  return [...new Set(objectSchemasAt(path).flatMap((s) => Object.keys(s.properties ?? {})))];
}

export function describeKey(path: readonly (string | number)[], key: string): string {
  for (const s of objectSchemasAt(path)) {
    const p = s.properties?.[key];
    if (p) return deref(p).description ?? p.description ?? "";
  }
  return "";
}

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
