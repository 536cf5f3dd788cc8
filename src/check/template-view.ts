// A template checked without data: its {{placeholders}} stay as they are, every branch of a `neu`
// is kept and every `lap` body appears once, so rules see all the text the template can produce.
import type { Path } from "../findings/locate.js";
import type { Block, Plan } from "../validate/plan-schema.js";
import { type BlockStep, innerBlocks, type KindedBlock, mapBlocks, SourcePaths } from "../validate/blocks.js";

export interface TemplateView {
  plan: Plan;
  sourcePathOf(path: Path): Path;
}

export function templateView(plan: Plan): TemplateView {
  const sources = new SourcePaths();
  const flatten = (list: Block[], from: Path, out: Path): Block[] => mapBlocks(list, from, out, undefined, step, (_b, at, p) => sources.record(at, p));
  /** Directives give way to all their lists; items and points keep theirs, flattened. */
  const step = (k: KindedBlock, p: Path, _scope: undefined, at: Path): BlockStep<undefined> => {
    if (k.kind === "condition" || k.kind === "repeat") return { splice: innerBlocks(k.block).map(([key, list]) => ({ list, from: [...p, key], scope: undefined })) };
    if ((k.kind === "item" || k.kind === "point") && k.block.noi_dung !== undefined) return { block: { ...k.block, noi_dung: flatten(k.block.noi_dung, [...p, "noi_dung"], [...at, "noi_dung"]) } };
    return { block: k.block };
  };
  const view: Plan = {
    ...plan,
    muc: plan.muc.map((m, i) => ({ ...m, noi_dung: m.noi_dung && flatten(m.noi_dung, ["muc", i, "noi_dung"], ["muc", i, "noi_dung"]) })),
  };
  return { plan: view, sourcePathOf: (path) => sources.sourcePathOf(path) };
}
