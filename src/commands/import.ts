// kehoach import: options here (cheap to load); the work is in import-action.ts, loaded on use.
import type { Command } from "commander";
import { msg, t } from "../i18n/i18n.js";

export function registerImport(program: Command): void {
  program
    .command("import")
    .description(t(msg("cli.import.description")))
    .argument("<file...>", t(msg("cli.import.files")))
    .option("-o, --output <file.yaml>", t(msg("cli.import.out")))
    .option("--out <dir>", t(msg("cli.import.outDir")))
    .option("--stdout", t(msg("cli.import.stdout")))
    .action(async (files: string[], opts) => {
      const { importCommand } = await import("./import-action.js");
      program.setOptionValue("exitCode", await importCommand(files, opts));
    });
}
