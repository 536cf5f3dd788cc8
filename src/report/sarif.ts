// kehoach check --format sarif: SARIF 2.1.0, the format GitHub code scanning reads
// (github/codeql-action/upload-sarif). One run; the driver lists every rule (and the stage codes
// that occur, such as schema or yaml-syntax); each result points at its rule by id and index.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { pick } from "../i18n/i18n.js";
import type { CheckReport, RuleInfo } from "./report-data.js";
import { relativeUri } from "./relative-uri.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const INFORMATION_URI = "https://www.npmjs.com/package/kehoach";

/** Codes that come from the stages before the rules (load, validate, expand, configuration). */
const STAGE_CODES: Record<string, { vi: string; en: string }> = {
  input: { vi: "Không đọc được tệp.", en: "The file cannot be read." },
  "yaml-syntax": { vi: "Lỗi cú pháp YAML.", en: "YAML syntax error." },
  "yaml-alias": { vi: "Quá nhiều bí danh YAML.", en: "Too many YAML aliases." },
  schema: { vi: "Kế hoạch không đúng mẫu (khóa, kiểu giá trị).", en: "The plan does not match the schema (keys, value types)." },
  limit: { vi: "Kế hoạch vượt giới hạn kích thước.", en: "The plan exceeds a size limit." },
  placeholder: { vi: "Biến {{…}} không mở rộng được.", en: "A {{…}} placeholder cannot be expanded." },
  "control-characters": { vi: "Đã xóa ký tự điều khiển.", en: "Control characters were removed." },
  config: { vi: "Tệp cấu hình .kehoach.yaml không hợp lệ.", en: "Invalid .kehoach.yaml configuration." },
  data: { vi: "Tệp dữ liệu không hợp lệ.", en: "Invalid data file." },
  "csv-syntax": { vi: "Lỗi cú pháp CSV.", en: "CSV syntax error." },
};

type Level = "error" | "warning" | "note" | "none";

function level(sev: Diagnostic["severity"] | RuleInfo["level"]): Level {
  return sev === "error" ? "error" : sev === "warning" ? "warning" : sev === "off" ? "none" : "note";
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: Level; enabled?: boolean };
  properties?: Record<string, unknown>;
}

function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, _d, c: string) => c.toUpperCase());
}

export function formatSarif(report: CheckReport): string {
  const rules: SarifRule[] = report.rules.map((r) => ({
    id: r.id,
    name: ruleName(r.id),
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description} (${r.docs})` },
    helpUri: `${INFORMATION_URI}#${r.id}`,
    defaultConfiguration: r.level === "off" ? { level: "none", enabled: false } : { level: level(r.level) },
    properties: { source: r.docs },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // Stage codes get a rule entry of their own, so that every result has a ruleIndex.
  for (const d of report.diagnostics) {
    if (index.has(d.code)) continue;
    const text = pick(STAGE_CODES[d.code] ?? { vi: d.code, en: d.code });
    index.set(d.code, rules.length);
    rules.push({
      id: d.code,
      name: ruleName(d.code),
      shortDescription: { text },
      fullDescription: { text },
      helpUri: INFORMATION_URI,
      defaultConfiguration: { level: "error" },
    });
  }

  // A finding in a Word file (d.place) has no text line. GitHub code scanning needs a region with
  // a startLine, so the region's startLine is the paragraph number ¶N and its snippet the quoted
  // words; the paragraph is also given as a logical location "¶N" (kind "element": a w:p), and
  // properties.paragraph / properties.page carry the numbers. Paragraph 0 is the file as a whole.
  const results = report.diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: index.get(d.code)!,
    level: level(d.severity),
    message: { text: (d.place ? `¶${d.place.paragraph}: ` : "") + (d.hint ? `${d.message}\n${d.hint}` : d.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(d.file, report.cwd), uriBaseId: "%SRCROOT%" },
          region: d.place
            ? { startLine: Math.max(1, d.place.paragraph), ...(d.place.quote ? { snippet: { text: d.place.quote } } : {}) }
            : {
                startLine: Math.max(1, d.line),
                startColumn: Math.max(1, d.column),
                ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
                ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
              },
        },
        ...(d.place ? { logicalLocations: [{ name: `¶${d.place.paragraph}`, kind: "element" }] } : {}),
      },
    ],
    ...(d.place ? { properties: { paragraph: d.place.paragraph, ...(d.place.page !== undefined ? { page: d.place.page } : {}) } } : {}),
  }));

  const sarif = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "kehoach",
            version: report.toolVersion,
            semanticVersion: report.toolVersion,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
