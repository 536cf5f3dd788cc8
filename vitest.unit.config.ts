// `npm run test:unit`: the fast loop. Every test that starts no process (no CLI run, no
// LibreOffice), without building first; `npm test` (the CI command) still runs everything, each
// file isolated. test/helpers/no-process.ts makes a test that does start one fail, saying to list
// it here. The files share their workers' module cache (isolate: false), which cuts the loop from
// about a minute to about 12 s on the 2-core machine: a test that mocks modules (vi.mock) or
// changes module state without restoring it belongs in the list below too.
import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

/** Test files that run the built CLI, LibreOffice or another process (or need isolation). */
export const STARTS_PROCESSES = [
  "test/batch/batch-cli.test.ts",
  "test/batch/one-pass.test.ts",
  "test/check/cli.test.ts",
  "test/check/docx/content-rules.test.ts",
  "test/check/documents.test.ts",
  "test/check/docx/layout-rules.test.ts",
  "test/check/docx/own-output.test.ts",
  "test/check/docx/plan-rules.test.ts",
  "test/check/fix.test.ts",
  "test/check/zero-findings.test.ts",
  "test/commands/hostile-messages.test.ts",
  "test/commands/new.test.ts",
  "test/commands/render.test.ts",
  "test/e2e/**",
  "test/faults/**",
  "test/hostile/**",
  "test/import/**",
  "test/model/closing-mark.test.ts",
  "test/plans/**",
  "test/preview/**",
  "test/read/docx/libreoffice.test.ts",
  "test/report/pretty-check.test.ts",
  "test/report/sarif.test.ts",
  "test/write/docx-engines.test.ts",
  "test/write/make-dir.test.ts",
];

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...configDefaults.exclude, ...STARTS_PROCESSES],
      setupFiles: ["test/helpers/no-process.ts"],
      isolate: false,
    },
  }),
);
