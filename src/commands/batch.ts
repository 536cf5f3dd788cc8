// kehoach batch: options here (cheap to load); the work is in batch-action.ts, loaded on use.
import { Option, type Command } from "commander";
import { pick } from "../i18n/i18n.js";

export function registerBatch(program: Command): void {
  program
    .command("batch")
    .description(
      pick({
        vi: "dựng nhiều kế hoạch từ một mẫu và một tệp dữ liệu (mỗi dòng một kế hoạch, ví dụ mỗi xã một kế hoạch)",
        en: "render many plans from one template and a data file (one plan per row, e.g. one per commune)",
      }),
    )
    .argument("<mau.yaml>", pick({ vi: "tệp mẫu kế hoạch (có các biến {{…}})", en: "the plan template (with {{…}} placeholders)" }))
    .requiredOption("-d, --data <tệp>", pick({ vi: "tệp dữ liệu: .csv, .xlsx, .yaml hoặc .json (dòng đầu là tên cột)", en: "data file: .csv, .xlsx, .yaml or .json (the first line names the columns)" }))
    .option("-o, --out <thư-mục>", pick({ vi: "thư mục ghi kết quả (mặc định: thư mục hiện tại; tạo mới nếu chưa có)", en: "output folder (default: the current folder; created if missing)" }))
    .option("-n, --name <mẫu-tên>", pick({ vi: 'mẫu tên tệp, ví dụ "{{slug xa}}.docx" (mặc định: slug của cột đầu tiên)', en: 'file name pattern, e.g. "{{slug xa}}.docx" (default: the slug of the first column)' }))
    .option("--cap-tren <kế-hoạch.yaml>", pick({ vi: "kế hoạch cấp trên: số, ngày, cơ quan, trích yếu dùng qua {{cap_tren.…}}", en: "the parent plan: its number, date, agency and summary as {{cap_tren.…}}" }))
    .addOption(new Option("-f, --format <format>", pick({ vi: "định dạng đầu ra (pdf: chuyển bằng LibreOffice, một lần cho cả lô)", en: "output format (pdf: converted by LibreOffice, once for the whole batch)" })).choices(["docx", "txt", "pdf"]).default("docx"))
    .option("-j, --jobs <n>", pick({ vi: "số luồng song song (mặc định: 1; số lõi CPU với lô từ 1000 dòng trên máy từ 2 lõi)", en: "parallel threads (default: 1; the CPU count from 1,000 rows on machines with 2+ CPUs)" }))
    .option("--dry-run", pick({ vi: "chỉ kiểm tra mọi dòng, không ghi tệp nào", en: "check every row, write nothing" }))
    .option("--kiem-tra", pick({ vi: "như --dry-run", en: "same as --dry-run" }))
    .action(async (template: string, opts) => {
      const { batchCommand } = await import("./batch-action.js");
      program.setOptionValue("exitCode", await batchCommand(template, opts));
    });
}
