// kehoach new: options here (cheap to load); the work is in new-action.ts, loaded on use.
import { Option, type Command } from "commander";
import { pick } from "../i18n/i18n.js";

export function registerNew(program: Command): void {
  program
    .command("new")
    .description(
      pick({
        vi: "tạo một kế hoạch mẫu (hoặc một mẫu kế hoạch cấp xã cho batch) có đủ các mục và chú thích",
        en: "write a starter plan (or a starter commune template for batch) with every usual section, explained",
      }),
    )
    .argument("[tệp]", pick({ vi: "tệp sẽ tạo (mặc định: ke-hoach.yaml, hoặc mau-xa.yaml với --mau xa)", en: "the file to write (default: ke-hoach.yaml, or mau-xa.yaml with --mau xa)" }))
    .addOption(new Option("--mau <loai>", pick({ vi: "tạo mẫu cho batch thay vì một kế hoạch: xa = kế hoạch cấp xã", en: "write a batch template instead of a plan: xa = a commune plan" })).choices(["xa"]))
    .action(async (file: string | undefined, opts: { mau?: "xa" }) => {
      const { newCommand } = await import("./new-action.js");
      program.setOptionValue("exitCode", newCommand(file, opts));
    });
}
