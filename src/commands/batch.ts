// kehoach batch: options here (cheap to load); the work is in batch-action.ts, loaded on use.
import { Option, type Command } from "commander";
import { t } from "../i18n/i18n.js";

export function registerBatch(program: Command): void {
  program
    .command("batch")
    .description(
      t("cli.batch.description"),
    )
    .argument("<mau.yaml>", t("cli.batch.template"))
    .requiredOption("-d, --data <tệp>", t("cli.batch.data"))
    .option("-o, --out <thư-mục>", t("cli.batch.out"))
    .option("-n, --name <mẫu-tên>", t("cli.batch.name"))
    .option("--cap-tren <kế-hoạch.yaml>", t("cli.capTren"))
    .addOption(new Option("-f, --format <format>", t("cli.batch.format")).choices(["docx", "txt", "pdf"]).default("docx"))
    .option("-j, --jobs <n>", t("cli.batch.jobs"))
    .option("--dry-run", t("cli.batch.dryRun"))
    .option("--kiem-tra", t("cli.batch.kiemTra"))
    .action(async (template: string, opts) => {
      const { batchCommand } = await import("./batch-action.js");
      program.setOptionValue("exitCode", await batchCommand(template, opts));
    });
}
