// kehoach check: options here (cheap to load); the work is in check-action.ts, loaded on use.
import { Option, type Command } from "commander";
import { t } from "../i18n/i18n.js";

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description(
      t("cli.check.description"),
    )
    .argument("<paths...>", t("cli.check.paths"))
    .addOption(
      new Option("-f, --format <format>", t("cli.check.format")).choices(["pretty", "json", "github", "sarif"]).default("pretty"),
    )
    .option("-o, --output-file <file>", t("cli.check.outputFile"))
    .option("--final", t("cli.check.final"))
    .option("--max-warnings <n>", t("cli.check.maxWarnings"))
    .option("-c, --config <file>", t("cli.check.config"))
    .option("--data <file>", t("cli.check.data"))
    .option("--cap-tren <plan.yaml>", t("cli.check.capTren"))
    .option("-q, --quiet", t("cli.check.quiet"))
    .option("--fix", t("cli.check.fix"))
    .option("--fix-dry-run", t("cli.check.fixDryRun"))
    .action(async (paths: string[], opts) => {
      const { checkCommand } = await import("./check-action.js");
      program.setOptionValue("exitCode", await checkCommand(paths, opts));
    });
}
