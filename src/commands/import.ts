// kehoach import: options here (cheap to load); the work is in import-action.ts, loaded on use.
import type { Command } from "commander";
import { pick } from "../i18n/i18n.js";
import { importMsg } from "../i18n/feature-import.js";

export function registerImport(program: Command): void {
  program
    .command("import")
    .description(pick(importMsg("import.command.description")))
    .argument("<file...>", pick(importMsg("import.command.files")))
    .option("-o, --output <file.yaml>", pick(importMsg("import.command.out")))
    .option("--out <dir>", pick(importMsg("import.command.outDir")))
    .option("--stdout", pick(importMsg("import.command.stdout")))
    .action(async (files: string[], opts) => {
      const { importCommand } = await import("./import-action.js");
      program.setOptionValue("exitCode", await importCommand(files, opts));
    });
}
