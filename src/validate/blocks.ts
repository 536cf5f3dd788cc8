// The kinds of the block union (plan-schema.ts), told apart in one place. Every walker over blocks
// (validate's limits, expand, the model, check's texts and template view) switches on blockKind()
// instead of testing `"bang" in b` in its own order.
import type { Block, BulletBlock, ConditionalBlock, ItemBlock, PointBlock, RepeatBlock, TableBlock } from "./plan-schema.js";

export type KindedBlock =
  | { kind: "paragraph"; block: string }
  | { kind: "table"; block: TableBlock }
  | { kind: "point"; block: PointBlock }
  | { kind: "bullet"; block: BulletBlock }
  | { kind: "condition"; block: ConditionalBlock }
  | { kind: "repeat"; block: RepeatBlock }
  | { kind: "item"; block: ItemBlock };

export type BlockKind = KindedBlock["kind"];

/** A block with its kind, decided by its key in the order the schema dispatches them. */
export function blockKind(b: Block): KindedBlock {
  if (typeof b === "string") return { kind: "paragraph", block: b };
  if ("bang" in b) return { kind: "table", block: b };
  if ("diem" in b) return { kind: "point", block: b };
  if ("gach" in b) return { kind: "bullet", block: b };
  if ("neu" in b) return { kind: "condition", block: b };
  if ("lap" in b) return { kind: "repeat", block: b };
  return { kind: "item", block: b };
}

/** The lists of blocks nested in a block, with their keys: noi_dung (and a condition's khac). */
export function innerBlocks(b: Block): [key: "noi_dung" | "khac", list: Block[]][] {
  const k = blockKind(b);
  switch (k.kind) {
    case "condition":
      return [["noi_dung", k.block.noi_dung], ...(k.block.khac ? [["khac", k.block.khac] as ["khac", Block[]]] : [])];
    case "repeat":
      return [["noi_dung", k.block.noi_dung]];
    case "point":
    case "item":
      return k.block.noi_dung ? [["noi_dung", k.block.noi_dung]] : [];
    default:
      return [];
  }
}
