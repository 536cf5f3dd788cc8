// No module imports from a layer above its own (src/layers.ts), and the architecture page shows
// the same order. Siblings of one layer (write, read, check, import, report) may not import each
// other either: each is reached from above.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LAYERS } from "../../src/layers.js";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    return statSync(f).isDirectory() ? sourceFiles(f) : /\.ts$/.test(n) ? [f] : [];
  });
}

/** The first path segment under src/ ("check", "cli.ts"): what LAYERS lists. */
const unitOf = (file: string) => relative(SRC, file).split("/")[0]!;
const rankOf = (unit: string) => LAYERS.findIndex((layer) => layer.includes(unit));

/** Every relative import and re-export of a module, static or dynamic, resolved to a file. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1]!);
  return specs.map((s) => resolve(dirname(file), s.replace(/\.js$/, ".ts")));
}

describe("layers", () => {
  const files = sourceFiles(SRC);

  it("every folder and top-level file of src/ has a layer", () => {
    const units = [...new Set(files.map(unitOf))];
    expect(units.filter((u) => rankOf(u) < 0)).toEqual([]);
  });

  it("no module imports from a layer above its own, or from a sibling of its layer", () => {
    const bad: string[] = [];
    for (const file of files) {
      const from = unitOf(file);
      for (const target of importsOf(file)) {
        const to = unitOf(target);
        if (to === from) continue;
        if (rankOf(to) >= rankOf(from)) bad.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("docs/architecture.md shows the same layers", () => {
    const doc = readFileSync(new URL("../../docs/architecture.md", import.meta.url), "utf8");
    const shown = LAYERS.map((layer) => layer.map((u) => u.replace(/\.ts$/, "")).join(" | ")).join(" → ");
    expect(doc).toContain(shown);
  });
});
