import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigResolver, CONFIG_FILE_NAME, DEFAULT_CONFIG, findConfigFile, loadConfig } from "../../src/check/config.js";
import { InputError } from "../../src/findings/errors.js";
import { lineCol, tmp, where } from "./helpers.js";
import { rendered, type Rendered } from "../helpers/rendered.js";

function writeConfig(text: string, dir = tmp()): string {
  const file = join(dir, CONFIG_FILE_NAME);
  writeFileSync(file, text);
  return file;
}

function configErrors(text: string): { text: string; errors: Rendered[] } {
  try {
    loadConfig(writeConfig(text));
  } catch (e) {
    if (e instanceof InputError) return { text, errors: e.diagnostics.map(rendered) };
    throw e;
  }
  throw new Error("the configuration was accepted");
}

describe("check configuration (.kehoach.yaml)", () => {
  it("reads rule levels and required sections (a title, a list of titles, or ma)", () => {
    const c = loadConfig(
      writeConfig('rules:\n  stale-year: warning\n  spacing-punctuation: off\nrequired_sections:\n  ke-hoach:\n    - "MỤC ĐÍCH, YÊU CẦU"\n    - ma: noi-dung\n      ten: [NỘI DUNG, NHIỆM VỤ]\n    - ma: to-chuc-thuc-hien\n'),
    );
    expect(c.rules).toEqual({ "stale-year": "warning", "spacing-punctuation": "off" });
    expect(c.requiredSections["ke-hoach"]).toEqual([
      { ten: ["MỤC ĐÍCH, YÊU CẦU"] },
      { ma: "noi-dung", ten: ["NỘI DUNG", "NHIỆM VỤ"] },
      { ma: "to-chuc-thuc-hien", ten: [] },
    ]);
  });

  it("treats an empty file as the defaults", () => {
    const c = loadConfig(writeConfig("# nothing yet\n"));
    expect(c.rules).toEqual({});
    expect(c.requiredSections).toEqual(DEFAULT_CONFIG.requiredSections);
  });

  it("reports an unknown rule id at its key, with 'did you mean'", () => {
    const { text, errors } = configErrors("rules:\n  stale-years: warning\n  signature: off\n");
    expect(errors.map(where)).toEqual([lineCol(text, "stale-years"), lineCol(text, "signature")]);
    expect(errors[0]!.message).toBe('Không có quy tắc "stale-years".');
    expect(errors[0]!.hint).toBe('Có phải ý bạn là "stale-year"?');
    expect(errors[0]!.code).toBe("config");
    expect(errors[1]!.hint).toContain("signature-authority");
  });

  it("reports a bad level, an unknown key and an unknown plan type, each located", () => {
    let r = configErrors("rules:\n  stale-year: warn\n");
    expect(r.errors.map(where)).toEqual([lineCol(r.text, "warn")]);
    expect(r.errors[0]!.hint).toContain('"warning"');
    r = configErrors("rule:\n  stale-year: off\n");
    expect(r.errors.map(where)).toEqual(["1:1"]);
    expect(r.errors[0]!.hint).toBe('Có phải ý bạn là "rules"?');
    r = configErrors("required_sections:\n  ke_hoach: [NỘI DUNG]\n");
    expect(r.errors.map(where)).toEqual([lineCol(r.text, "ke_hoach")]);
    expect(r.errors[0]!.hint).toBe('Có phải ý bạn là "ke-hoach"?');
    r = configErrors("required_sections:\n  ke-hoach:\n    - {}\n");
    expect(r.errors.map(where)).toEqual([lineCol(r.text, "{}")]);
  });

  it("is found by walking up from the checked file's folder, else from the cwd", () => {
    const root = tmp();
    const cfg = writeConfig("rules:\n  unicode: off\n", root);
    mkdirSync(join(root, "plans", "2024"), { recursive: true });
    expect(findConfigFile(join(root, "plans", "2024"))).toBe(cfg);
    const outside = tmp();
    const resolver = new ConfigResolver({ cwd: root });
    expect(resolver.forFile(join(root, "plans", "2024", "a.yaml")).rules).toEqual({ unicode: "off" });
    // A plan outside the tree falls back to the cwd's configuration.
    expect(resolver.forFile(join(outside, "b.yaml")).rules).toEqual({ unicode: "off" });
    // --config names one file for all.
    const other = writeConfig("rules:\n  stale-year: off\n");
    expect(new ConfigResolver({ cwd: root, configFile: other }).forFile(join(root, "plans", "a.yaml")).rules).toEqual({ "stale-year": "off" });
  });
});
