import { describe, expect, it } from "vitest";
import { CLEAN, edit, findings, lineCol, where } from "../helpers.js";

const ID = "typed-numbering";

describe("typed-numbering", () => {
  it("passes text that starts with numbers that are not numbering", async () => {
    expect(await findings(CLEAN, ID)).toEqual([]);
    const plan = edit(CLEAN, "Tuyên truyền những nội dung mới", "15 năm thi hành Luật; 01 thôn điểm; tuyên truyền những nội dung mới");
    expect(await findings(plan, ID)).toEqual([]);
  });

  it("reports a Roman numeral typed into a section title, with what would be printed", async () => {
    const plan = edit(CLEAN, "  - ten: TỔ CHỨC THỰC HIỆN", "  - ten: V. TỔ CHỨC THỰC HIỆN");
    const f = await findings(plan, ID);
    expect(f.map(where)).toEqual([lineCol(plan, "V. TỔ")]);
    expect(f[0]!.message).toContain('"III. V. TỔ CHỨC THỰC HIỆN"');
  });

  it("reports typed item numbers, points, and numbers at the start of text-block lines", async () => {
    let plan = edit(CLEAN, "      - ten: Kiểm tra", "      - ten: 2.1 Kiểm tra");
    expect((await findings(plan, ID)).map(where)).toEqual([lineCol(plan, "2.1 Kiểm")]);
    plan = edit(CLEAN, "diem: Kiểm tra việc", "diem: a) Kiểm tra việc");
    expect((await findings(plan, ID)).map(where)).toEqual([lineCol(plan, "a) Kiểm")]);
    plan = edit(CLEAN, "            - Tuyên truyền những", "            3 - Tổ chức tập huấn.\n            - Tuyên truyền những");
    expect((await findings(plan, ID)).map(where)).toEqual([lineCol(plan, "3 - Tổ")]);
  });

  it("reports an item number run into a paragraph (Cẩm Tân: '… giới. 6. Kinh phí thực hiện …')", async () => {
    const plan = edit(CLEAN, "đoàn thể.\n", "đoàn thể. 6. Kinh phí thực hiện Nguồn kinh phí theo quy định.\n");
    expect((await findings(plan, ID)).map(where)).toEqual([lineCol(plan, "6. Kinh")]);
  });
});
