import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparable, HELPERS, joinList, lowerFirst, toList, truthy, upperFirst } from "../../src/expand/helpers.js";
import { slug } from "../../src/text/slug.js";

const call = (name: keyof typeof HELPERS, ...args: unknown[]) => (HELPERS[name].fn as (...a: unknown[]) => unknown)(...args);

describe("date helpers (nd30 §6: leading zero for days < 10 and months 1–2)", () => {
  it.each([
    ["2024-02-05", "ngày 05 tháng 02 năm 2024", "05/02/2024"],
    ["5/1/2020", "ngày 05 tháng 01 năm 2020", "05/01/2020"],
    ["29/6/2019", "ngày 29 tháng 6 năm 2019", "29/6/2019"],
    ["2022-03-14", "ngày 14 tháng 3 năm 2022", "14/3/2022"],
    ["2024-12-09", "ngày 09 tháng 12 năm 2024", "09/12/2024"],
  ])("%s → %s / %s", (input, long, short) => {
    expect(call("ngay_dai", input)).toBe(long);
    expect(call("ngay_ngan", input)).toBe(short);
  });

  it("a draft date (month only) leaves the day blank", () => {
    expect(call("ngay_dai", "2024-04")).toMatch(/^ngày\s+tháng 4 năm 2024$/);
    expect(call("ngay_ngan", "4/2024")).toBe("4/2024");
  });

  it("a value that is not a date, or a date that does not exist, is refused", () => {
    expect(() => call("ngay_dai", "hôm qua")).toThrow(/not a date/);
    expect(() => call("ngay_ngan", "31/2/2024")).toThrow(/does not exist/);
  });
});

describe("number helpers", () => {
  it("la_ma: Roman numerals", () => {
    expect([1, 4, 9, 14, 40, 90, 400, 1999, 2024].map((n) => call("la_ma", n))).toEqual(["I", "IV", "IX", "XIV", "XL", "XC", "CD", "MCMXCIX", "MMXXIV"]);
    expect(call("la_ma", "7")).toBe("VII");
    expect(() => call("la_ma", 0)).toThrow();
    expect(() => call("la_ma", "bảy")).toThrow();
  });

  it("hai_so: two digits", () => {
    expect([0, 2, 9, 10, 123].map((n) => call("hai_so", n))).toEqual(["00", "02", "09", "10", "123"]);
    expect(call("hai_so", " 7 ")).toBe("07");
    expect(() => call("hai_so", "2.5")).toThrow();
  });
});

describe("Vietnamese case", () => {
  it("in_hoa / in_thuong keep the diacritics", () => {
    expect(call("in_hoa", "Đăk Pơ Pho")).toBe("ĐĂK PƠ PHO");
    expect(call("in_hoa", "SRó")).toBe("SRÓ");
    expect(call("in_hoa", "thị trấn Kông Chro")).toBe("THỊ TRẤN KÔNG CHRO");
    expect(call("in_thuong", "ỦY BAN NHÂN DÂN")).toBe("ủy ban nhân dân");
  });

  it("thuong_dau / hoa_dau change only the first letter", () => {
    expect(lowerFirst("Triển khai công tác tại huyện Kông Chro")).toBe("triển khai công tác tại huyện Kông Chro");
    expect(upperFirst("ủy ban")).toBe("Ủy ban");
    expect(lowerFirst("")).toBe("");
  });
});

describe("slug", () => {
  it.each([
    ["Đăk Pơ Pho", "dak-po-pho"],
    ["Chư Krêy", "chu-krey"],
    ["SRó", "sro"],
    ["Thị trấn Kông Chro", "thi-tran-kong-chro"],
    ["  Ia Dom (mới)  ", "ia-dom-moi"],
    ["../../etc/passwd", "etc-passwd"],
    ["Xã Ia: Grai", "xa-ia-grai"],
  ])("%s → %s", (input, out) => {
    expect(slug(input)).toBe(out);
  });

  it("with another separator: header names", () => {
    expect(slug("Tên xã", "_")).toBe("ten_xa");
    expect(slug("Thôn, làng", "_")).toBe("thon_lang");
  });

  it("always gives lower-case ASCII letters, digits and single inner dashes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (s) => {
        const out = slug(s);
        expect(out).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
      }),
    );
  });
});

describe("lists and truth", () => {
  it("a cell 'Làng A; Làng B' is a list; so is one item per line", () => {
    expect(toList("Làng A; Làng B ;Làng C")).toEqual(["Làng A", "Làng B", "Làng C"]);
    expect(toList("Làng A\nLàng B\r\n")).toEqual(["Làng A", "Làng B"]);
    expect(toList("")).toEqual([]);
    expect(toList(["x", "y"])).toEqual(["x", "y"]);
  });

  it("noi joins a list as running text", () => {
    expect(joinList("Làng A; Làng B; Làng C")).toBe("Làng A, Làng B và Làng C");
    expect(joinList(["Làng A"])).toBe("Làng A");
    expect(joinList(["A", "B"], " - ")).toBe("A - B");
    expect(call("so_luong", "Làng A; Làng B")).toBe("2");
  });

  it("truthy: empty, 0, không, no, false, sai, - are no; a name or a list is yes", () => {
    for (const v of ["", " ", "0", "không", "Không", "KHONG", "no", "false", "sai", "-", 0, false, [], null, undefined]) expect(truthy(v)).toBe(false);
    for (const v of ["có", "x", "X", "1", "yes", "Trường TH Chơ Long", 3, true, ["Làng A"]]) expect(truthy(v)).toBe(true);
  });

  it("bang compares ignoring case and spacing", () => {
    expect(call("bang", " phó  chủ tịch ", "PHÓ CHỦ TỊCH")).toBe(true);
    expect(call("bang", "CHỦ TỊCH", "PHÓ CHỦ TỊCH")).toBe(false);
    expect(comparable("Thi\u0301")).toBe(comparable("thí"));
  });
});
