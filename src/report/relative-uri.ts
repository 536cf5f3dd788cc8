// A file path as machine formats want it: relative to the working folder, with "/" separators.
import { isAbsolute, relative, sep } from "node:path";

export function relativeUri(file: string, cwd: string): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  return rel.split(sep).join("/").replace(/^\.\//, "");
}
