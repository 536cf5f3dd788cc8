// The plan files named on the command line: files as they are; folders walked for *.yaml, *.yml
// and Word files *.docx (skipping node_modules, names starting with ".", and the "~$…" lock files
// Word leaves beside an open document); simple globs ("plans/*.yaml",
// "plans/**/ke-hoach-*.yml", "?" for one character). Sorted, each once.
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export interface PlanFile {
  path: string;
  /** Found by walking a folder or a glob, not named. */
  walked: boolean;
}

export interface Collected {
  files: PlanFile[];
  /** Arguments that name nothing (no such file, or a glob that matches nothing). */
  missing: string[];
}

const PLAN_FILE = /\.(?:ya?ml|docx)$/i;
const GLOB = /[*?[]/;

function skipName(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$") || name === "node_modules";
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (skipName(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && PLAN_FILE.test(e.name)) out.push(p);
    else if (e.isSymbolicLink()) {
      try {
        const st = statSync(p);
        if (st.isFile() && PLAN_FILE.test(e.name)) out.push(p);
      } catch {
        /* a broken link: nothing to check */
      }
    }
  }
}

/** A glob → a regular expression over forward-slash paths. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        i++;
        if (glob[i + 1] === "/") {
          i++;
          re += "(?:.*/)?";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) re += "\\[";
      else {
        re += "[" + glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\") + "]";
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

export function collectFiles(args: readonly string[]): Collected {
  const seen = new Set<string>();
  const files: PlanFile[] = [];
  const missing: string[] = [];
  const add = (path: string, walked: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ path, walked });
  };
  for (const arg of args) {
    const posix = arg.split(sep).join("/");
    if (GLOB.test(posix)) {
      const parts = posix.split("/");
      const firstGlob = parts.findIndex((p) => GLOB.test(p));
      const base = parts.slice(0, firstGlob).join("/") || ".";
      const found: string[] = [];
      walk(base, found);
      const re = globToRegExp(posix.replace(/^\.\//, ""));
      const matched = found
        .map((f) => (base === "." ? relative(".", f) : f).split(sep).join("/"))
        .filter((f) => re.test(f.replace(/^\.\//, "")))
        .sort();
      if (matched.length === 0) missing.push(arg);
      for (const f of matched) add(f, true);
      continue;
    }
    let st;
    try {
      st = statSync(arg);
    } catch {
      missing.push(arg);
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(arg, found);
      for (const f of found.sort()) add(f, true);
    } else add(arg, false);
  }
  return { files, missing };
}

/** Templates: files under a folder named "templates", or named *.template.yaml / *.mau.yaml. */
export function isTemplatePath(file: string): boolean {
  const parts = file.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? "";
  return parts.slice(0, -1).includes("templates") || /\.(template|mau)\.ya?ml$/i.test(name);
}
