// The check configuration: `.kehoach.yaml`, found by walking up from the checked file's folder (or
// else from the current folder), or named with --config. Validated with zod; its errors are
// located at line:column like a plan's.
//
//   rules:
//     stale-year: warning          # off | warning | error
//     spacing-punctuation: off
//   required_sections:
//     ke-hoach:                    # per plan type (loai)
//       - ma: muc-dich-yeu-cau     # matched by the section's ma …
//         ten: "MỤC ĐÍCH, YÊU CẦU" # … or by this title (or a list of titles); quote a title with ","
//       - NỘI DUNG                 # a title alone
//   tu_dien: [Kông Chro, Kbang]    # words the spelling rule accepts (names, loanwords)
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { z } from "zod";
import type { Diagnostic } from "../findings/diagnostic.js";
import { InputError } from "../findings/errors.js";
import { type Message, msg } from "../i18n/i18n.js";
import { LIMITS } from "../limits.js";
import { parsePlanText } from "../load/load-plan.js";
import { readSource } from "../load/read-input.js";
import { locateYaml, valueAt, type Path } from "../findings/locate.js";
import { PLAN_TYPES } from "../validate/plan-schema.js";
import { closest } from "../validate/schema-info.js";
import { RULE_LEVELS, type RequiredSection, type RuleLevel } from "./rule.js";
import { RULE_IDS } from "./rules/index.js";
import { isPair, isScalar, visit } from "yaml";
import { FORBIDDEN_NAMES } from "../text/reserved-names.js";

export const CONFIG_FILE_NAME = ".kehoach.yaml";

/** Sections a plan type needs when the configuration says nothing (nd30 Mẫu 1.4 and practice). */
export const DEFAULT_REQUIRED_SECTIONS: Record<string, RequiredSection[]> = {
  "ke-hoach": [
    { ma: "muc-dich-yeu-cau", ten: ["MỤC ĐÍCH, YÊU CẦU"] },
    { ma: "noi-dung", ten: ["NỘI DUNG", "NHIỆM VỤ, GIẢI PHÁP", "NHIỆM VỤ"] },
    { ma: "to-chuc-thuc-hien", ten: ["TỔ CHỨC THỰC HIỆN"] },
  ],
};

export interface CheckConfig {
  /** The file it came from; undefined for the defaults. */
  file?: string;
  rules: Record<string, RuleLevel>;
  requiredSections: Record<string, RequiredSection[]>;
  /** The project word list (`tu_dien`): names and loanwords the spelling rule accepts. */
  words?: readonly string[];
}

export const DEFAULT_CONFIG: CheckConfig = { rules: {}, requiredSections: DEFAULT_REQUIRED_SECTIONS };

/** The schema of .kehoach.yaml (built on first use: most runs have no configuration file). */
function configSchema() {
  const SectionEntrySchema = z.union([
    z.string().min(1),
    z.strictObject({
      ma: z.string().regex(/^[a-z0-9-]+$/).optional(),
      ten: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    }),
  ]);
  return z.strictObject({
    rules: z.record(z.string(), z.enum(RULE_LEVELS)).optional(),
    required_sections: z.record(z.string(), z.array(SectionEntrySchema)).optional(),
    tu_dien: z.array(z.union([z.string().min(1), z.number()])).optional(),
  });
}
let schema: ReturnType<typeof configSchema> | undefined;

const TOP_KEYS = ["rules", "required_sections", "tu_dien"];
const ENTRY_KEYS = ["ma", "ten"];

/** Read and check one configuration file; an InputError with located diagnostics if it is wrong. */
export function loadConfig(file: string): CheckConfig {
  const source = readSource(file, LIMITS.maxPlanBytes);
  if (source.text.trim() === "") return { ...DEFAULT_CONFIG, file };
  const loaded = parsePlanText(source);
  const value = loaded.value ?? {};
  const errors: Diagnostic[] = [];
  const err = (path: Path, message: Message, hint?: Message, atKey = false) => errors.push(locateYaml(loaded, { path, message, hint, atKey }, "config"));

  // "__proto__: off" would vanish into the object's prototype on the way: refused by name, first.
  visit(loaded.doc, {
    Pair(_k, pair, path) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== undefined && FORBIDDEN_NAMES.has(key)) {
        const keys = path.filter(isPair).map((p) => String(isScalar(p.key) ? p.key.value : ""));
        err([...keys, key], msg("config.forbiddenRule", { name: key }), undefined, true);
      }
      return undefined;
    },
  });
  if (errors.length > 0) throw new InputError(errors);

  schema ??= configSchema();
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as Path;
      const input = valueAt(value, path);
      if (issue.code === "unrecognized_keys") {
        const allowed = path.length === 0 ? TOP_KEYS : ENTRY_KEYS;
        for (const key of issue.keys) {
          const s = closest(key, allowed);
          err([...path, key], msg("config.unknownKey", { key }), s ? msg("common.didYouMean", { s }) : msg("config.allowedKeys", { keys: allowed.join(", ") }), true);
        }
      } else if (issue.code === "invalid_value" && path[0] === "rules") {
        const typed = String(input).toLowerCase();
        const s = RULE_LEVELS.find((l) => typed !== "" && l.startsWith(typed)) ?? closest(typed, [...RULE_LEVELS]);
        err(path, msg("config.badLevel", { level: String(input) }), s ? msg("config.levelsSuggest", { s }) : msg("config.levels"));
      } else if (issue.code === "invalid_union" && path[0] === "required_sections") {
        err(path, msg("config.badSectionEntry"), msg("config.sectionEntryExample"));
      } else if (issue.code === "invalid_type") {
        const want = issue.expected === "array" ? msg("config.aList") : issue.expected === "object" || issue.expected === "record" ? msg("config.aMapping") : issue.expected;
        err(path, msg("config.expected", { want }));
      } else {
        err(path, msg("config.badValue", { detail: issue.message }));
      }
    }
    throw new InputError(errors);
  }

  const data = parsed.data;
  const rules: Record<string, RuleLevel> = {};
  for (const [id, level] of Object.entries(data.rules ?? {})) {
    if (!RULE_IDS.includes(id)) {
      const s = closest(id, [...RULE_IDS]);
      err(["rules", id], msg("config.unknownRule", { id }), s ? msg("common.didYouMean", { s }) : msg("config.ruleList", { rules: RULE_IDS.join(", ") }), true);
      continue;
    }
    rules[id] = level;
  }
  const requiredSections: Record<string, RequiredSection[]> = { ...DEFAULT_REQUIRED_SECTIONS };
  for (const [loai, entries] of Object.entries(data.required_sections ?? {})) {
    if (!(PLAN_TYPES as readonly string[]).includes(loai)) {
      const s = closest(loai, [...PLAN_TYPES]);
      err(["required_sections", loai], msg("config.unknownType", { loai }), s ? msg("common.didYouMean", { s }) : msg("config.typeList", { types: PLAN_TYPES.join(", ") }), true);
      continue;
    }
    requiredSections[loai] = entries.flatMap((e, i) => {
      if (typeof e === "string") return [{ ten: [e] }];
      if (e.ma === undefined && e.ten === undefined) {
        err(["required_sections", loai, i], msg("config.sectionNeedsId"));
        return [];
      }
      return [{ ma: e.ma, ten: e.ten === undefined ? [] : Array.isArray(e.ten) ? e.ten : [e.ten] }];
    });
  }
  if (errors.length > 0) throw new InputError(errors);
  return { file, rules, requiredSections, words: (data.tu_dien ?? []).map(String) };
}

/** The nearest .kehoach.yaml at or above a folder. */
export function findConfigFile(startDir: string, cache?: Map<string, string | null>): string | undefined {
  const visited: string[] = [];
  let dir = resolve(startDir);
  let found: string | null = null;
  for (;;) {
    const known = cache?.get(dir);
    if (known !== undefined) {
      found = known;
      break;
    }
    visited.push(dir);
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) {
      found = candidate;
      break;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  for (const d of visited) cache?.set(d, found);
  return found ?? undefined;
}

/** Configuration per checked file: --config for all, else the nearest file, else the cwd's, else defaults. */
export class ConfigResolver {
  private readonly dirs = new Map<string, string | null>();
  private readonly loaded = new Map<string, CheckConfig>();
  private readonly explicit: CheckConfig | undefined;
  private readonly cwdConfig: string | undefined;

  constructor(opts: { configFile?: string; cwd: string }) {
    this.explicit = opts.configFile === undefined ? undefined : loadConfig(opts.configFile);
    this.cwdConfig = opts.configFile === undefined ? findConfigFile(opts.cwd, this.dirs) : undefined;
  }

  forFile(file: string): CheckConfig {
    if (this.explicit) return this.explicit;
    const path = findConfigFile(dirname(resolve(file)), this.dirs) ?? this.cwdConfig;
    if (path === undefined) return DEFAULT_CONFIG;
    let c = this.loaded.get(path);
    if (!c) {
      c = loadConfig(path);
      this.loaded.set(path, c);
    }
    return c;
  }

  /** The configuration files read so far (an output must never replace one). */
  files(): string[] {
    return [...this.loaded.keys(), ...(this.cwdConfig ? [this.cwdConfig] : [])];
  }
}
