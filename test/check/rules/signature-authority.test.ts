import { describe, expect, it } from "vitest";
import { CLEAN, edit, findings, lineCol, lineColAfter, where } from "../helpers.js";

const ID = "signature-authority";
const KY = "ky:\n  tm: ỦY BAN NHÂN DÂN\n  kt: CHỦ TỊCH\n  chuc_vu: PHÓ CHỦ TỊCH\n  ho_ten: Hoàng Thị Hợp\n";
const sign = (lines: string) => edit(CLEAN, KY, `ky:\n${lines}`);

describe("signature-authority", () => {
  it("passes the nd30 §7 stackings", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    for (const ok of [
      "  tm: ỦY BAN NHÂN DÂN\n  chuc_vu: CHỦ TỊCH\n  ho_ten: Nguyễn Văn A\n",
      "  kt: BỘ TRƯỞNG\n  chuc_vu: THỨ TRƯỞNG\n  ho_ten: Nguyễn Văn A\n",
      "  tl: CHỦ TỊCH\n  chuc_vu: CHÁNH VĂN PHÒNG\n  ho_ten: Nguyễn Văn A\n",
      "  q: GIÁM ĐỐC\n  chuc_vu: PHÓ GIÁM ĐỐC\n  ho_ten: Nguyễn Văn A\n",
      "  tm: BAN THƯỜNG VỤ\n  chuc_vu: PHÓ CHỦ TỊCH\n  ho_ten: Nguyễn Thùy Linh\n",
      "  chuc_vu: CHỦ TỊCH\n  ho_ten: Nguyễn Văn A\n",
    ]) {
      expect(await findings(sign(ok), ID), ok).toEqual([]);
    }
  });

  it("reports TM. before a title, and a deputy signing without KT.", async () => {
    const plan = sign("  tm: CHỦ TỊCH\n  chuc_vu: PHÓ CHỦ TỊCH\n  ho_ten: Hoàng Thị Hợp\n");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineColAfter(plan, "tm: "), lineCol(plan, "PHÓ CHỦ TỊCH")]);
    expect(f[0]!.message).toContain("TM.");
    expect(f[1]!.message).toContain("KT.");
  });

  it("reports KT. before the deputy's own title, and KT. with the head signing", async () => {
    let plan = sign("  tm: ỦY BAN NHÂN DÂN\n  kt: PHÓ CHỦ TỊCH\n  chuc_vu: PHÓ CHỦ TỊCH\n  ho_ten: Hoàng Thị Hợp\n");
    expect((await findings(plan, ID)).map(where)).toEqual([lineCol(plan, "PHÓ CHỦ TỊCH")]);
    plan = sign("  tm: ỦY BAN NHÂN DÂN\n  kt: CHỦ TỊCH\n  chuc_vu: CHỦ TỊCH\n  ho_ten: Hoàng Thị Hợp\n");
    expect((await findings(plan, ID)).map(where)).toEqual([lineColAfter(plan, "chuc_vu: ")]);
  });

  it("reports KT. before a collective, two authorities, and a typed prefix (Cẩm Tân: KT.CHỦ TỊCH)", async () => {
    let plan = sign("  kt: ỦY BAN NHÂN DÂN\n  chuc_vu: PHÓ CHỦ TỊCH\n  ho_ten: Hoàng Thị Hợp\n");
    expect((await findings(plan, ID)).map((d) => d.message)).toEqual(['"KT." đứng trước chức vụ người đứng đầu, không đứng trước tên tập thể ("KT. ỦY BAN NHÂN DÂN").']);
    plan = sign("  kt: CHỦ TỊCH\n  tl: CHỦ TỊCH\n  chuc_vu: PHÓ CHỦ TỊCH\n  ho_ten: Hoàng Thị Hợp\n");
    expect((await findings(plan, ID)).map(where)).toEqual([lineColAfter(plan, "tl: ")]);
    plan = sign("  tm: ỦY BAN NHÂN DÂN\n  kt: KT.CHỦ TỊCH\n  chuc_vu: PHÓ CHỦ TỊCH\n  ho_ten: Hoàng Thị Hợp\n");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "KT.CHỦ")]);
    expect(f[0]!.hint).toBe("Viết kt: CHỦ TỊCH");
  });

  it("reports an academic title before the name", async () => {
    const plan = edit(CLEAN, "ho_ten: Hoàng Thị Hợp", "ho_ten: ThS. Hoàng Thị Hợp");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "ThS.")]);
    expect(f[0]!.hint).toBe("Viết ho_ten: Hoàng Thị Hợp");
    const both = edit(CLEAN, "ho_ten: Hoàng Thị Hợp", "ho_ten: PGS.TS. Hoàng Thị Hợp");
    expect((await findings(both, ID)).map((d) => d.hint)).toEqual(["Viết ho_ten: Hoàng Thị Hợp"]);
  });
});
