// The plan files named on the command line: files as they are; folders walked for *.yaml, *.yml
// and Word files *.docx (skipping node_modules, names starting with ".", and the "~$…" lock files
// Word leaves beside an open document); simple globs ("plans/*.yaml",
// "plans/**/ke-hoach-*.yml", "?" for one character). Sorted, each once.
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { UsageError } from "../findings/errors.js";
import { msg } from "../i18n/i18n.js";

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

type Token = { kind: "star" } | { kind: "one" } | { kind: "char"; test: (c: string) => boolean };

/** One path segment of a glob → tokens; a reversed range ("[z-a]") is a usage error. */
function tokens(segment: string, glob: string): Token[] {
  const out: Token[] = [];
  const chars = Array.from(segment);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === "*") {
      if (out[out.length - 1]?.kind !== "star") out.push({ kind: "star" });
    } else if (c === "?") out.push({ kind: "one" });
    else if (c === "[" && chars.indexOf("]", i + 2) > 0) {
      const end = chars.indexOf("]", i + 2);
      let body = chars.slice(i + 1, end);
      const negate = body[0] === "!" || body[0] === "^";
      if (negate) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === "-" && k + 2 < body.length) {
          const [lo, hi] = [body[k]!, body[k + 2]!];
          if (lo.codePointAt(0)! > hi.codePointAt(0)!) throw new UsageError(msg("cli.check.badGlobRange", { glob, range: `${lo}-${hi}` }));
          ranges.push([lo, hi]);
          k += 2;
        } else ranges.push([body[k]!, body[k]!]);
      }
      const inside = (x: string) => ranges.some(([lo, hi]) => x >= lo && x <= hi);
      out.push({ kind: "char", test: negate ? (x) => !inside(x) : inside });
      i = end;
    } else out.push({ kind: "char", test: (x) => x === c });
  }
  return out;
}

/**
 * Whether one path segment matches: the classic two-pointer wildcard match, which backtracks to
 * the last star only, so "*a*a*a…*b" costs at most length × pattern steps (a regular expression
 * of it backtracked for minutes).
 */
function segmentMatches(toks: Token[], name: string): boolean {
  const s = Array.from(name);
  let p = 0;
  let i = 0;
  let starP = -1;
  let starI = 0;
  while (i < s.length) {
    const t = toks[p];
    if (t && t.kind !== "star" && (t.kind === "one" || t.test(s[i]!))) {
      p++;
      i++;
    } else if (t?.kind === "star") {
      starP = p++;
      starI = i;
    } else if (starP >= 0) {
      p = starP + 1;
      i = ++starI;
    } else return false;
  }
  while (toks[p]?.kind === "star") p++;
  return p === toks.length;
}

/** A glob over forward-slash paths ("**" spans folders) → a matcher that runs in polynomial time. */
export function globMatcher(glob: string): (path: string) => boolean {
  const segments = glob.split("/").map((seg) => (seg === "**" ? ("**" as const) : tokens(seg, glob)));
  return (path) => {
    const parts = path.split("/");
    const memo = new Map<number, boolean>();
    const match = (g: number, k: number): boolean => {
      const key = g * (parts.length + 1) + k;
      const hit = memo.get(key);
      if (hit !== undefined) return hit;
      let r: boolean;
      const seg = segments[g];
      if (seg === undefined) r = k === parts.length;
      else if (seg === "**") r = match(g + 1, k) || (k < parts.length && match(g, k + 1));
      else r = k < parts.length && segmentMatches(seg, parts[k]!) && match(g + 1, k + 1);
      memo.set(key, r);
      return r;
    };
    return match(0, 0);
  };
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
      const matches = globMatcher(posix.replace(/^\.\//, ""));
      const matched = found
        .map((f) => (base === "." ? relative(".", f) : f).split(sep).join("/"))
        .filter((f) => matches(f.replace(/^\.\//, "")))
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
