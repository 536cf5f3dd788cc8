// Every text value of a plan, with the YAML path it came from and what kind of text it is, so
// text rules (spacing, years, dates, numbering typed by hand) walk one flat list.
import type { Path } from "../findings/locate.js";
import type { Block, Plan } from "../validate/plan-schema.js";
import type { TextEntry, TextRole } from "./rule.js";

export function planTexts(plan: Plan, sourcePathOf: (p: Path) => Path): TextEntry[] {
  const out: TextEntry[] = [];
  const add = (text: string | undefined, path: Path, role: TextRole) => {
    if (typeof text === "string") out.push({ path: sourcePathOf(path), text, role });
  };
  add(plan.co_quan.chu_quan, ["co_quan", "chu_quan"], "agency");
  add(plan.co_quan.ten, ["co_quan", "ten"], "agency");
  add(plan.dia_danh, ["dia_danh"], "place");
  add(plan.trich_yeu, ["trich_yeu"], "summary");
  plan.can_cu?.forEach((t, i) => add(t, ["can_cu", i], "opening"));
  plan.muc.forEach((m, i) => {
    add(m.ten, ["muc", i, "ten"], "section-title");
    blocks(m.noi_dung, ["muc", i, "noi_dung"], add);
  });
  if (Array.isArray(plan.ket_luan)) plan.ket_luan.forEach((t, i) => add(t, ["ket_luan", i], "closing"));
  else add(plan.ket_luan, ["ket_luan"], "closing");
  plan.noi_nhan.forEach((t, i) => add(t, ["noi_nhan", i], "recipient"));
  for (const [k, v] of Object.entries(plan.ky)) add(v, ["ky", k], "signature");
  return out;
}

function blocks(list: Block[] | undefined, path: Path, add: (t: string | undefined, p: Path, r: TextRole) => void): void {
  (list ?? []).forEach((b, i) => {
    const p = [...path, i];
    if (typeof b === "string") return add(b, p, "paragraph");
    if ("bang" in b) {
      add(b.bang.tieu_de, [...p, "bang", "tieu_de"], "table-title");
      b.bang.cot.forEach((c, k) => add(c, [...p, "bang", "cot", k], "table-header"));
      b.bang.dong.forEach((row, r) => row.forEach((cell, k) => typeof cell === "string" && add(cell, [...p, "bang", "dong", r, k], "table-cell")));
      return;
    }
    if ("gach" in b) {
      add(b.gach, [...p, "gach"], "bullet");
      b.cong?.forEach((c, k) => add(c, [...p, "cong", k], "bullet"));
      return;
    }
    if ("diem" in b) {
      add(b.diem, [...p, "diem"], "point");
      return blocks(b.noi_dung, [...p, "noi_dung"], add);
    }
    if ("neu" in b) {
      blocks(b.noi_dung, [...p, "noi_dung"], add);
      return blocks(b.khac, [...p, "khac"], add);
    }
    if ("lap" in b) return blocks(b.noi_dung, [...p, "noi_dung"], add);
    add(b.ten, [...p, "ten"], "item-title");
    add(b.doan, [...p, "doan"], "item-text");
    blocks(b.noi_dung, [...p, "noi_dung"], add);
  });
}
