// The three reference texts import to plans whose rendered text keeps at least 98 % of their
// sentences, unchanged and in order, with the same sections and items as the hand-made plans in
// plans/. Header fields a reference lacks (Kông Chro has no header at all) are taken from the
// hand-made plan before rendering, as the officer would fill them in.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { recognizePlan, type ImportedPlan } from "../../src/import/recognize.js";
import { writePlanYaml } from "../../src/import/write-yaml.js";
import { readTxt } from "../../src/read/txt/read-txt.js";
import type { Block } from "../../src/validate/plan-schema.js";
import { ROOT, runCli } from "../helpers/cli.js";

const CASES = [
  ["xa-cam-tan-2024.txt", "xa-cam-tan-2024.yaml"],
  ["huyen-kong-chro-2022.txt", "huyen-kong-chro-2022.yaml"],
  ["hoi-lhpn-hoc-mon-2021.txt", "hoi-lhpn-hoc-mon-2021.yaml"],
] as const;

const norm = (s: string) =>
  s
    .normalize("NFC")
    .replace(/\*/g, "")
    .replace(/^\s*(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|[-–+•])\s+/u, "")
    .replace(/\s+/g, " ")
    .trim();

function sentences(text: string): string[] {
  const k = text.indexOf("KẾ HOẠCH");
  return text
    .slice(k)
    .split(/\n/)
    .map(norm)
    .flatMap((l) => l.split(/(?<=[.;])\s+/u))
    .map(norm)
    .filter((s) => s.length > 0);
}

/** The reference with the importer's own reported corrections applied (each "old" once). */
function corrected(text: string, corrections: { old: string; new: string }[]): string {
  let out = text.normalize("NFC");
  for (const c of corrections) if (c.old && out.includes(c.old)) out = out.replace(c.old, () => c.new);
  return out;
}

/** Share of the reference's sentences found, in order, in the output. */
function keptInOrder(reference: string[], output: string): number {
  const hay = output.split("\n").map(norm).join("\n");
  let at = 0;
  let kept = 0;
  for (const s of reference) {
    const i = hay.indexOf(s, at);
    if (i >= 0) {
      kept++;
      at = i + s.length;
    }
  }
  return kept / reference.length;
}

/** The item tree's shape: for each section, the items and their sub-items counted. */
function shape(plan: { muc: { noi_dung?: Block[] }[] }): string[] {
  const items = (blocks: Block[] | undefined): string =>
    (blocks ?? [])
      .filter((b): b is { ten?: string; doan?: string; noi_dung?: Block[] } => typeof b === "object" && ("ten" in b || "doan" in b))
      .map((b) => `(${items(b.noi_dung)})`)
      .join("");
  return plan.muc.map((m) => items(m.noi_dung));
}

describe.each(CASES)("import of reference %s", (txt, yamlFile) => {
  const text = readFileSync(join(ROOT, "test/fixtures/reference", txt), "utf8");
  const handMade = parse(readFileSync(join(ROOT, "plans", yamlFile), "utf8")) as ImportedPlan & { muc: { noi_dung?: Block[] }[] };
  const r = recognizePlan(readTxt(txt, text));

  it("has the hand-made plan's sections and items", () => {
    expect(r.plan.muc.map((m) => m.ten)).toEqual(handMade.muc.map((m) => m.ten));
    expect(shape(r.plan)).toEqual(shape(handMade));
  });

  it("writes YAML that renders keeping ≥ 98 % of the sentences in order", () => {
    const yaml = writePlanYaml(r, txt);
    const plan = parse(yaml) as ImportedPlan;
    // Fill what the reference does not carry, as the officer would.
    plan.co_quan = { ...handMade.co_quan, ...plan.co_quan };
    plan.dia_danh ??= handMade.dia_danh;
    plan.ngay ??= handMade.ngay;
    if (plan.so === undefined && handMade.so !== undefined) plan.so = handMade.so;
    const dir = mkdtempSync(join(tmpdir(), "kehoach-import-"));
    const file = join(dir, "plan.json");
    writeFileSync(file, JSON.stringify(plan));
    const out = runCli(["render", file, "--format", "txt", "--stdout"]);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    // Sentences the importer reported changing are compared as corrected; all others unchanged.
    const share = keptInOrder(sentences(corrected(text, r.corrections)), out.stdout);
    expect(share).toBeGreaterThanOrEqual(0.98);
  });

  it("puts every paragraph of the input somewhere in the plan (or drops only what kehoach adds itself)", () => {
    const doc = readTxt(txt, text);
    const placed = new Set(r.places.map((p) => p.paragraph));
    const addedByKehoach = /^(?:KẾ HOẠCH|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc|[-_=–—.…*\s]{3,})$/u;
    const lost = doc.blocks.filter((b) => b.kind === "paragraph" && b.text.trim() !== "" && !addedByKehoach.test(b.text.trim()) && !placed.has(b.index));
    expect(lost).toEqual([]);
  });

  it("notes every correction in the # sửa format, and only those", () => {
    const yaml = writePlanYaml(r, txt);
    const notes = yaml.split("\n").filter((l) => /^\s*# sửa:/.test(l));
    expect(notes.length).toBe(r.corrections.length);
    for (const n of notes) expect(n).toMatch(/^\s*# sửa: "(?:[^"\\]|\\.)*" → "(?:[^"\\]|\\.)*" \(.+\)$/u);
    expect(writePlanYaml(recognizePlan(readTxt(txt, text)), txt)).toBe(yaml);
  });
});

describe("what the references show", () => {
  const imp = (txt: string) => recognizePlan(readTxt(txt, readFileSync(join(ROOT, "test/fixtures/reference", txt), "utf8")));

  it("Cẩm Tân: draft number and day, page numbers inside sentences, the II → V jump, KT.CHỦ TỊCH", () => {
    const r = imp("xa-cam-tan-2024.txt");
    expect(r.plan.so).toBeUndefined();
    expect(r.plan.ngay).toBe("2024-04");
    expect(r.plan.co_quan?.viet_tat).toBe("UBND");
    expect(r.plan.ky).toEqual({ kt: "CHỦ TỊCH", chuc_vu: "PHÓ CHỦ TỊCH", ho_ten: "Hoàng Thị Hợp" });
    const pages = r.corrections.filter((c) => c.reason === "import.reason.pageNumber").map((c) => c.params?.page);
    expect(pages).toEqual([2, 3, 4]);
    expect(r.corrections.some((c) => c.reason === "import.reason.romanSkip" && c.old.startsWith("V. TỔ CHỨC"))).toBe(true);
    expect(r.findings.some((f) => f.id === "import.missing.field" && f.params.key === "co_quan.ten")).toBe(true);
  });

  it("Kông Chro: bold lead-ins, the 7 → 9 item jump, two sections V, the header missing", () => {
    const r = imp("huyen-kong-chro-2022.txt");
    const first = r.plan.muc[0]!.noi_dung![0] as { doan: string };
    expect(first.doan).toMatch(/^\*\*Đẩy mạnh công tác tuyên truyền\*\* nhằm/u);
    const items = r.corrections.filter((c) => c.reason === "import.reason.itemSkip");
    expect(items[0]!.old).toMatch(/^9\. Công an huyện/u);
    expect(items[0]!.new).toMatch(/^8\. Công an huyện/u);
    expect(r.corrections.some((c) => c.reason === "import.reason.romanRepeat")).toBe(true);
    const missing = r.findings.filter((f) => f.id === "import.missing.field").map((f) => f.params.key);
    expect(missing).toEqual(["co_quan.ten", "co_quan.viet_tat", "dia_danh", "ngay"]);
    expect(r.plan.ket_luan).toMatch(/kịp thời phản ánh bằng Văn bản/u);
    expect(String(r.plan.ket_luan)).not.toMatch(/\.\/\.$/);
  });

  it("Hóc Môn: two-line agency, number 02, sub-items 2.1–2.3, recipients without their marks", () => {
    const r = imp("hoi-lhpn-hoc-mon-2021.txt");
    expect(r.plan.co_quan).toEqual({ chu_quan: "HỘI LHPN HUYỆN HÓC MÔN", ten: "BAN THƯỜNG VỤ", viet_tat: "BTV" });
    expect(r.plan.so).toBe(2);
    expect(r.plan.dia_danh).toBe("Hóc Môn");
    expect(r.plan.ngay).toBe("2021-11-18");
    expect(r.plan.noi_nhan?.at(-1)).toBe("Lưu: VT");
    expect(r.plan.ky).toEqual({ tm: "BAN THƯỜNG VỤ", chuc_vu: "PHÓ CHỦ TỊCH", ho_ten: "Nguyễn Thùy Linh" });
    expect(r.findings.filter((f) => f.id === "import.numbering")).toEqual([]);
  });
});
