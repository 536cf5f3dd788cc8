import { describe, expect, it } from "vitest";
import { CLEAN, edit, findings, lineCol, where } from "../helpers.js";

const ID = "task-recipients";

describe(ID, () => {
  it("passes units named in noi_nhan, in full or abbreviated, and lines that cover every unit", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    const full = edit(CLEAN, '"**Công an xã:** Tăng cường kiểm tra, xử lý vi phạm."', '"**Phòng Lao động - Thương binh và Xã hội:** Hướng dẫn."');
    expect(await findings(full, ID)).toEqual([]);
    const covered = edit(edit(CLEAN, "  - Công an xã\n", ""), "  - Đảng ủy, HĐND xã (b/c)\n", "  - Như mục III\n");
    expect(await findings(covered, ID)).toEqual([]);
  });

  it("reports a unit given tasks but missing from Nơi nhận", async () => {
    const plan = edit(CLEAN, "  - Công an xã\n", "");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "Công an xã:**")]);
    expect(f[0]!.message).toBe("“Công an xã” được giao nhiệm vụ ở mục TỔ CHỨC THỰC HIỆN nhưng không có trong Nơi nhận.");
  });

  it("reads a unit from an item's title without a colon, as the Cẩm Tân plan writes them", async () => {
    const item = (title: string) =>
      edit(CLEAN, '      - doan: "**Công an xã:** Tăng cường kiểm tra, xử lý vi phạm."\n', `      - doan: "**Công an xã:** Tăng cường kiểm tra, xử lý vi phạm."\n      - ten: ${title}\n        noi_dung:\n          - Tuyên truyền về bình đẳng giới.\n`);
    for (const title of ["Trạm Y tế xã", "Các Nhà trường.", "Đề nghị Hội Liên hiệp Phụ nữ xã"]) {
      const plan = item(title);
      const f = await findings(plan, ID);
      const unit = title.replace(/^Đề nghị /, "").replace(/\.$/, "");
      expect(f.map(where), title).toEqual([lineCol(plan, unit)]);
      expect(f[0]!.message).toContain(`“${unit}” được giao nhiệm vụ`);
    }
    // The agency's own staff and office, and a title that is not a unit, are not units to send to.
    for (const title of ["Văn phòng HĐND & UBND", "Công chức Tư pháp – Hộ tịch", "Tuyên truyền, phổ biến"]) {
      expect(await findings(item(title), ID), title).toEqual([]);
    }
  });

  it("sees a task inside a template's neu or lap block, as it sees one in the plan that block makes", async () => {
    const inBlock = (directive: string) =>
      edit(CLEAN, '      - doan: "**Công an xã:** Tăng cường kiểm tra, xử lý vi phạm."\n', `      - doan: "**Công an xã:** Tăng cường kiểm tra, xử lý vi phạm."\n      - ${directive}\n        noi_dung:\n          - doan: "**Trạm Y tế xã:** Truyền thông, tư vấn chăm sóc sức khỏe sinh sản."\n`);
    for (const directive of ["neu: tram_y_te", "lap: thon_lang"]) {
      const plan = inBlock(directive);
      const f = await findings(plan, ID);
      expect(f.map(where), directive).toEqual([lineCol(plan, "Trạm Y tế xã:**")]);
      expect(f[0]!.message).toContain("“Trạm Y tế xã” được giao nhiệm vụ");
    }
  });
});
