import { describe, expect, it } from "vitest";
import { CLEAN, edit, findings, lineCol, where } from "../helpers.js";

const ID = "recipients";
const LIST = '  - Phòng LĐTBXH huyện (b/c)\n  - Đảng ủy, HĐND xã (b/c)\n  - "Lưu: VT, CSXH"\n';
const list = (items: string) => edit(CLEAN, LIST, items);

describe("recipients", () => {
  it("passes a list ending with Lưu: VT, …", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    expect(await findings(list('  - Như trên\n  - "- Lưu: VT, HC (2)."\n'), ID)).toEqual([]);
  });

  it("reports a list without the archive line, at its last item", async () => {
    const plan = list("  - Phòng LĐTBXH huyện (b/c)\n  - Đảng ủy, HĐND xã (b/c)\n");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "Đảng ủy")]);
  });

  it("reports the archive line when it is not last, or malformed (Kông Chro: Lưu VT-UB)", async () => {
    let plan = list('  - "Lưu: VT, CSXH"\n  - Phòng LĐTBXH huyện (b/c)\n');
    expect((await findings(plan, ID)).map(where)).toEqual([lineCol(plan, '"Lưu')]);
    plan = list("  - Phòng LĐTBXH huyện (b/c)\n  - Lưu VT-UB\n");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "Lưu VT-UB")]);
    expect(f[0]!.message).toContain('"Lưu: VT, …"');
  });

  it("reports the line-ending ';' typed before an annotation (Cẩm Tân: Đảng ủy, HĐND; (b/c))", async () => {
    const plan = list('  - Phòng LĐTBXH huyện (b/c)\n  - Đảng ủy, HĐND; (b/c)\n  - Các phòng, ban, ngành; đoàn thể\n  - "Lưu: VT, CSXH"\n');
    expect((await findings(plan, ID)).map(where)).toEqual([lineCol(plan, "; (b/c)")]);
  });
});
