// A template checked without data: its {{placeholders}} stay as they are, every branch of a `neu`
// is kept and every `lap` body appears once, so rules see all the text the template can produce.
import type { Path } from "../findings/locate.js";
import type { Block, Plan } from "../validate/plan-schema.js";

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
        if (typeof b === "object" && b !== null && "neu" in b) {
          walk(b.noi_dung, [...p, "noi_dung"]);
          walk(b.khac ?? [], [...p, "khac"]);
          return;
        }
        if (typeof b === "object" && b !== null && "lap" in b) {
          walk(b.noi_dung, [...p, "noi_dung"]);
          return;
        }
        const at = [...out, result.length];
        moved.set(JSON.stringify(at), p);
        if (typeof b === "object" && b !== null && "noi_dung" in b && !("neu" in b) && !("lap" in b)) {
          result.push({ ...b, noi_dung: flatten(b.noi_dung, [...p, "noi_dung"], [...at, "noi_dung"]) } as Block);
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
