import { describe, expect, it } from "vitest";
import { CLEAN, edit, findings, lineCol, where } from "../helpers.js";

const ID = "draft-fields";
const DRAFT = edit(edit(CLEAN, "so: 12\n", ""), "ngay: 2024-04-15", "ngay: 2024-04");

describe("draft-fields", () => {
  it("lets a draft pass without --final", async () => {
    expect(await findings(DRAFT, ID)).toEqual([]);
  });

  it("passes a complete plan with --final", async () => {
    expect(await findings(CLEAN, ID, { final: true })).toEqual([]);
  });

  it("with --final, requires the number (at the start of the plan) and the day (at ngay)", async () => {
    const f = await findings(DRAFT, ID, { final: true });
    expect(f.map(where)).toEqual([lineCol(DRAFT, "co_quan:"), lineCol(DRAFT, "2024-04")]);
    expect(f[0]!.message).toContain("(so)");
    expect(f[1]!.message).toContain("đủ ngày");
  });
});
