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
  // Document readers beside the writers; check runs its rules on what they read; import turns a
  // read document into a plan, and gives check its recognition (for-check.ts) through a type.
  ["write", "read"],
  ["check", "report"],
  ["import"],
  ["pipeline.ts"],
  ["batch", "preview"],
  ["commands"],
  ["cli.ts"],
  ["main.ts"],
];
