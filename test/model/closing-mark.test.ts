// A plan without ket_luan still ends its body with "./." (nd30: every model form does): at the end
// of the last paragraph of the last section. Plans with ket_luan are unchanged (golden tests).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const PLAN = (last: string) => `co_quan:
  ten: ỦY BAN NHÂN DÂN XÃ CẨM TÂN
  viet_tat: UBND
dia_danh: Cẩm Tân
ngay: 2024-04-15
trich_yeu: Thử
muc:
  - ten: MỤC ĐÍCH, YÊU CẦU
    noi_dung:
      - Đoạn một.
  - ten: TỔ CHỨC THỰC HIỆN
    noi_dung:
${last}
noi_nhan: ["Lưu: VT"]
ky:
  chuc_vu: CHỦ TỊCH
  ho_ten: Nguyễn Văn An
`;

function render(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "kehoach-closing-")), "k.yaml");
  writeFileSync(file, text);
  const r = runCli(["render", file, "--format", "txt", "--stdout"]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe("no ket_luan: './.' ends the last paragraph", () => {
  it("after a numbered paragraph without a full stop", () => {
    expect(render(PLAN('      - doan: "**Công an xã:** Tăng cường kiểm tra"'))).toContain("1. Công an xã: Tăng cường kiểm tra./.\n");
  });

  it("replacing the final full stop of a bullet inside an item", () => {
    const out = render(PLAN("      - ten: Công an xã\n        noi_dung:\n          - |\n            - Kiểm tra.\n            - Xử lý vi phạm."));
    expect(out).toContain("- Xử lý vi phạm./.\n");
    expect(out).toContain("- Kiểm tra.\n");
  });
});
