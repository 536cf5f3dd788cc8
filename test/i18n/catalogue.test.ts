// The message catalogues (src/i18n/vi.ts, en.ts): the same ids in both languages, the same
// {parameters} in both versions of a message, and no message that no code names.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.js";
import { vi } from "../../src/i18n/vi.js";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const CATALOGUES = new Set([join(SRC, "i18n", "vi.ts"), join(SRC, "i18n", "en.ts")]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    return statSync(f).isDirectory() ? sourceFiles(f) : /\.ts$/.test(n) ? [f] : [];
  });
}

const placeholders = (template: string) => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

describe("message catalogue", () => {
  it("has every id in both languages", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it("gives both versions of a message the same parameters", () => {
    const differ = Object.keys(vi)
      .filter((id) => placeholders(vi[id as keyof typeof vi]).join() !== placeholders(en[id as keyof typeof en]).join())
      .map((id) => `${id}: vi {${placeholders(vi[id as keyof typeof vi])}} en {${placeholders(en[id as keyof typeof en])}}`);
    expect(differ).toEqual([]);
  });

  it("has no empty message", () => {
    expect(Object.entries({ ...vi }).filter(([id]) => vi[id as keyof typeof vi].trim() === "" || en[id as keyof typeof en].trim() === "").map(([id]) => id)).toEqual([]);
  });

  it("holds only messages the code names (as a string literal)", () => {
    const code = sourceFiles(SRC)
      .filter((f) => !CATALOGUES.has(f))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const unused = Object.keys(vi).filter((id) => !code.includes(`"${id}"`));
    expect(unused).toEqual([]);
  });
});
