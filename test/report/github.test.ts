import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, formatGithub, githubCommand } from "../../src/report/github.js";
import { CWD, DIAGNOSTICS, report, text } from "./sample-report.js";

describe("github reporter", () => {
  it("escapes % CR LF in messages, and also : , in properties, as GitHub's toolkit does", () => {
    expect(escapeData("50% a\r\nb: c, d")).toBe("50%25 a%0D%0Ab: c, d");
    expect(escapeProperty("50% a\r\nb: c, d")).toBe("50%25 a%0D%0Ab%3A c%2C d");
  });

  it("writes one workflow command per diagnostic, at file, line and column", () => {
    expect(githubCommand(DIAGNOSTICS[0]!, CWD)).toBe(
      "::error file=plans/xa-cam-tan.yaml,line=12,col=7,title=kehoach (typed-numbering)::Số thứ tự \"V.\" được gõ tay, 100%25 sai: xem lại%0A→ Xóa \"V.\"%0Akehoach tự đánh số.",
    );
    expect(githubCommand(DIAGNOSTICS[1]!, CWD)).toBe("::warning file=plans/b.yaml,line=3,col=5,title=kehoach (spacing-punctuation)::Hai dấu cách liền nhau.");
  });

  it("omits line and column for a problem with the whole file, and ends with a summary", () => {
    const out = formatGithub(report([{ severity: "error", file: "plans/d.yaml", line: 0, column: 0, message: text("Tệp trống."), code: "input" }]));
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toBe("::error file=plans/d.yaml,title=kehoach (input)::Tệp trống.");
    expect(lines[1]).toContain("1 lỗi");
  });
});
