// The blocks of a template filled: every string by its field's policy, the directives (neu, lap)
// replaced by the blocks they give. Where each block of the result came from is recorded, so
// that a problem found later (validate, check) points at the template.
import type { Path } from "../findings/locate.js";
import type { Block } from "../validate/plan-schema.js";
import { type BlockStep, type KindedBlock, mapBlocks, type SourcePaths } from "../validate/blocks.js";
import { conditionBranch, repetitions } from "./directives.js";
import type { Expansion, Scope } from "./expansion.js";
import { FIELD_POLICY } from "./field-policy.js";

/** The blocks of `list` (at `from` in the template, at `out` in the result), filled in `scope`. */
export function expandBlocks(x: Expansion, list: Block[], from: Path, out: Path, scope: Scope, sources: SourcePaths): Block[] {
  return mapBlocks(list, from, out, scope, (k, p, s, at) => step(x, k, p, s, at, sources), (b, at, p) => {
    x.countBlock(b, p);
    sources.record(at, p);
  });
}

function step(x: Expansion, k: KindedBlock, p: Path, scope: Scope, at: Path, sources: SourcePaths): BlockStep<Scope> {
  const nested = (list: Block[] | undefined) => list && expandBlocks(x, list, [...p, "noi_dung"], [...at, "noi_dung"], scope, sources);
  switch (k.kind) {
    case "paragraph": {
      const text = x.fill(k.block, p, scope, FIELD_POLICY["block.paragraph"]);
      return text === undefined ? undefined : { block: text };
    }
    case "condition":
      return { splice: [conditionBranch(x, k.block, p, scope)] };
    case "repeat":
      return { splice: repetitions(x, k.block, p, scope) };
    case "table": {
      const t = k.block.bang;
      return {
        block: {
          bang: {
            ...t,
            tieu_de: t.tieu_de === undefined ? undefined : x.fill(t.tieu_de, [...p, "bang", "tieu_de"], scope, FIELD_POLICY["block.bang.tieu_de"]),
            cot: t.cot.map((c, j) => x.required(c, [...p, "bang", "cot", j], scope, FIELD_POLICY["block.bang.cot.*"])),
            dong: t.dong.map((row, r) => row.map((cell, j) => (typeof cell === "string" ? x.required(cell, [...p, "bang", "dong", r, j], scope, FIELD_POLICY["block.bang.dong.*.*"]) : cell))),
          },
        },
      };
    }
    case "bullet": {
      const g = k.block;
      const cong = g.cong?.map((c, j) => x.fill(c, [...p, "cong", j], scope, FIELD_POLICY["block.cong.*"])).filter((c): c is string => c !== undefined);
      return { block: { gach: x.required(g.gach, [...p, "gach"], scope, FIELD_POLICY["block.gach"]), cong } };
    }
    case "point": {
      const d = k.block;
      return { block: { diem: x.required(d.diem, [...p, "diem"], scope, FIELD_POLICY["block.diem"]), noi_dung: nested(d.noi_dung) } };
    }
    case "item": {
      const item = k.block;
      return {
        block: {
          ...item,
          ten: item.ten === undefined ? undefined : x.required(item.ten, [...p, "ten"], scope, FIELD_POLICY["block.ten"]),
          doan: item.doan === undefined ? undefined : x.required(item.doan, [...p, "doan"], scope, FIELD_POLICY["block.doan"]),
          noi_dung: nested(item.noi_dung),
        },
      };
    }
  }
}
