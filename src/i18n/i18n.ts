// The user's language for every message: Vietnamese by default, English with --lang en. Code
// names messages by id (src/i18n/vi.ts, en.ts) with their parameters; the words are chosen when
// a message is shown (t), never earlier.
import { en } from "./en.js";
import { vi, type MessageId } from "./vi.js";

export type { MessageId };

export const LANGS = ["vi", "en"] as const;
export type Lang = (typeof LANGS)[number];

export const CATALOGUES: Record<Lang, Record<MessageId, string>> = { vi, en };

let current: Lang = "vi";

export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** A parameter: text from the user's files, a number, or another message (shown in the same language). */
export type Param = string | number | Message;
/** Undefined shows as "undefined", as a template literal would: the hostile tests look for it. */
export type Params = Readonly<Record<string, Param | undefined>>;

/** A message to show: its id and its parameters. */
export interface Message {
  readonly id: MessageId;
  readonly params?: Params;
}

export function msg(id: MessageId, params?: Params): Message {
  return params === undefined ? { id } : { id, params };
}

/** The id's ".one" or ".other" form for a count (English says "1 error", "2 errors"). */
export function plural<B extends string>(base: B, n: number): `${B}.${"one" | "other"}` {
  return `${base}.${n === 1 ? "one" : "other"}`;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Control characters in a parameter (a key such as "\u001b[2J" is quoted in a message) are shown
 * as escapes, so a hostile file cannot drive the terminal it is reported on. Tab and line feed stay.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
function visibleControls(s: string): string {
  return s.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/** The message in the current language (or `lang`). */
export function t(m: Message | MessageId, params?: Params, lang: Lang = current): string {
  const { id, params: p } = typeof m === "string" ? { id: m, params } : m;
  const template = CATALOGUES[lang][id];
  if (p === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(p, name)) return whole;
    const v = p[name];
    if (typeof v === "object") return t(v, undefined, lang);
    // Vietnamese writes a decimal number with a comma (13,5 pt).
    if (typeof v === "number" && lang === "vi") return String(v).replace(".", ",");
    return visibleControls(String(v));
  });
}
