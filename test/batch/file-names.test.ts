import { describe, expect, it } from "vitest";
import { checkFileName, collisionKey, withExtension } from "../../src/batch/file-names.js";
import { Progress, progressMode } from "../../src/batch/progress.js";

describe("output file names", () => {
  it.each(["dak-po-pho.docx", "Đăk Pơ Pho.docx", "01-chu-krey.docx", "xa (mới).txt"])("%s is fine", (name) => {
    expect(checkFileName(name)).toEqual({ ok: true });
  });

  it.each([
    ["", "empty"],
    ["../evil.docx", "path"],
    ["..\\evil.docx", "path"],
    ["/etc/passwd.docx", "path"],
    ["a/b.docx", "path"],
    ["C:evil.docx", "char"],
    ["Xã Ia: Grai.docx", "char"],
    ['a"b.docx', "char"],
    ["a?.docx", "char"],
    ["a\u0001.docx", "char"],
    ["..", "dots"],
    ["CON", "reserved"],
    ["con.docx", "reserved"],
    ["NUL.txt", "reserved"],
    ["com1.docx", "reserved"],
    ["LPT9.tar.docx", "reserved"],
    ["xa.docx.", "trailing"],
    ["xa.docx ", "trailing"],
    ["ệ".repeat(90) + ".docx", "long"],
  ])("%j is refused (%s)", (name) => {
    expect(checkFileName(name).ok).toBe(false);
  });

  it("names that one file system would store as one file collide", () => {
    expect(collisionKey("Ia Dom.docx")).toBe(collisionKey("ia dom.DOCX"));
    expect(collisionKey("Đăk.docx")).toBe(collisionKey("đăk.docx"));
    expect(collisionKey("Thi\u0301.docx")).toBe(collisionKey("thí.docx"));
    expect(collisionKey("a.docx")).not.toBe(collisionKey("b.docx"));
  });

  it("the extension is added once", () => {
    expect(withExtension("dak-po-pho", ".docx")).toBe("dak-po-pho.docx");
    expect(withExtension("dak-po-pho.DOCX", ".docx")).toBe("dak-po-pho.DOCX");
    expect(withExtension("x.docx", ".txt")).toBe("x.docx.txt");
  });
});

describe("progress", () => {
  const sink = () => {
    const chunks: string[] = [];
    return { chunks, stream: { write: (s: string) => chunks.push(s), columns: 60 } };
  };

  it("a bar on a terminal, plain lines otherwise or with CI=true", () => {
    expect(progressMode({ isTTY: true }, {})).toBe("bar");
    expect(progressMode({ isTTY: false }, {})).toBe("lines");
    expect(progressMode({ isTTY: true }, { CI: "true" })).toBe("lines");
    expect(progressMode({ isTTY: true }, { CI: "false" })).toBe("bar");
  });

  it("lines mode writes one line per step and nothing else", () => {
    const s = sink();
    const p = new Progress(2, s.stream, "lines");
    p.step("Đã ghi a.docx (1/2)");
    p.note("lỗi ở dòng 3");
    p.step("Đã ghi b.docx (2/2)");
    p.finish();
    expect(s.chunks.join("")).toBe("Đã ghi a.docx (1/2)\nlỗi ở dòng 3\nĐã ghi b.docx (2/2)\n");
  });

  it("bar mode redraws in place and clears the line at the end", () => {
    const s = sink();
    const p = new Progress(2, s.stream, "bar");
    p.step("a.docx");
    p.step("b.docx");
    p.finish();
    const out = s.chunks.join("");
    expect(out).toContain("\r");
    expect(out).toContain("█".repeat(28) + " 2/2");
    expect(out.endsWith("\r\x1b[K")).toBe(true);
  });
});
