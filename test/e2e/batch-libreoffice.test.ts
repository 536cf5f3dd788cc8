// End to end, batch: the README's batch command (fourteen Kông Chro commune plans) and a handful of
// generated communes (fast-check, fixed seed: names with every kind of Vietnamese letter, both
// signature forms, town or commune, long and odd village lists) go through the built bin, and
// every .docx is converted by LibreOffice in one soffice call. Each PDF must exist, be a real
// PDF with content, and read back (pdftotext) with its commune's name and signer.
// Skips (saying why) only where soffice is absent; in CI (CI=true) a missing soffice fails.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { slug } from "../../src/text/slug.js";
import { loadDataTable } from "../../src/load/load-data-table.js";
import { ROOT } from "../helpers/cli.js";
import { docxProblems, kehoach, messageProblems } from "../hostile/harness.js";

const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
if (!hasSoffice) {
  if (process.env.CI === "true") throw new Error("soffice is missing in CI: .ci/run must install libreoffice-writer");
  console.warn("[e2e] batch skipped: LibreOffice (soffice) is not installed; install libreoffice-writer poppler-utils fonts-liberation2");
}

const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, " ");

/** The README's batch command, as written there, without "npx kehoach" and with --out replaced. */
function readmeBatchArgs(out: string): string[] {
  const line = readFileSync(join(ROOT, "README.md"), "utf8")
    .split("\n")
    .find((l) => l.startsWith("npx kehoach batch templates/xa-kong-chro.yaml "));
  if (!line) throw new Error("README.md no longer shows the batch command");
  const args = line.trim().split(/\s+/).slice(2);
  const k = args.indexOf("--out");
  expect(k, "the README command names --out").toBeGreaterThan(0);
  args[k + 1] = out;
  return args;
}

// ─── Generated communes ──────────────────────────────────────────────────────────────────────

const SYLLABLES = ["Ia", "Đăk", "Pơ", "Pho", "Kông", "Yang", "Chơ", "Long", "Krông", "Năng", "Ea", "H'Leo", "Sơn", "Thủy", "Cẩm", "Tân", "Mường", "Lèo", "Nậm", "Ún", "Quảng", "Điền", "Hưng", "Lộc", "Phước", "Ngọc", "Ỷ", "La", "SRó", "Krêy"];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đinh", "Rơ Mah", "Ksor", "Siu", "Nay", "Đặng", "Vũ"];
const MIDDLE = ["Văn", "Thị", "Đức", "Ngọc", "Hữu", "Thị Thu"];
const GIVEN = ["An", "Bình", "Hlôi", "Yơn", "Hyưk", "Thương", "Nhung", "Ữ", "Hợp", "Khoa", "Blim", "Hlem", "Tới", "Yến", "Quỳnh"];
/** Village names, some with characters XML and CSV must carry as text. */
const VILLAGE = fc.oneof(
  fc.tuple(fc.constantFrom("Làng", "Thôn", "Plei", "Buôn"), fc.constantFrom(...SYLLABLES)).map(([a, b]) => `${a} ${b}`),
  fc.integer({ min: 1, max: 12 }).map((k) => `Tổ dân phố ${k}`),
  fc.constantFrom("Làng “Mới”", "Thôn A & B", "Plei <Ktu>", 'Buôn "Ea Sup"', "Làng Ơ 2024–2025"),
);

const commune = fc.record({
  xa: fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 3 }).map((s) => s.join(" ")),
  loai: fc.constantFrom("xã", "thị trấn"),
  so: fc.integer({ min: 1, max: 99 }),
  // After the district plan (10/3/2022), as a commune plan carrying it out is.
  ngay: fc.tuple(fc.integer({ min: 4, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `${d}/${m}/2022`),
  nguoi_ky: fc.tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN)).map((p) => p.join(" ")),
  chuc_vu: fc.constantFrom("CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
  thon: fc.uniqueArray(VILLAGE, { minLength: 1, maxLength: 8 }),
  tram: fc.constantFrom("có", "không"),
  dia_chi: fc.constantFrom("có", "không"),
});
type Commune = typeof commune extends fc.Arbitrary<infer T> ? T : never;

const GENERATED: Commune[] = fc.sample(commune, { seed: 20_240_415, numRuns: 6 });

/** The generated communes as Excel saves a CSV in a Vietnamese locale: BOM, ";", every cell quoted. */
function generatedCsv(communes: Commune[]): string {
  const q = (s: string | number) => `"${String(s).replace(/"/g, '""')}"`;
  const header = "Xã;Loại;Số;Ngày;Người ký;Chức vụ;Thôn, làng;Trạm y tế;Địa chỉ tin cậy";
  return `\uFEFF${header}\r\n${communes.map((c) => [c.xa, c.loai, c.so, c.ngay, c.nguoi_ky, c.chuc_vu, c.thon.join("; "), c.tram, c.dia_chi].map(q).join(";")).join("\r\n")}\r\n`;
}

// ─── The test ────────────────────────────────────────────────────────────────────────────────

const WORK = mkdtempSync(join(tmpdir(), "kehoach-e2e-batch-"));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe.runIf(hasSoffice)("LibreOffice round trip of batch output", () => {
  it(`converts the README's 14 commune plans and ${GENERATED.length} generated ones to PDF, each with its commune and signer`, async () => {
    // The README command, as an officer types it.
    const readmeOut = join(WORK, "readme");
    const r1 = kehoach(readmeBatchArgs(readmeOut));
    expect(messageProblems(r1.stderr), r1.stderr).toEqual([]);
    expect(r1.code, r1.stderr).toBe(0);
    const table = await loadDataTable(join(ROOT, "templates/xa-kong-chro.csv"));
    const expected = new Map<string, { xa: string; signer: string }>();
    for (const row of table.rows) expected.set(join(readmeOut, `${slug(String(row.values.xa))}.docx`), { xa: String(row.values.xa), signer: String(row.values.nguoi_ky) });
    expect(expected.size).toBe(14);

    // The generated communes, named by their row so that no two share a file.
    const genDir = join(WORK, "generated");
    mkdirSync(genDir);
    writeFileSync(join(genDir, "xa.csv"), generatedCsv(GENERATED));
    const genOut = join(genDir, "ra");
    const r2 = kehoach(["batch", "templates/xa-kong-chro.yaml", "--data", join(genDir, "xa.csv"), "--cap-tren", "plans/huyen-kong-chro-2022.yaml", "--out", genOut, "--name", "xa-{{stt}}"]);
    expect(messageProblems(r2.stderr), r2.stderr).toEqual([]);
    expect(r2.code, `${r2.stderr}\n${generatedCsv(GENERATED)}`).toBe(0);
    GENERATED.forEach((c, i) => expected.set(join(genOut, `xa-${i + 1}.docx`), { xa: c.xa, signer: c.nguoi_ky }));

    const docs = [...expected.keys()];
    expect([...readdirSync(readmeOut).map((f) => join(readmeOut, f)), ...readdirSync(genOut).map((f) => join(genOut, f))].sort()).toEqual([...docs].sort());
    for (const d of docs) expect(docxProblems(readFileSync(d)), d).toEqual([]);

    // One soffice for every file, with a profile of its own.
    const pdfDir = join(WORK, "pdf");
    execFileSync("soffice", [`-env:UserInstallation=file://${join(WORK, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", pdfDir, ...docs], { stdio: "pipe", timeout: 280_000 });
    for (const [docx, want] of expected) {
      const pdf = join(pdfDir, docx.slice(docx.lastIndexOf("/") + 1).replace(/\.docx$/, ".pdf"));
      expect(existsSync(pdf), `${pdf} was not produced from ${docx}`).toBe(true);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString("latin1"), pdf).toBe("%PDF-");
      expect(bytes.length, `${pdf} is too small to hold a plan`).toBeGreaterThan(5000);
      const text = squash(execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }));
      expect(text, docx).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(text, docx).toContain("KẾ HOẠCH");
      expect(text, `${docx}: the commune's name`).toContain(squash(want.xa));
      expect(text, `${docx}: the signer`).toContain(squash(want.signer));
    }
  }, 300_000);
});
