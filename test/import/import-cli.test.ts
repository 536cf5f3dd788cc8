// kehoach import as a user runs it: where it writes, what it prints, what it refuses.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli.js";

const REF = join(ROOT, "test/fixtures/reference");
const fresh = () => mkdtempSync(join(tmpdir(), "kehoach-import-cli-"));
const withRef = (dir: string, name: string) => {
  copyFileSync(join(REF, name), join(dir, name));
  return join(dir, name);
};

/** A PDF with one empty page: what a scan without text recognition looks like to a reader. */
const SCANNED_PDF = "%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";

describe("kehoach import", () => {
  it("writes file.yaml beside the input, prints corrections and warnings at file:¶N", () => {
    const dir = fresh();
    const input = withRef(dir, "xa-cam-tan-2024.txt");
    const r = runCli(["import", input]);
    expect(r.code).toBe(0);
    const yaml = readFileSync(join(dir, "xa-cam-tan-2024.yaml"), "utf8");
    expect(yaml).toContain('# sửa: "V. TỔ CHỨC THỰC HIỆN" → "III. TỔ CHỨC THỰC HIỆN"');
    expect(r.stderr).toContain(`${input}:¶33: sửa: "V. TỔ CHỨC THỰC HIỆN" → "III. TỔ CHỨC THỰC HIỆN"`);
    expect(r.stderr).toMatch(/:¶33: cảnh báo: Số thứ tự gõ tay sai: V\. → III\.; kehoach tự đánh số\. \[import\]\n {2}“V\. TỔ CHỨC THỰC HIỆN”/u);
    expect(r.stderr).toContain("cảnh báo: Bản gốc không có tên cơ quan ban hành: để trống (co_quan.ten)");
    expect(r.stderr).toContain(`Đã ghi ${join(dir, "xa-cam-tan-2024.yaml")}`);
    // Same input, same bytes.
    runCli(["import", input]);
    expect(readFileSync(join(dir, "xa-cam-tan-2024.yaml"), "utf8")).toBe(yaml);
  });

  it("-o FILE, --out DIR for several files, --stdout", () => {
    const dir = fresh();
    const a = withRef(dir, "xa-cam-tan-2024.txt");
    const b = withRef(dir, "hoi-lhpn-hoc-mon-2021.txt");
    expect(runCli(["import", a, "-o", join(dir, "khac.yaml")]).code).toBe(0);
    expect(existsSync(join(dir, "khac.yaml"))).toBe(true);
    expect(runCli(["import", a, b, "--out", join(dir, "ra")]).code).toBe(0);
    expect(readdirSync(join(dir, "ra")).sort()).toEqual(["hoi-lhpn-hoc-mon-2021.yaml", "xa-cam-tan-2024.yaml"]);
    const before = readdirSync(dir).sort();
    const out = runCli(["import", b, "--stdout"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^co_quan:\n {2}chu_quan: HỘI LHPN HUYỆN HÓC MÔN$/mu);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it("refuses what it cannot do, in one line, without writing anything", () => {
    const dir = fresh();
    const a = withRef(dir, "xa-cam-tan-2024.txt");
    const r1 = runCli(["import", a, "-o", a]);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toContain("chính là tệp đầu vào: không ghi đè");
    expect(readFileSync(a, "utf8")).toBe(readFileSync(join(REF, "xa-cam-tan-2024.txt"), "utf8"));
    expect(runCli(["import", a, a, "--stdout"]).code).toBe(2);
    expect(runCli(["import", a, "-o", "x.yaml", "--out", dir]).code).toBe(2);

    // Two inputs of the same name into one --out folder: the second is refused, the first kept.
    const sub = join(dir, "b");
    mkdirSync(sub);
    copyFileSync(a, join(sub, "xa-cam-tan-2024.txt"));
    const same = runCli(["import", a, join(sub, "xa-cam-tan-2024.txt"), "--out", join(dir, "ra")]);
    expect(same.code).toBe(1);
    expect(same.stderr).toContain("vừa được ghi từ một tệp vào khác cùng tên");
    expect(existsSync(join(dir, "ra", "xa-cam-tan-2024.yaml"))).toBe(true);

    writeFileSync(join(dir, "scan.pdf"), SCANNED_PDF);
    const scan = runCli(["import", join(dir, "scan.pdf")]);
    expect(scan.code).toBe(1);
    expect(scan.stderr).toContain("không có lớp chữ (có lẽ là bản quét)");
    expect(scan.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, "scan.yaml"))).toBe(false);

    writeFileSync(join(dir, "cu.doc"), "not really a doc");
    const noLo = runCli(["import", join(dir, "cu.doc")], { env: { KEHOACH_SOFFICE: join(dir, "no-such-soffice") } });
    expect(noLo.code).toBe(1);
    expect(noLo.stderr).toContain("libreoffice-writer");
    expect(existsSync(join(dir, "cu.yaml"))).toBe(false);

    writeFileSync(join(dir, "x.xls"), "x");
    expect(runCli(["import", join(dir, "x.xls")]).stderr).toContain("kehoach import nhận .docx, .doc, .odt, .rtf, .pdf và .txt");
    expect(runCli(["import", join(dir, "missing.docx")]).stderr).toContain("Không tìm thấy tệp");
  });

  it("speaks English with --lang en", () => {
    const dir = fresh();
    writeFileSync(join(dir, "scan.pdf"), SCANNED_PDF);
    const r = runCli(["import", join(dir, "scan.pdf"), "--lang", "en"]);
    expect(r.stderr).toContain("has no text layer (probably a scan)");
  });
});
