// kehoach new: options here (cheap to load); the work is in new-action.ts, loaded on use.
import { Option, type Command } from "commander";
import { t } from "../i18n/i18n.js";

export function registerNew(program: Command): void {
  program
    .command("new")
    .description(
      t("cli.new.description"),
    )
    .argument("[tệp]", t("cli.new.file"))
    .addOption(new Option("--mau <loai>", t("cli.new.mau")).choices(["xa"]))
    .action(async (file: string | undefined, opts: { mau?: "xa" }) => {
      const { newCommand } = await import("./new-action.js");
      program.setOptionValue("exitCode", newCommand(file, opts));
    });
}
