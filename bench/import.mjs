// npm run bench, import part: a cold `kehoach import` of a Kông Chro-size .docx against a cold
// `kehoach render` of the same plan (the target: import at most 1.5× render).
import { join } from "node:path";

/** Called by bench/run.mjs with its helpers (cold process runner, repeat, row printer). */
export async function benchImport({ cold, repeat, row, work, plan, quick }) {
  const docx = join(work, "import-kong-chro.docx");
  cold(["render", plan, "-o", docx]);
  const runs = quick ? 5 : 11;
  const render = repeat(runs, () => cold(["render", plan, "-o", join(work, "import-render.docx")]));
  const imp = repeat(runs, () => cold(["import", docx, "-o", join(work, "import-kong-chro.yaml")]));
  const ratio = imp.ms.median / render.ms.median;
  row("cold: kehoach render <Kông Chro plan> (again)", render);
  row("cold: kehoach import <Kông Chro .docx>", imp, { note: `${ratio.toFixed(2)}× a cold render (target ≤ 1.5×)`, ratioToRender: ratio });
}
