// Issue 13, §5: the right words, never a stack trace. Each case runs the built CLI.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMMUNE_TEMPLATE, filesIn, kehoach, messageProblems } from "../hostile/harness.js";

const PLAN = readFileSync(new URL("../fixtures/full-plan.yaml", import.meta.url), "utf8");
const WORK = mkdtempSync(join(tmpdir(), "kehoach-messages-"));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));
let n = 0;
const fresh = () => {
  const d = join(WORK, String(++n));
  mkdirSync(d);
  return d;
};

describe("messages of issue 13", () => {
  it("a file name with terminal escape sequences is printed escaped", () => {
    const d = fresh();
    const name = "xoa\u001b[2J\u001b]0;pwned\u0007.yaml";
    writeFileSync(join(d, name), "so: [\n");
    const r = kehoach(["render", name], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("\u001b");
    expect(r.stderr).not.toContain("\u0007");
    expect(r.stderr).toContain("xoa\\u001B[2J\\u001B]0;pwned\\u0007.yaml");
    expect(messageProblems(r.stderr)).toEqual([]);
  });

  it("SARIF artifactLocation.uri is percent-encoded", () => {
    const d = fresh();
    mkdirSync(join(d, "Kế hoạch #1"));
    writeFileSync(join(d, "Kế hoạch #1", "xã 50%.yaml"), PLAN.replace(/^noi_nhan:/m, "khoa_la: 1\nnoi_nhan:"));
    const r = kehoach(["check", "Kế hoạch #1", "--format", "sarif"], { cwd: d });
    const sarif = JSON.parse(r.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = sarif.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) expect(uri).toBe("K%E1%BA%BF%20ho%E1%BA%A1ch%20%231/x%C3%A3%2050%25.yaml");
  });

  it(".kehoach.yaml with rules: {__proto__: off} is refused, located", () => {
    const d = fresh();
    writeFileSync(join(d, "p.yaml"), PLAN);
    writeFileSync(join(d, ".kehoach.yaml"), "rules:\n  __proto__: off\n");
    const r = kehoach(["check", "p.yaml"], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.kehoach\.yaml:2:3: lỗi: Tên quy tắc "__proto__" không được dùng/);
  });

  it('new "" is a usage error that says the name is empty', () => {
    const d = fresh();
    const r = kehoach(["new", ""], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Tên tệp trống/);
    expect(filesIn(d)).toEqual([]);
  });

  it("duplicate JSON keys in English are in English", () => {
    const d = fresh();
    writeFileSync(join(d, "mau.yaml"), COMMUNE_TEMPLATE);
    writeFileSync(join(d, "xa.json"), '[{"xa": "A", "xa": "B"}]');
    const r = kehoach(["batch", "mau.yaml", "--data", "xa.json", "--lang", "en"], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/xa\.json:1:14: error: JSON syntax error: the key "xa" is written twice\./);
    expect(r.stderr).not.toMatch(/Lỗi|YAML/);
  });

  it("batch --jobs 2 with a template far larger than a real one renders on one thread, every row written", () => {
    const d = fresh();
    writeFileSync(join(d, "mau.yaml"), `# ${"chú thích ".repeat(40_000)}\n${COMMUNE_TEMPLATE}`);
    writeFileSync(join(d, "xa.csv"), "Xã,Người ký,Ghi chú\nIa Dom,A,x\nYa Ma,B,y\nIa Kênh,C,z\n");
    const r = kehoach(["batch", "mau.yaml", "--data", "xa.csv", "--jobs", "2", "--out", "ra"], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Mẫu lớn \(.*\): dựng trên một luồng thay vì 2 luồng/);
    expect(filesIn(join(d, "ra")).map((f) => f.path)).toEqual(["ia-dom.docx", "ia-kenh.docx", "ya-ma.docx"]);
  });
});
