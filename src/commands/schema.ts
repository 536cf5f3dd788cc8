// kehoach schema: print the JSON Schema of plan files (work in schema-action.ts, loaded on use).
import type { Command } from "commander";
import { pick } from "../i18n/i18n.js";

export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description(pick({ vi: "in JSON Schema của tệp kế hoạch (cho trình soạn thảo)", en: "print the JSON Schema of plan files (for editors)" }))
    .action(async () => {
      const { schemaCommand } = await import("./schema-action.js");
      program.setOptionValue("exitCode", schemaCommand());
    });
}
