// kehoach check: options here (cheap to load); the work is in check-action.ts, loaded on use.
import { Option, type Command } from "commander";
import { t } from "../i18n/i18n.js";

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description(
      t("cli.check.checkPlansAgainstDecree"),
    )
    .argument("<paths...>", t("cli.check.filesFoldersOrGlobs"))
    .addOption(
      new Option("-f, --format <format>", t("cli.check.reportFormat")).choices(["pretty", "json", "github", "sarif"]).default("pretty"),
    )
    .option("-o, --output-file <file>", t("cli.check.writeTheReportTo"))
    .option("--final", t("cli.check.finalVersionTheNumber"))
    .option("--max-warnings <n>", t("cli.check.exitWith1When"))
    .option("-c, --config <file>", t("cli.check.configurationFileDefaultThe"))
    .option("--data <file>", t("cli.check.dataFileCsvXlsx"))
    .option("--cap-tren <plan.yaml>", t("cli.check.theParentPlanFor"))
    .option("-q, --quiet", t("cli.check.reportErrorsOnlyNot"))
    .action(async (paths: string[], opts) => {
      const { checkCommand } = await import("./check-action.js");
      program.setOptionValue("exitCode", await checkCommand(paths, opts));
    });
}
