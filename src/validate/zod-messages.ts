// zod issues → Vietnamese/English messages with a hint on what to write instead.
import type { z } from "zod";
import { pick } from "../i18n/i18n.js";
import { MSG } from "../i18n/messages.js";
import { allowedKeysAt, closest, describeKey } from "./schema-info.js";

export interface IssueText {
  message: string;
  hint?: string;
  /** Point at the key (unknown keys) rather than the value. */
  atKey?: string;
}

const TYPE_NAMES: Record<string, { vi: string; en: string }> = {
  string: { vi: "một chuỗi văn bản", en: "a text string" },
  number: { vi: "một số", en: "a number" },
  int: { vi: "một số nguyên", en: "an integer" },
  boolean: { vi: "đúng/sai (true/false)", en: "true/false" },
  array: { vi: "một danh sách (các dòng bắt đầu bằng \"- \")", en: "a list (lines starting with \"- \")" },
  object: { vi: "một nhóm khóa (khóa: giá trị)", en: "a mapping (key: value)" },
  record: { vi: "một nhóm khóa (khóa: giá trị)", en: "a mapping (key: value)" },
};

function typeName(t: string): string {
  const n = TYPE_NAMES[t];
  return n ? pick(n) : t;
}

export function typeOfValue(v: unknown): string {
  if (v === null || v === undefined) return pick({ vi: "giá trị trống", en: "an empty value" });
  if (Array.isArray(v)) return typeName("array");
  if (typeof v === "object") return typeName("object");
  if (typeof v === "string") return pick({ vi: `chuỗi "${v.length > 40 ? v.slice(0, 40) + "…" : v}"`, en: `the string "${v.length > 40 ? v.slice(0, 40) + "…" : v}"` });
  return `${typeName(typeof v)} (${String(v)})`;
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
          message: pick(MSG.unknownKey(key)),
          hint: suggestion ? pick(MSG.didYouMean(suggestion)) : pick(MSG.allowedKeys(allowed.join(", "))),
          atKey: key,
        };
      });
    }
    case "invalid_type": {
      if (input === undefined && typeof last === "string") {
        const desc = describeKey(path.slice(0, -1), last);
        return [{ message: pick(MSG.missingKey(last)), hint: pick(MSG.missingKeyHint(last, desc)) }];
      }
      if (path.length === 0) return [{ message: pick(MSG.notAPlan), hint: pick(MSG.emptyFileHint) }];
      return [{ message: pick(MSG.expectedType(typeName(issue.expected), typeOfValue(input))), hint: fieldHint(path) }];
    }
    case "too_small":
      if (issue.origin === "string") return [{ message: pick(MSG.emptyString), hint: fieldHint(path) }];
      return [
        {
          message: pick({ vi: `Danh sách cần ít nhất ${String(issue.minimum)} phần tử.`, en: `The list needs at least ${String(issue.minimum)} entries.` }),
          hint: fieldHint(path),
        },
      ];
    case "invalid_format":
      return [formatText(path, input)];
    case "invalid_value":
      return [
        {
          message: pick({ vi: `Giá trị "${String(input)}" không hợp lệ.`, en: `Invalid value "${String(input)}".` }),
          hint: pick({ vi: `Dùng một trong: ${issue.values.join(", ")}.`, en: `Use one of: ${issue.values.join(", ")}.` }),
        },
      ];
    case "custom": {
      const kind = (issue.params as { kind?: string } | undefined)?.kind;
      if (kind === "badBlock") return [{ message: pick(MSG.badBlock), hint: pick(MSG.badBlockHint) }];
      if (kind === "itemTitle")
        return [
          {
            message: pick({ vi: "Một khoản cần đúng một trong hai khóa ten hoặc doan.", en: "An item needs exactly one of the keys ten or doan." }),
            hint: pick({
              vi: "Dùng ten cho khoản có tiêu đề in đậm, doan cho khoản là một đoạn văn.",
              en: "Use ten for an item with a bold title, doan for an item that is one paragraph.",
            }),
          },
        ];
      if (kind === "badDate") return [{ message: pick(MSG.badDate(String(input))), hint: pick(MSG.badDateHint) }];
      if (kind === "impossibleDate") return [{ message: pick(MSG.impossibleDate(String(input))), hint: pick(MSG.impossibleDateHint) }];
      const params = issue.params as { expected?: number; got?: number } | undefined;
      if (kind === "tableWidths")
        return [
          {
            message: pick({ vi: `Cần đúng ${params?.expected} độ rộng, mỗi cột một số.`, en: `Exactly ${params?.expected} widths are needed, one per column.` }),
            hint: pick({ vi: "Ví dụ rong: [10, 50, 20, 20] cho bốn cột.", en: "For example rong: [10, 50, 20, 20] for four columns." }),
          },
        ];
      if (kind === "tableRow")
        return [
          {
            message: pick({ vi: `Dòng có ${params?.got} ô, nhưng bảng có ${params?.expected} cột.`, en: `The row has ${params?.got} cells but the table has ${params?.expected} columns.` }),
            hint: pick({ vi: "Mỗi dòng cần đúng một ô cho mỗi cột; ô trống viết \"\".", en: "Each row needs one cell per column; write \"\" for an empty cell." }),
          },
        ];
      return [{ message: issue.message }];
    }
    default:
      return [{ message: pick({ vi: "Giá trị không hợp lệ.", en: "Invalid value." }) + ` (${typeOfValue(input)})`, hint: fieldHint(path) }];
  }
}

/** The key's own description from the schema, as a hint. */
function fieldHint(path: (string | number)[]): string | undefined {
  const keyIndex = [...path].reverse().findIndex((p) => typeof p === "string");
  if (keyIndex < 0) return undefined;
  const at = path.length - 1 - keyIndex;
  const desc = describeKey(path.slice(0, at), path[at] as string);
  return desc || undefined;
}

function formatText(path: (string | number)[], input: unknown): IssueText {
  const key = [...path].reverse().find((p) => typeof p === "string");
  if (key === "viet_tat") return { message: pick({ vi: `Chữ viết tắt "${String(input)}" không hợp lệ.`, en: `Invalid abbreviation "${String(input)}".` }), hint: pick(MSG.badAbbrev) };
  if (key === "so") return { message: pick(MSG.badNumber(String(input))), hint: pick(MSG.badNumberHint) };
  if (key === "ma")
    return {
      message: pick({ vi: `Mã "${String(input)}" không hợp lệ.`, en: `Invalid id "${String(input)}".` }),
      hint: pick({ vi: "Mã chỉ gồm chữ thường không dấu, số và dấu \"-\" (ví dụ to-chuc-thuc-hien).", en: "An id holds lower-case ASCII letters, digits and \"-\" (e.g. to-chuc-thuc-hien)." }),
    };
  if (path[0] === "bien")
    return {
      message: pick({ vi: `Tên biến "${String(path[1])}" không hợp lệ.`, en: `Invalid variable name "${String(path[1])}".` }),
      hint: pick({ vi: "Tên biến gồm chữ không dấu, số và dấu _ (ví dụ ten_xa).", en: "A variable name holds ASCII letters, digits and _ (e.g. ten_xa)." }),
    };
  return { message: pick({ vi: `Giá trị "${String(input)}" sai định dạng.`, en: `"${String(input)}" is not in the expected form.` }), hint: fieldHint(path) };
}
