// End to end: every example plan renders to a .docx that LibreOffice converts to PDF, and the PDF
// has the header, every Roman heading and the signer's name. Skips (saying why) only where
// soffice is absent; .ci/run installs it, so in CI this always runs.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPlanFile } from "../../src/pipeline.js";

const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
if (!hasSoffice) {
  if (process.env.CI === "true") throw new Error("soffice is missing in CI: .ci/run must install libreoffice-writer");
  console.warn("[e2e] skipped: LibreOffice (soffice) is not installed; install libreoffice-writer poppler-utils fonts-liberation2");
}

const plans = [...readdirSync("plans").filter((f) => f.endsWith(".yaml")).map((f) => join("plans", f)), "test/fixtures/full-plan.yaml"];
const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, " ");

describe.runIf(hasSoffice)("LibreOffice round trip", () => {
  it(`converts ${plans.length} plans to PDF with header, headings and signer`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-e2e-"));
    const expected = new Map<string, { headings: string[]; name: string }>();
    for (const plan of plans) {
      const r = await renderPlanFile(plan, "docx");
      const file = join(dir, basename(plan, ".yaml") + ".docx");
      writeFileSync(file, r.output);
      expected.set(file, { headings: r.document.sections.map((s) => s.heading), name: r.document.signature.name });
    }
    const docs = [...expected.keys()];
    execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...docs], { stdio: "pipe", timeout: 240_000 });
    for (const [docx, want] of expected) {
      const pdf = docx.replace(/\.docx$/, ".pdf");
      expect(existsSync(pdf), `${pdf} was not produced`).toBe(true);
      const text = squash(execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }));
      expect(text, docx).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(text, docx).toContain("Độc lập - Tự do - Hạnh phúc");
      expect(text, docx).toContain("KẾ HOẠCH");
      for (const h of want.headings) expect(text, `${docx}: ${h}`).toContain(squash(h));
      expect(text, docx).toContain(want.name);
      // Page 1 carries no page number; the PDF must not be a single blank page either.
      expect(readFileSync(pdf).length).toBeGreaterThan(5000);
    }
  }, 300_000);
});
