// kehoach xem: options here (cheap to load); the server is in ../preview/, loaded on use.
import type { Command } from "commander";
import { t } from "../i18n/i18n.js";

export function registerXem(program: Command): void {
  program
    .command("xem")
    .description(t("xem.description"))
    .argument("<plan.yaml>", t("xem.argument"))
    .option("-p, --port <cổng>", t("xem.option.port"))
    .option("--mo", t("xem.option.open"))
    .option("--cap-tren <kế-hoạch.yaml>", t("xem.option.capTren"))
    .option("-d, --data <tệp>", t("xem.option.data"))
    .option("--dong <n>", t("xem.option.row"))
    .action(async (file: string, opts) => {
      const { xemCommand } = await import("./xem-action.js");
      program.setOptionValue("exitCode", await xemCommand(file, opts));
    });
}
