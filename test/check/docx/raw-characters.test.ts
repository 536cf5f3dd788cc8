// The unicode rule's look at raw characters runs on a Word file's paragraphs as the file holds them:
// a zero-width space, a legacy-font letter or a decomposed diacritic is reported at its ¶N with the
// words around it; clean text and the rule turned off report nothing.
import { describe, expect, it } from "vitest";
import { checkRawCharacters } from "../../../src/check/check-docx.js";
import { DEFAULT_CONFIG } from "../../../src/check/config.js";
import { t } from "../../../src/i18n/i18n.js";
import { readDocx } from "../../../src/read/docx/read-docx.js";
import { p, r, wordFile } from "../../helpers/word-files.js";

const doc = (...texts: string[]) => readDocx("x.docx", wordFile(texts.map((s) => p(r(s))).join("")));

describe("raw characters in a Word file (unicode rule)", () => {
  it("reports a zero-width space at its paragraph, quoting the words around it", () => {
    const found = checkRawCharacters(doc("Tăng cường phòng ngừa", "Tuyên\u200Btruyền pháp luật"), { config: DEFAULT_CONFIG });
    expect(found.map((d) => [d.code, d.paragraph, d.severity])).toEqual([["unicode", 2, "error"]]);
    expect(found[0]!.quote).toContain("Tuyên");
    expect(found[0]!.line).toBe(0);
  });

  it("reports a legacy-font letter and a decomposed diacritic, each at its own paragraph", () => {
    const found = checkRawCharacters(doc("Tăng cƣờng phòng ngừa", "Ta\u0306ng cường"), { config: DEFAULT_CONFIG });
    expect(found.map((d) => d.paragraph)).toEqual([1, 2]);
    expect(t(found[0]!.hint!)).toContain("cường");
  });

  it("finds nothing in clean text, and nothing when the rule is off", () => {
    expect(checkRawCharacters(doc("Tăng cường phòng ngừa"), { config: DEFAULT_CONFIG })).toEqual([]);
    const off = { ...DEFAULT_CONFIG, rules: { ...DEFAULT_CONFIG.rules, unicode: "off" as const } };
    expect(checkRawCharacters(doc("Tuyên\u200Btruyền"), { config: off })).toEqual([]);
  });
});
