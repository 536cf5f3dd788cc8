import { describe, expect, it } from "vitest";
import { CLEAN, edit, findings, lineCol, where } from "../helpers.js";

const ID = "number-format";
const CITE = "Thực hiện Kế hoạch số 70/KH-UBND ngày 15/3/2024";
const cite = (text: string) => edit(CLEAN, CITE, `Thực hiện ${text}`);

describe("number-format", () => {
  it("passes well-formed numbers: state, legal and Party documents", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    for (const ok of ["Nghị định số 30/2020/NĐ-CP ngày 05/3/2020", "Chỉ thị số 21-CT/TW ngày 20/01/2018", "Quyết định số 3877/QĐ-UBND ngày 10/11/2022", "Luật số 73/2006/QH11", "Công văn số 125/UBND-VX ngày 02/02/2024", "Chương trình số 05/CTr-UBND ngày 05/01/2024"]) {
      expect(await findings(cite(ok), ID), ok).toEqual([]);
    }
  });

  it("reports a symbol without its hyphen (Cẩm Tân: 63/KHUBND), pointing at the number", async () => {
    const plan = cite("Kế hoạch số 63/KHUBND ngày 15/3/2021");
    const f = await findings(plan, ID);
    expect(f).toHaveLength(1);
    expect(where(f[0]!)).toBe(lineCol(plan, "63/KHUBND"));
    expect(f[0]!.hint).toBe("Viết: 63/KH-UBND");
  });

  it("reports stray spaces around the slash (Cẩm Tân: 3877/ QĐ-UBND)", async () => {
    const plan = cite("Quyết định 3877/ QĐ-UBND ngày 10/11/2022");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "3877/ QĐ")]);
    expect(f[0]!.message).toContain('"3877/ QĐ-UBND"');
    expect(f[0]!.hint).toBe("Viết: 3877/QĐ-UBND");
  });

  it("reports a kế hoạch number without KH-, a wrong type, lower case, and a Party number with '/'", async () => {
    const plan = cite("Kế hoạch số 12/UBND, Kế hoạch số 13/QĐ-UBND, Kế hoạch số 14/kh-ubnd và Chỉ thị số 05/CT/TW");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "12/UBND"), lineCol(plan, "13/QĐ"), lineCol(plan, "14/kh"), lineCol(plan, "05/CT/TW")]);
    expect(f[0]!.hint).toBe("Viết: 12/KH-UBND");
    expect(f[1]!.message).toContain("bắt đầu bằng QĐ");
    expect(f[2]!.hint).toBe("Viết: 14/KH-UBND");
    expect(f[3]!.hint).toBe("Viết: 05-CT/TW");
  });

  it("reports a type abbreviation typed into viet_tat (the number would print KH-KH-UBND)", async () => {
    const plan = edit(CLEAN, "viet_tat: UBND", "viet_tat: KH-UBND");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "KH-UBND")]);
    expect(f[0]!.message).toContain("Số: 12/KH-KH-UBND");
  });

  it("does not read periods ('Kế hoạch 2021-2025') as numbers", async () => {
    expect(await findings(cite("Kế hoạch 2021-2025 của huyện"), ID)).toEqual([]);
  });
});
