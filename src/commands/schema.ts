// kehoach schema: print the JSON Schema of plan files (work in schema-action.ts, loaded on use).
import type { Command } from "commander";
import { t } from "../i18n/i18n.js";

export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description(t("cli.schema.description"))
    .action(async () => {
      const { schemaCommand } = await import("./schema-action.js");
      program.setOptionValue("exitCode", schemaCommand());
    });
}
