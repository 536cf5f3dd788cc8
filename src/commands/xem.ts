// kehoach xem: options here (cheap to load); the server is in ../preview/, loaded on use.
import type { Command } from "commander";
import { msg } from "../i18n/feature-preview.js";
import { pick } from "../i18n/i18n.js";

export function registerXem(program: Command): void {
  program
    .command("xem")
    .description(pick(msg("xem.description")))
    .argument("<plan.yaml>", pick(msg("xem.argument")))
    .option("-p, --port <cổng>", pick(msg("xem.option.port")))
    .option("--mo", pick(msg("xem.option.open")))
    .option("--cap-tren <kế-hoạch.yaml>", pick(msg("xem.option.capTren")))
    .option("-d, --data <tệp>", pick(msg("xem.option.data")))
    .option("--dong <n>", pick(msg("xem.option.row")))
    .action(async (file: string, opts) => {
      const { xemCommand } = await import("./xem-action.js");
      program.setOptionValue("exitCode", await xemCommand(file, opts));
    });
}
