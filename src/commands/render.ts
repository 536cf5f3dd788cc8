// kehoach render: options here (cheap to load); the work is in render-action.ts, loaded on use.
import { Option, type Command } from "commander";
import { t } from "../i18n/i18n.js";

export function registerRender(program: Command): void {
  program
    .command("render")
    .description(t("cli.render.renderOneOrMore"))
    .argument("<plan.yaml...>", t("cli.render.planFiles"))
    .option("-o, --out <path>", t("cli.render.outputFileOrFolder"))
    .addOption(new Option("-f, --format <format>", t("cli.batch.outputFormat")).choices(["docx", "txt"]).default("docx"))
    .option("--stdout", t("cli.render.writeToStandardOutput"))
    .option("--cap-tren <kế-hoạch.yaml>", t("cli.batch.theParentPlanIts"))
    .action(async (files: string[], opts) => {
      const { renderCommand } = await import("./render-action.js");
      program.setOptionValue("exitCode", await renderCommand(files, opts));
    });
}
