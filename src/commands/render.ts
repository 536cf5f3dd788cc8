// kehoach render: options here (cheap to load); the work is in render-action.ts, loaded on use.
import { Option, type Command } from "commander";
import { t } from "../i18n/i18n.js";

export function registerRender(program: Command): void {
  program
    .command("render")
    .description(t("cli.render.description"))
    .argument("<plan.yaml...>", t("cli.render.files"))
    .option("-o, --out <path>", t("cli.render.out"))
    .addOption(new Option("-f, --format <format>", t("cli.render.format")).choices(["docx", "txt", "pdf"]).default("docx"))
    .option("--stdout", t("cli.render.stdout"))
    .option("--cap-tren <kế-hoạch.yaml>", t("cli.capTren"))
    .action(async (files: string[], opts) => {
      const { renderCommand } = await import("./render-action.js");
      program.setOptionValue("exitCode", await renderCommand(files, opts));
    });
}
