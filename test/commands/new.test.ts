// kehoach new: a starter plan / commune template that renders as written and never overwrites.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE, schemaReference, starterText } from "../../src/commands/new-action.js";
import { ROOT, runCli } from "../helpers/cli.js";

const tmp = () => mkdtempSync(join(tmpdir(), "kehoach-new-"));
const PARENT = join(ROOT, "test/batch/fixtures/huyen-kong-chro-2022.yaml");

describe("kehoach new", () => {
  it("writes a starter plan with every usual section, which renders without a warning", () => {
    const dir = tmp();
    const r = runCli(["new"], { cwd: dir });
    expect(r.code).toBe(0);
    const file = join(dir, "ke-hoach.yaml");
    const text = readFileSync(file, "utf8");
    // A path relative to the new file, never this computer's installation folder.
    const ref = /^# yaml-language-server: \$schema=(.+)$/.exec(text.split("\n")[0]!)?.[1];
    expect(ref).toBe(relative(dir, SCHEMA_FILE).split("\\").join("/"));
    expect(isAbsolute(ref!)).toBe(false);
    expect(resolve(dir, ref!)).toBe(SCHEMA_FILE);
    expect(existsSync(SCHEMA_FILE)).toBe(true);
    const plan = parse(text) as { muc: { ten: string }[]; ngay: string };
    expect(plan.muc.map((m) => m.ten)).toEqual(["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN", "KINH PHÍ THỰC HIỆN", "CHẾ ĐỘ BÁO CÁO"]);
    const now = new Date();
    expect(plan.ngay).toBe(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`);
    // a Vietnamese comment explains the keys
    expect(text).toMatch(/^co_quan:/m);
    expect(text).toMatch(/# .*chữ viết tắt/i);
    const rendered = runCli(["render", file, "--format", "txt", "--stdout"], { cwd: dir });
    expect(rendered.stderr).toBe("");
    expect(rendered.code).toBe(0);
    expect(rendered.stdout).toContain("I. MỤC ĐÍCH, YÊU CẦU");
    expect(rendered.stdout).toContain("V. CHẾ ĐỘ BÁO CÁO");
    expect(runCli(["render", file], { cwd: dir }).code).toBe(0);
  });

  it("refuses to overwrite an existing file", () => {
    const dir = tmp();
    const file = join(dir, "ke-hoach.yaml");
    writeFileSync(file, "của tôi\n");
    const r = runCli(["new", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/đã có; kehoach new không ghi đè/);
    expect(readFileSync(file, "utf8")).toBe("của tôi\n");
  });

  it("--mau xa writes a commune template that renders as written and runs as a batch", () => {
    const dir = tmp();
    const tpl = join(dir, "sub", "mau-xa.yaml");
    expect(runCli(["new", tpl, "--mau", "xa"]).code).toBe(0);
    const text = readFileSync(tpl, "utf8");
    expect(text).toMatch(/- neu: tram_y_te/);
    expect(text).toMatch(/- lap: thon/);
    expect(text).toMatch(/\{\{cap_tren\.so_ky_hieu\}\}/);
    const preview = runCli(["render", tpl, "--format", "txt", "--stdout"]);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain("KT. CHỦ TỊCH");

    const csv = join(dir, "xa.csv");
    writeFileSync(csv, "xa;loai;so;ngay;nguoi_ky;chuc_vu;thon;tram_y_te\nChơ Long;xã;12;15/4/2022;Nguyễn Văn A;CHỦ TỊCH;\"Làng 1; Làng 2\";có\nYa Ma;xã;8;16/4/2022;Đinh Thị B;PHÓ CHỦ TỊCH;Làng 3;không\n");
    const out = join(dir, "out");
    const r = runCli(["batch", tpl, "--data", csv, "--cap-tren", PARENT, "--out", out, "--format", "txt"]);
    expect(r.code).toBe(0);
    const ya = readFileSync(join(out, "ya-ma.txt"), "utf8");
    expect(ya).toContain("Thực hiện Kế hoạch số 62/KH-UBND ngày 14/3/2022 của UBND huyện Kông Chro");
    expect(ya).toContain("KT. CHỦ TỊCH");
    expect(readFileSync(join(out, "cho-long.txt"), "utf8")).not.toContain("KT. CHỦ TỊCH");

    // Without --cap-tren the sample values in bien are used, with a warning.
    const r2 = runCli(["batch", tpl, "--data", csv, "--out", join(dir, "out2"), "--format", "txt"]);
    expect(r2.code).toBe(0);
    expect(r2.stderr).toMatch(/cảnh báo: Không có --cap-tren/);
  });

  it("the schema reference: always relative to the new file, preferring the project's node_modules/kehoach", () => {
    expect(schemaReference(join(ROOT, "templates", "x.yaml"))).toBe("../schemas/plan.schema.json");
    expect(schemaReference(join(ROOT, "plans", "a", "b.yaml"))).toBe("../../schemas/plan.schema.json");
    const none = () => false;
    const installed = "/srv/du-an/node_modules/kehoach/schemas/plan.schema.json";
    expect(schemaReference("/srv/du-an/ke-hoach/x.yaml", installed, none)).toBe("../node_modules/kehoach/schemas/plan.schema.json");
    expect(schemaReference("/home/can-bo/x.yaml", installed, none)).toBe("../../srv/du-an/node_modules/kehoach/schemas/plan.schema.json");
    // kehoach installed globally (or run by npx): still relative, never the absolute folder.
    expect(schemaReference("/home/can-bo/x.yaml", "/usr/lib/node_modules/kehoach/schemas/plan.schema.json", none)).toBe("../../usr/lib/node_modules/kehoach/schemas/plan.schema.json");
    // A global kehoach writing into a project that has kehoach in its node_modules: that one.
    const has = (p: string) => p === "/srv/du-an/node_modules/kehoach/schemas/plan.schema.json";
    expect(schemaReference("/srv/du-an/ke-hoach/2025/x.yaml", "/usr/lib/node_modules/kehoach/schemas/plan.schema.json", has)).toBe("../../node_modules/kehoach/schemas/plan.schema.json");
  });

  it("kehoach new in a project with kehoach in node_modules points at that schema, relatively", () => {
    const project = tmp();
    mkdirSync(join(project, "node_modules/kehoach/schemas"), { recursive: true });
    writeFileSync(join(project, "node_modules/kehoach/schemas/plan.schema.json"), "{}");
    mkdirSync(join(project, "ke-hoach"));
    const r = runCli(["new", "ke-hoach/2025.yaml"], { cwd: project });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(project, "ke-hoach/2025.yaml"), "utf8").split("\n")[0]).toBe("# yaml-language-server: $schema=../node_modules/kehoach/schemas/plan.schema.json");
  });

  it("this year's dates", () => {
    const text = starterText("xa", "/tmp/x.yaml", new Date(2031, 0, 9));
    expect(text).toMatch(/^ {2}nam: 2031$/m);
    expect(text).not.toContain("2024");
    expect(starterText("ke-hoach", "/tmp/x.yaml", new Date(2031, 0, 9))).toMatch(/^ngay: 2031-01 /m);
  });
});
