// The version printed by --version, from kehoach's own package.json (found by walking up from
// this module: dist/, dist/bundle/ or src/).
import { readFileSync } from "node:fs";

function readVersion(): string {
  for (const up of ["../", "../../", "../../../"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(`${up}package.json`, import.meta.url), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "kehoach" && pkg.version) return pkg.version;
    } catch {
      // not here: look one folder up
    }
  }
  return "0.0.0";
}

export const VERSION = readVersion();
