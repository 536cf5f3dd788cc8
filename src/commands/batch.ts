// kehoach batch: options here (cheap to load); the work is in batch-action.ts, loaded on use.
import { Option, type Command } from "commander";
import { t } from "../i18n/i18n.js";

export function registerBatch(program: Command): void {
  program
    .command("batch")
    .description(
      t("cli.batch.renderManyPlansFrom"),
    )
    .argument("<mau.yaml>", t("cli.batch.thePlanTemplateWith"))
    .requiredOption("-d, --data <tệp>", t("cli.batch.dataFileCsvXlsx"))
    .option("-o, --out <thư-mục>", t("cli.batch.outputFolderDefaultThe"))
    .option("-n, --name <mẫu-tên>", t("cli.batch.fileNamePatternE"))
    .option("--cap-tren <kế-hoạch.yaml>", t("cli.batch.theParentPlanIts"))
    .addOption(new Option("-f, --format <format>", t("cli.batch.outputFormat")).choices(["docx", "txt"]).default("docx"))
    .option("-j, --jobs <n>", t("cli.batch.parallelThreadsDefault1"))
    .option("--dry-run", t("cli.batch.checkEveryRowWrite"))
    .option("--kiem-tra", t("cli.batch.sameAsDryRun"))
    .action(async (template: string, opts) => {
      const { batchCommand } = await import("./batch-action.js");
      program.setOptionValue("exitCode", await batchCommand(template, opts));
    });
}
