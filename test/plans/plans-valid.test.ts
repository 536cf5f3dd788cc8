// Every plan in plans/ is a .yaml file that editors can check against the schema (its first line
// points yaml-language-server at schemas/plan.schema.json) and that renders, without a warning, to
// both .txt and .docx. Only YAML files are plans: the README's first command writes
// plans/xa-cam-tan-2024.docx beside its plan, and a test must not depend on what the user's own
// commands leave in the working tree.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli.js";
import { docxParagraphTexts, docxPart } from "../helpers/docx.js";

const SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/plan.schema.json";
const PLANS_DIR = join(ROOT, "plans");
const files = readdirSync(PLANS_DIR)
  .filter((f) => /\.ya?ml$/i.test(f) && statSync(join(PLANS_DIR, f)).isFile())
  .sort();

const out = mkdtempSync(join(tmpdir(), "kehoach-plans-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("plans/", () => {
  it("holds the three reference plans", () => {
    expect(files).toEqual(expect.arrayContaining(["hoi-lhpn-hoc-mon-2021.yaml", "huyen-kong-chro-2022.yaml", "xa-cam-tan-2024.yaml"]));
  });

  describe.each(files)("%s", (file) => {
    const path = join(PLANS_DIR, file);

    it(`is named .yaml (not .yml) and its first line is the schema line`, () => {
      expect(file).toMatch(/\.yaml$/);
      const first = readFileSync(path, "utf8").split(/\r?\n/)[0];
      expect(first).toBe(SCHEMA_LINE);
    });

    it("renders to .txt (exit 0, no warnings)", () => {
      const r = runCli(["render", path, "--format", "txt", "--stdout"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("\nKẾ HOẠCH\n");
    });

    it("renders to .docx (exit 0)", () => {
      const target = join(out, file.replace(/\.ya?ml$/, ".docx"));
      const r = runCli(["render", path, "-o", target]);
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(target)).toBe(true);
      const bytes = readFileSync(target);
      expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
      expect(docxParagraphTexts(docxPart(bytes, "word/document.xml"))).toContain("KẾ HOẠCH");
    });
  });
});
