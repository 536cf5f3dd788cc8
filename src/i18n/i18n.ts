// The user's language for every message: Vietnamese by default, English with --lang en.
export const LANGS = ["vi", "en"] as const;
export type Lang = (typeof LANGS)[number];

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

/** A message in both languages; picked when it is shown. */
export interface Localized {
  vi: string;
  en: string;
}

export function pick(text: Localized): string {
  return text[current];
}
