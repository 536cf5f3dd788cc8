// The kinds of the block union (plan-schema.ts), told apart in one place. Every walker over blocks
// (validate's limits, expand, the model, check's texts and template view) switches on blockKind()
// instead of testing `"bang" in b` in its own order; the two that rebuild a list of blocks (expand,
// the template view) do it with mapBlocks().
import type { Path } from "../findings/locate.js";
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

/** Blocks that take a directive's place in mapBlocks' result: a list, where it is, its scope. */
export interface BlockList<S> {
  list: Block[];
  from: Path;
  scope: S;
}

/** What becomes of one block: one block in the result, the blocks of inner lists in its place (a
 * directive resolved or flattened), or nothing. */
export type BlockStep<S> = { block: Block } | { splice: Iterable<BlockList<S>> } | undefined;

/**
 * A list of blocks rebuilt, block by block: `step` gets each block with its kind, its path in the
 * source, its scope and the path it takes in the result (for the lists nested in it); `placed`
 * hears where each block of the result came from. Used by expand (directives resolved) and by
 * check's template view (directives flattened).
 */
export function mapBlocks<S>(
  list: Block[],
  from: Path,
  out: Path,
  scope: S,
  step: (k: KindedBlock, from: Path, scope: S, at: Path) => BlockStep<S>,
  placed: (b: Block, at: Path, from: Path) => void,
): Block[] {
  const result: Block[] = [];
  const walk = (items: Block[], src: Path, sc: S) => {
    items.forEach((b, i) => {
      const p = [...src, i];
      const at = [...out, result.length];
      const s = step(blockKind(b), p, sc, at);
      if (s === undefined) return;
      if ("splice" in s) {
        for (const inner of s.splice) walk(inner.list, inner.from, inner.scope);
        return;
      }
      placed(s.block, at, p);
      result.push(s.block);
    });
  };
  walk(list, from, scope);
  return result;
}

/** Where each block of a rebuilt plan came from in the source (directives move blocks around). */
export class SourcePaths {
  private readonly moved = new Map<string, Path>();

  record(at: Path, from: Path): void {
    this.moved.set(JSON.stringify(at), from);
  }

  /** The longest prefix that was moved decides; the rest of the path follows it. */
  sourcePathOf(path: Path): Path {
    for (let n = path.length; n > 0; n--) {
      const hit = this.moved.get(JSON.stringify(path.slice(0, n)));
      if (hit) return [...hit, ...path.slice(n)];
    }
    return path;
  }
}
