// Setup file of `npm run test:unit` (vitest.unit.config.ts): a test in the fast loop must start no
// process. Every way of starting one throws, naming the list a test that does belongs in.
import { createRequire, syncBuiltinESMExports } from "node:module";

const require = createRequire(import.meta.url);
const childProcess = require("node:child_process") as Record<string, unknown>;

for (const name of ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"]) {
  childProcess[name] = () => {
    throw new Error(`npm run test:unit runs only tests that start no process, and this one calls child_process.${name}: add its file to STARTS_PROCESSES in vitest.unit.config.ts`);
  };
}
// Make `import { spawnSync } from "node:child_process"` see the replacements too.
syncBuiltinESMExports();
