// Every text value of a plan, with the YAML path it came from and what kind of text it is, so
// text rules (spacing, years, dates, numbering typed by hand) walk one flat list.
import type { Path } from "../findings/locate.js";
import type { Block, Plan } from "../validate/plan-schema.js";
import type { TextEntry, TextRole } from "./rule.js";
import { blockKind, innerBlocks } from "../validate/blocks.js";

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
    const k = blockKind(b);
    switch (k.kind) {
      case "paragraph":
        return add(k.block, p, "paragraph");
      case "table": {
        const t = k.block.bang;
        add(t.tieu_de, [...p, "bang", "tieu_de"], "table-title");
        t.cot.forEach((c, j) => add(c, [...p, "bang", "cot", j], "table-header"));
        t.dong.forEach((row, r) => row.forEach((cell, j) => typeof cell === "string" && add(cell, [...p, "bang", "dong", r, j], "table-cell")));
        return;
      }
      case "bullet":
        add(k.block.gach, [...p, "gach"], "bullet");
        k.block.cong?.forEach((c, j) => add(c, [...p, "cong", j], "bullet"));
        return;
      case "point":
        add(k.block.diem, [...p, "diem"], "point");
        break;
      case "item":
        add(k.block.ten, [...p, "ten"], "item-title");
        add(k.block.doan, [...p, "doan"], "item-text");
        break;
    }
    for (const [key, inner] of innerBlocks(b)) blocks(inner, [...p, key], add);
  });
}
