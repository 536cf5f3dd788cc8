// number-format: the forms issue 11 adds — a thousands dot, a symbol with only the type, a space
// after the hyphen — and the fix each finding carries.
import { describe, expect, it } from "vitest";
import { findings, lineCol, where, say } from "../helpers.js";

const ID = "number-format";

describe("number-format: thousands dot, type-only symbol, spaced hyphen", () => {
  it("reports 1.696/QĐ-TTg (the number is written as plain digits)", async () => {
    const plan = say("Thực hiện Quyết định số 1.696/QĐ-TTg ngày 23/9/2020 của Thủ tướng Chính phủ.");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "1.696/QĐ-TTg")]);
    expect(f[0]!.message).toContain("dấu chấm phân cách hàng nghìn");
    expect(await findings(say("Thực hiện Quyết định số 1696/QĐ-TTg ngày 23/9/2020 của Thủ tướng Chính phủ."), ID)).toEqual([]);
  });

  it("reports 548/KH without the issuer, and 548/KH- UBND", async () => {
    const a = say("Thực hiện Kế hoạch số 548/KH ngày 23/2/2024 của UBND tỉnh.");
    expect((await findings(a, ID)).map(where)).toEqual([lineCol(a, "548/KH")]);
    const b = say("Thực hiện Kế hoạch số 548/KH- UBND ngày 23/2/2024 của UBND tỉnh.");
    const f = await findings(b, ID);
    expect(f.map(where)).toEqual([lineCol(b, "548/KH- UBND")]);
    expect(f[0]!.hint).toContain("548/KH-UBND");
  });
});
