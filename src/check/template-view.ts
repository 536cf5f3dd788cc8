// A template checked without data: its {{placeholders}} stay as they are, every branch of a `neu`
// is kept and every `lap` body appears once, so rules see all the text the template can produce.
import type { Path } from "../findings/locate.js";
import type { Block, Plan } from "../validate/plan-schema.js";
import { blockKind, innerBlocks } from "../validate/blocks.js";

export interface TemplateView {
  plan: Plan;
  sourcePathOf(path: Path): Path;
}

export function templateView(plan: Plan): TemplateView {
  const moved = new Map<string, Path>();

  const flatten = (list: Block[] | undefined, src: Path, out: Path): Block[] | undefined => {
    if (list === undefined) return undefined;
    const result: Block[] = [];
    const walk = (items: Block[], from: Path) => {
      items.forEach((b, i) => {
        const p = [...from, i];
        const k = blockKind(b);
        if (k.kind === "condition" || k.kind === "repeat") {
          for (const [key, inner] of innerBlocks(b)) walk(inner, [...p, key]);
          return;
        }
        const at = [...out, result.length];
        moved.set(JSON.stringify(at), p);
        if ((k.kind === "item" || k.kind === "point") && k.block.noi_dung !== undefined) {
          result.push({ ...k.block, noi_dung: flatten(k.block.noi_dung, [...p, "noi_dung"], [...at, "noi_dung"]) });
        } else {
          result.push(b);
        }
      });
    };
    walk(list, src);
    return result;
  };

  const view: Plan = {
    ...plan,
    muc: plan.muc.map((m, i) => ({ ...m, noi_dung: flatten(m.noi_dung, ["muc", i, "noi_dung"], ["muc", i, "noi_dung"]) })),
  };
  return {
    plan: view,
    sourcePathOf(path) {
      for (let n = path.length; n > 0; n--) {
        const hit = moved.get(JSON.stringify(path.slice(0, n)));
        if (hit) return [...hit, ...path.slice(n)];
      }
      return path;
    },
  };
}
