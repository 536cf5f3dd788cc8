// The layers of src/, bottom first: a module imports only from its own layer or from layers below
// it. test/layers/layers.test.ts enforces this list, and docs/architecture.md shows it.
// Each entry is a layer: the folders (or top-level files) of src/ it holds.
export const LAYERS: readonly (readonly string[])[] = [
  ["text", "layers.ts", "version.ts"],
  ["i18n", "limits.ts"],
  ["findings"],
  ["load"],
  ["validate"],
  ["expand"],
  ["model"],
  ["write", "read", "check", "import", "report"],
  ["pipeline.ts"],
  ["batch", "preview"],
  ["commands"],
  ["cli.ts"],
  ["main.ts", "build"],
];
