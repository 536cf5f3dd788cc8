// The commander program. Each command lives in src/commands/ and is imported only when it runs,
// so `kehoach --version` does not load docx, zod or yaml.
import { Command, Help, Option } from "commander";
import { InputError, OutputError, UsageError } from "./findings/errors.js";
import { getLang, isLang, setLang, t } from "./i18n/i18n.js";
import { registerBatch } from "./commands/batch.js";
import { errorLine, EXIT, exitCodeOf } from "./commands/exit.js";
import { registerCheck } from "./commands/check.js";
import { registerImport } from "./commands/import.js";
import { registerNew } from "./commands/new.js";
import { registerRender } from "./commands/render.js";
import { registerSchema } from "./commands/schema.js";
import { registerXem } from "./commands/xem.js";
import { VERSION } from "./version.js";

const COMMANDS: ((program: Command) => void)[] = [registerRender, registerSchema, registerCheck, registerBatch, registerNew, registerXem, registerImport];


/** --lang must be known before commander writes help or errors. */
function presetLang(argv: readonly string[]): void {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? process.env.KEHOACH_LANG : argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  if (value && isLang(value)) setLang(value);
}

const HELP_WORDS: [RegExp, string][] = [
  [/^Usage:/gm, "Cách dùng:"],
  [/^Options:/gm, "Tùy chọn:"],
  [/^Commands:/gm, "Lệnh:"],
  [/^Arguments:/gm, "Tham số:"],
  [/\(default: /g, "(mặc định: "],
  [/\(choices: /g, "(chọn một: "],
  [/, default:(\s)/g, ", mặc định:$1"],
  [/\[options\]/g, "[tùy chọn]"],
  [/\[command\]/g, "[lệnh]"],
];
const ERROR_WORDS: [RegExp, string][] = [
  [/^error: unknown option '([^']+)'(\n?\(Did you mean (.+)\?\))?/m, "lỗi: không có tùy chọn '$1'. $3"],
  [/^error: unknown command '([^']+)'/m, "lỗi: không có lệnh '$1'"],
  [/^error: missing required argument '([^']+)'/m, "lỗi: thiếu tham số bắt buộc '$1'"],
  [/^error: too many arguments.*$/m, "lỗi: thừa tham số"],
  [/^error: option '([^']+)' argument '([^']+)' is invalid\. Allowed choices are (.+)\./m, "lỗi: giá trị '$2' của tùy chọn '$1' không hợp lệ; chọn một trong: $3."],
  [/^error: option '([^']+)' argument missing/m, "lỗi: tùy chọn '$1' cần một giá trị"],
  [/^error: required option '([^']+)' not specified/m, "lỗi: thiếu tùy chọn bắt buộc '$1'"],
];

function translate(text: string, table: [RegExp, string][]): string {
  if (getLang() === "en") return text;
  return table.reduce((t, [re, vi]) => t.replace(re, vi), text);
}

export function buildProgram(): Command {
  const program = new Command("kehoach");
  const baseFormat = Help.prototype.formatHelp;
  program
    .description(t("cli.description"))
    .version(VERSION, "-V, --version", t("cli.version"))
    .helpOption("-h, --help", t("cli.help"))
    .helpCommand("help [lệnh]", t("cli.helpCommand"))
    .addOption(new Option("--lang <lang>", t("cli.lang")).choices(["vi", "en"]).default("vi"))
    .option("--debug", t("cli.debug"))
    .configureHelp({ formatHelp: (cmd, helper) => translate(baseFormat.call(helper, cmd, helper), HELP_WORDS) })
    .configureOutput({ outputError: (str, write) => write(translate(str, ERROR_WORDS)) })
    .showSuggestionAfterError(true)
    .exitOverride();

  // One file per command in src/commands/; add a command by adding its register function here.
  for (const register of COMMANDS) register(program);

  return program;
}

export async function run(argv: readonly string[]): Promise<number> {
  presetLang(argv);
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: "user" });
    return (program.getOptionValue("exitCode") as number | undefined) ?? EXIT.ok;
  } catch (e) {
    return handleError(e, argv.includes("--debug"));
  }
}

export function handleError(e: unknown, debug: boolean): number {
  const code = exitCodeOf(e);
  if (e instanceof UsageError) process.stderr.write(errorLine(e.problem) + "\n");
  else if (e instanceof InputError || e instanceof OutputError) process.stderr.write(`${e.message}\n`);
  if (code !== undefined) return code;
  process.stderr.write(`${t("common.crash")}\n`);
  if (debug) process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return EXIT.usage;
}
