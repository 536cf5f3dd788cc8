// `check` must stay fast: neither it nor anything it imports (statically or with import()) may
// load the .docx writer (src/write/docx/*) or the docx package.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const IMPORT = /(?:^|[^.\w])(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm;

/** Every module reachable from `entry`, with the bare packages it names. */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      if (m[0].includes("import type") || /^export type/.test(m[0].trim())) continue;
      if (!spec.startsWith(".")) {
        packages.add(spec);
        continue;
      }
      const target = join(dirname(file), spec).replace(/\.js$/, ".ts");
      if (existsSync(target)) visit(target);
    }
  };
  visit(entry);
  return { files, packages };
}

describe("check loads no writer", () => {
  it("reaches nothing under src/write/docx and not the docx package", () => {
    const { files, packages } = graph(join(SRC, "commands", "check.ts"));
    const names = [...files].map((f) => relative(SRC, f).split("\\").join("/"));
    expect(names).toContain("commands/check-action.ts");
    expect(names).toContain("check/rules/unicode.ts");
    expect(names.filter((n) => n.startsWith("write/docx/"))).toEqual([]);
    expect(names).not.toContain("pipeline.ts");
    expect([...packages].filter((p) => p === "docx" || p.startsWith("docx/"))).toEqual([]);
  });
});
