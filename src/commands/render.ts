// kehoach render: options here (cheap to load); the work is in render-action.ts, loaded on use.
import { Option, type Command } from "commander";
import { pick } from "../i18n/i18n.js";

export function registerRender(program: Command): void {
  program
    .command("render")
    .description(pick({ vi: "dựng tệp .docx (hoặc .txt, .pdf) từ một hoặc nhiều kế hoạch YAML", en: "render one or more YAML plans to .docx (or .txt, .pdf)" }))
    .argument("<plan.yaml...>", pick({ vi: "các tệp kế hoạch", en: "plan files" }))
    .option("-o, --out <path>", pick({ vi: "tệp hoặc thư mục đích (mặc định: cạnh tệp kế hoạch)", en: "output file or folder (default: beside the plan)" }))
    .addOption(new Option("-f, --format <format>", pick({ vi: "định dạng đầu ra (pdf: chuyển bằng LibreOffice)", en: "output format (pdf: converted by LibreOffice)" })).choices(["docx", "txt", "pdf"]).default("docx"))
    .option("--stdout", pick({ vi: "ghi ra đầu ra chuẩn thay vì ghi tệp", en: "write to standard output instead of a file" }))
    .option("--cap-tren <kế-hoạch.yaml>", pick({ vi: "kế hoạch cấp trên: số, ngày, cơ quan, trích yếu dùng qua {{cap_tren.…}}", en: "the parent plan: its number, date, agency and summary as {{cap_tren.…}}" }))
    .action(async (files: string[], opts) => {
      const { renderCommand } = await import("./render-action.js");
      program.setOptionValue("exitCode", await renderCommand(files, opts));
    });
}
