// kehoach new: write a starter plan (templates/khoi-tao/ke-hoach.yaml) or a starter commune
// template (templates/khoi-tao/mau-xa.yaml), with this year's dates and a schema line that points
// at the JSON Schema shipped with kehoach, so an editor checks the file while it is typed.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { makeDir } from "../write/make-dir.js";
import { fsErrorReason } from "../write/write-file-atomic.js";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { msg, t } from "../i18n/i18n.js";
import { UsageError } from "../findings/errors.js";
import { errorLine, EXIT } from "./exit.js";

export type StarterKind = "ke-hoach" | "xa";

const STARTERS: Record<StarterKind, { file: string; defaultName: string }> = {
  "ke-hoach": { file: "ke-hoach.yaml", defaultName: "ke-hoach.yaml" },
  xa: { file: "mau-xa.yaml", defaultName: "mau-xa.yaml" },
};

/** The year the starter files are written with; replaced by the current year. */
const STARTER_YEAR = "2024";

const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SCHEMA_FILE = resolve(PACKAGE_ROOT, "schemas", "plan.schema.json");

function toPosix(p: string): string {
  return p.split(sep).join("/");
}

/** Where a project that installed kehoach (npm install kehoach) has its schema. */
const INSTALLED_SCHEMA = join("node_modules", "kehoach", "schemas", "plan.schema.json");

/**
 * The $schema reference for a file written at `target`, always relative to that file, so that it
 * does not name this computer's installation folder: the schema of a kehoach installed in the
 * project (node_modules/kehoach in the file's folder or above) when there is one, so the project
 * can be moved or shared whole; else the schema of the kehoach that runs (this repository, or a
 * global install). Only across Windows drives, where no relative path exists, is it absolute.
 */
export function schemaReference(target: string, schemaFile = SCHEMA_FILE, exists: (p: string) => boolean = existsSync): string {
  const from = dirname(resolve(target));
  let schema = schemaFile;
  for (let dir = from, i = 0; i < 256; i++) {
    const candidate = join(dir, INSTALLED_SCHEMA);
    if (exists(candidate)) {
      schema = candidate;
      break;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const rel = relative(from, schema);
  return toPosix(isAbsolute(rel) ? schema : rel);
}

export function starterText(kind: StarterKind, target: string, now = new Date()): string {
  const raw = readFileSync(resolve(PACKAGE_ROOT, "templates", "khoi-tao", STARTERS[kind].file), "utf8");
  const year = String(now.getFullYear());
  const month = String(now.getMonth() + 1).padStart(2, "0");
  return raw
    .replace(/^# yaml-language-server: \$schema=.*$/m, `# yaml-language-server: $schema=${schemaReference(target)}`)
    .replace(/^ngay: 2024-04( +#.*)$/m, `ngay: ${year}-${month}$1`)
    .replaceAll(STARTER_YEAR, year);
}

export function newCommand(file: string | undefined, opts: { mau?: "xa" }): number {
  const kind: StarterKind = opts.mau === "xa" ? "xa" : "ke-hoach";
  // `kehoach new ""`: an empty name is a usage error, not "the folder . does not exist".
  if (file !== undefined && file.trim() === "") throw new UsageError(msg("cli.new.emptyName"));
  const target = file ?? STARTERS[kind].defaultName;
  const text = starterText(kind, target);
  let made = false;
  try {
    makeDir(dirname(resolve(target)));
    made = true;
    writeFileSync(target, text, { encoding: "utf8", flag: "wx" });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      made && code === "EEXIST"
        ? t("cli.new.exists")
        : fsErrorReason(e, target);
    process.stderr.write(errorLine(msg("common.cannotWrite", { f: target, why })) + "\n");
    return EXIT.input;
  }
  const next =
    kind === "xa"
      ? t("cli.new.nextTemplate", { target })
      : t("cli.new.nextPlan", { target });
  process.stderr.write(next + "\n");
  return EXIT.ok;
}
