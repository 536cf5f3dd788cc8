// Loaded with `node --require` by the benchmark: reports the process's peak memory (RSS, all
// threads) on exit, so the tool itself carries no benchmarking code.
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  const file = process.env.KEHOACH_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
