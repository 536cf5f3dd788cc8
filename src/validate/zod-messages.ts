// zod issues → Vietnamese/English messages with a hint on what to write instead.
import type { z } from "zod";
import { type Message, msg } from "../i18n/i18n.js";
import { allowedKeysAt, closest, describeKey } from "./schema-info.js";

export interface IssueText {
  message: Message;
  hint?: Message;
  /** Point at the key (unknown keys) rather than the value. */
  atKey?: string;
}

const TYPE_NAMES: Record<string, Message> = {
  string: msg("schema.string"),
  number: msg("schema.number"),
  int: msg("schema.int"),
  boolean: msg("schema.boolean"),
  array: msg("schema.array"),
  object: msg("schema.object"),
  record: msg("schema.object"),
};

function typeName(type: string): Message | string {
  return TYPE_NAMES[type] ?? type;
}

export function typeOfValue(v: unknown): Message {
  if (v === null || v === undefined) return msg("schema.emptyValue");
  if (Array.isArray(v)) return TYPE_NAMES.array!;
  if (typeof v === "object") return TYPE_NAMES.object!;
  if (typeof v === "string") return msg("schema.stringValue", { text: v.length > 40 ? v.slice(0, 40) + "…" : v });
  return msg("schema.typeAndValue", { type: typeName(typeof v), value: String(v) });
}

/** One zod issue may become several messages (one per unknown key). */
export function issueTexts(issue: z.core.$ZodIssue, input: unknown): IssueText[] {
  const path = issue.path as (string | number)[];
  const last = path[path.length - 1];
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeysAt(path);
      return issue.keys.map((key) => {
        const suggestion = closest(key, allowed);
        return {
          message: msg("common.unknownKey", { key }),
          hint: suggestion ? msg("common.didYouMean", { s: suggestion }) : msg("common.allowedKeys", { keys: allowed.join(", ") }),
          atKey: key,
        };
      });
    }
    case "invalid_type": {
      if (input === undefined && typeof last === "string") return [missingKey(path, last)];
      if (path.length === 0) return [{ message: msg("common.notAPlan"), hint: msg("common.emptyFileHint") }];
      return [{ message: msg("common.expectedType", { expected: typeName(issue.expected), got: typeOfValue(input) }), hint: fieldHint(path) }];
    }
    case "too_small":
      if (issue.origin === "string") return [{ message: msg("common.emptyString"), hint: fieldHint(path) }];
      return [
        {
          message: msg("schema.listTooShort", { minimum: String(issue.minimum) }),
          hint: fieldHint(path),
        },
      ];
    case "invalid_format":
      return [formatText(path, input)];
    case "invalid_value":
      return [
        {
          message: msg("schema.invalidValue", { input: String(input) }),
          hint: msg("schema.useOneOf", { values: issue.values.join(", ") }),
        },
      ];
    case "custom": {
      const kind = (issue.params as { kind?: string } | undefined)?.kind;
      if (kind === "badBlock") return [{ message: msg("common.badBlock"), hint: msg("common.badBlockHint") }];
      if (kind === "itemTitle")
        return [
          {
            message: msg("schema.itemTitle"),
            hint: msg("schema.itemTitleHint"),
          },
        ];
      if (kind === "badDate") return [{ message: msg("common.badDate", { value: String(input) }), hint: msg("common.badDateHint") }];
      if (kind === "impossibleDate") return [{ message: msg("common.impossibleDate", { value: String(input) }), hint: msg("common.impossibleDateHint") }];
      const params = issue.params as { expected?: number; got?: number } | undefined;
      if (kind === "tableWidths")
        return [
          {
            message: msg("schema.tableWidths", { expected: params?.expected }),
            hint: msg("schema.tableWidthsHint"),
          },
        ];
      if (kind === "tableRow")
        return [
          {
            message: msg("schema.tableRow", { got: params?.got, expected: params?.expected }),
            hint: msg("schema.tableRowHint"),
          },
        ];
      return [{ message: msg("common.text", { text: issue.message }) }];
    }
    default:
      // A required key whose schema is a union (ngay: text or number) reports its absence as a
      // failed union: it is still a missing key.
      if (input === undefined && typeof last === "string") return [missingKey(path, last)];
      return [{ message: msg("schema.invalidValueOf", { got: typeOfValue(input) }), hint: fieldHint(path) }];
  }
}

function missingKey(path: (string | number)[], key: string): IssueText {
  const desc = describeKey(path.slice(0, -1), key);
  return { message: msg("common.missingKey", { key }), hint: desc ? msg("common.missingKeyHintDescribed", { key, description: desc }) : msg("common.missingKeyHint", { key }) };
}

/** The key's own description from the schema, as a hint. */
function fieldHint(path: (string | number)[]): Message | undefined {
  const keyIndex = [...path].reverse().findIndex((p) => typeof p === "string");
  if (keyIndex < 0) return undefined;
  const at = path.length - 1 - keyIndex;
  const desc = describeKey(path.slice(0, at), path[at] as string);
  return desc ? msg("common.text", { text: desc }) : undefined;
}

function formatText(path: (string | number)[], input: unknown): IssueText {
  const key = [...path].reverse().find((p) => typeof p === "string");
  if (key === "viet_tat") return { message: msg("schema.invalidAbbreviation", { input: String(input) }), hint: msg("common.badAbbrev") };
  if (key === "so") return { message: msg("common.badNumber", { value: String(input) }), hint: msg("common.badNumberHint") };
  if (key === "ma")
    return {
      message: msg("schema.invalidId", { input: String(input) }),
      hint: msg("schema.badIdHint"),
    };
  if (path[0] === "bien")
    return {
      message: msg("schema.invalidVariableName", { name: String(path[1]) }),
      hint: msg("schema.badVariableNameHint"),
    };
  return { message: msg("schema.badFormat", { input: String(input) }), hint: fieldHint(path) };
}
