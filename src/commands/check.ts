// kehoach check: options here (cheap to load); the work is in ../check/run-check.ts, loaded on use.
import { Option, type Command } from "commander";
import { pick } from "../i18n/i18n.js";

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description(
      pick({
        vi: "kiểm tra kế hoạch theo Nghị định 30 (dùng trong CI hoặc trước khi trình ký)",
        en: "check plans against Decree 30 rules (for CI, or before signing)",
      }),
    )
    .argument("<paths...>", pick({ vi: "tệp, thư mục hoặc mẫu tên (plans/, templates/, plans/*.yaml)", en: "files, folders or globs (plans/, templates/, plans/*.yaml)" }))
    .addOption(
      new Option("-f, --format <format>", pick({ vi: "định dạng báo cáo", en: "report format" })).choices(["pretty", "json", "github", "sarif"]).default("pretty"),
    )
    .option("-o, --output-file <file>", pick({ vi: "ghi báo cáo vào tệp thay vì đầu ra chuẩn", en: "write the report to a file instead of standard output" }))
    .option("--final", pick({ vi: "bản chính thức: bắt buộc có số và đủ ngày ban hành", en: "final version: the number and a full date are required" }))
    .option("--max-warnings <n>", pick({ vi: "trả mã lỗi 1 khi số cảnh báo vượt quá n", en: "exit with 1 when there are more than n warnings" }))
    .option("-c, --config <file>", pick({ vi: "tệp cấu hình (mặc định: .kehoach.yaml gần nhất)", en: "configuration file (default: the nearest .kehoach.yaml)" }))
    .option("--data <file>", pick({ vi: "tệp dữ liệu (CSV, XLSX, YAML, JSON): kiểm tra mẫu với từng dòng", en: "data file (CSV, XLSX, YAML, JSON): check templates against each row" }))
    .option("--cap-tren <plan.yaml>", pick({ vi: "kế hoạch cấp trên, cho các biến {{cap_tren.…}} của mẫu (như lệnh batch)", en: "the parent plan, for a template's {{cap_tren.…}} values (as batch takes it)" }))
    .option("-q, --quiet", pick({ vi: "chỉ báo lỗi, không in cảnh báo", en: "report errors only, not warnings" }))
    .action(async (paths: string[], opts) => {
      const { checkCommand } = await import("../check/run-check.js");
      // Word files: the plan rules run on the plan `import` recognises (loaded only for a .docx).
      const recognizePlan = async (doc: Parameters<typeof import("../import/for-check.js").recognizeForCheck>[0]) => (await import("../import/for-check.js")).recognizeForCheck(doc);
      // Many Word files are checked in worker threads: the entry sits beside this module.
      const docxWorker = new URL("./check-docx-worker.js", import.meta.url);
      program.setOptionValue("exitCode", await checkCommand(paths, { ...opts, recognizePlan, docxWorker }));
    });
}
