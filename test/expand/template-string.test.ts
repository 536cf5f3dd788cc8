import { describe, expect, it } from "vitest";
import { protectValue } from "../../src/text/stand-ins.js";
import { checkTemplate, renderTemplate, templateNames } from "../../src/expand/template-string.js";

const ctx = { xa: "Đăk Pơ Pho", loai: "xã", trong: "", thon: "Làng A; Làng B", ngay: "5/2/2024", chuc_vu: "PHÓ CHỦ TỊCH", cap_tren: { so_ky_hieu: "62/KH-UBND" } };
const kinds = (s: string, c: Record<string, unknown> = ctx) => checkTemplate(s, c).map((p) => `${p.kind}:${p.name}`);
const render = (s: string, c: Record<string, unknown> = ctx) => {
  expect(checkTemplate(s, c)).toEqual([]);
  const r = renderTemplate(s, c, protectValue);
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.text;
};

describe("checkTemplate: strict", () => {
  it("every missing name, all at once, with its place in the string", () => {
    const problems = checkTemplate("Xã {{xa}} — {{ten_xa}}\nngày {{ngay_ky}}", ctx);
    expect(problems.map((p) => [p.kind, p.name, p.line, p.column, p.text])).toEqual([
      ["missing", "ten_xa", 1, 14, "ten_xa"],
      ["missing", "ngay_ky", 2, 7, "ngay_ky"],
    ]);
  });

  it("an empty value counts as missing in text, but not as a condition", () => {
    expect(kinds("{{trong}}")).toEqual(["missing:trong"]);
    expect(kinds("{{in_hoa trong}}")).toEqual(["missing:trong"]);
    expect(kinds("{{#neu trong}}có{{/neu}}")).toEqual([]);
    expect(kinds("{{#neu khong_co}}có{{/neu}}")).toEqual(["missing:khong_co"]);
  });

  it("dotted names are checked part by part", () => {
    expect(kinds("{{cap_tren.so_ky_hieu}}")).toEqual([]);
    expect(kinds("{{cap_tren.ngay}}")).toEqual(["missing:cap_tren.ngay"]);
  });

  it("unknown helpers and Handlebars' own context helpers are refused", () => {
    expect(kinds("{{viet_hoa xa}}")).toEqual(["helper:viet_hoa"]);
    expect(kinds('{{lookup this "xa"}}')).toEqual(["helper:lookup"]);
    expect(kinds("{{#each thon}}{{this}}{{/each}}")).toEqual(["helper:each"]);
    expect(kinds("{{#with cap_tren}}{{so_ky_hieu}}{{/with}}")).toEqual(["helper:with"]);
    expect(kinds("{{> phan}}")).toEqual(["helper:>"]);
  });

  it("no prototype access, however it is written", () => {
    expect(kinds("{{constructor.constructor}}")).toEqual(["forbidden:constructor"]);
    expect(kinds("{{xa.__proto__}}")).toEqual(["forbidden:__proto__"]);
    expect(kinds("{{@root.constructor}}")).toEqual(["forbidden:constructor"]);
    expect(kinds('{{lookup this "__proto__"}}')).toContain("helper:lookup");
    expect(kinds('{{in_hoa "__proto__"}}')).toEqual(["forbidden:__proto__"]);
    expect(kinds("{{toString}}")).toEqual(["missing:toString"]);
    expect(kinds("{{xa.length}}")).toEqual(["missing:xa.length"]);
  });

  it("helpers need the right number of values; blocks are blocks", () => {
    expect(kinds("{{ngay_dai}}")).toEqual(["syntax:"]);
    expect(kinds("{{bang xa}}")).toEqual(["syntax:"]);
    expect(kinds("{{neu xa}}")).toEqual(["syntax:"]);
    expect(kinds("{{{xa}}}")).toEqual(["syntax:"]);
  });

  it("a syntax error points at its {{", () => {
    const [p] = checkTemplate("Xã {{xa}} và {{loai", ctx);
    expect(p?.kind).toBe("syntax");
    expect(p?.column).toBe(13);
  });
});

describe("renderTemplate", () => {
  it("fills names, helpers, sub-expressions and blocks", () => {
    expect(render("ỦY BAN NHÂN DÂN {{in_hoa loai}} {{in_hoa xa}}")).toBe("ỦY BAN NHÂN DÂN XÃ ĐĂK PƠ PHO");
    expect(render("{{ngay_dai ngay}}")).toBe("ngày 05 tháng 02 năm 2024");
    expect(render("{{#neu (bang chuc_vu 'PHÓ CHỦ TỊCH')}}KT. CHỦ TỊCH{{else}}CHỦ TỊCH{{/neu}}")).toBe("KT. CHỦ TỊCH");
    expect(render("{{#unless trong}}trống{{/unless}}")).toBe("trống");
    expect(render("{{noi thon}}")).toBe("Làng A và Làng B");
    expect(render("{{! ghi chú }}{{xa}}")).toBe("Đăk Pơ Pho");
    expect(render("\\{{xa}}")).toBe("{{xa}}");
  });

  it("each value goes through the protection, also after a helper", () => {
    const c = { v: "- **đậm**\nxuống dòng" };
    const text = render("{{v}} / {{in_hoa v}}", c);
    expect(text).not.toContain("*");
    expect(text).not.toContain("\n");
    expect(text.startsWith("-")).toBe(false);
  });

  it("a helper's complaint is located at its {{…}}", () => {
    const r = renderTemplate("Ngày: {{ngay_dai ngay}}", { ngay: "31/2/2024" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.problem.kind, r.problem.name, r.problem.column, r.problem.text]).toEqual(["value", "ngay_dai", 6, "{{ngay_dai ngay}}"]);
  });

  it("a value holding {{…}} is not expanded again", () => {
    expect(render("{{xa}}", { xa: "{{constructor}}" })).toBe("{{constructor}}");
  });
});

it("templateNames lists the variables a string reads", () => {
  expect(templateNames("{{in_hoa xa}} {{cap_tren.ngay}} {{#neu tram}}x{{/neu}}").sort()).toEqual(["cap_tren", "tram", "xa"]);
});
