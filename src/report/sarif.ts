// kehoach check --format sarif: SARIF 2.1.0, the format GitHub code scanning reads
// (github/codeql-action/upload-sarif). One run; the driver lists every rule (and the stage codes
// that occur, such as schema or yaml-syntax); each result points at its rule by id and index.
import type { Diagnostic } from "../findings/diagnostic.js";
import { type Message, msg, t } from "../i18n/i18n.js";
import type { CheckReport, RuleInfo } from "./report-data.js";
import { relativeUri } from "./relative-uri.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const INFORMATION_URI = "https://www.npmjs.com/package/kehoach";

/** Codes that come from the stages before the rules (load, validate, expand, configuration). */
const STAGE_CODES: Record<string, Message> = {
  input: msg("report.input"),
  "yaml-syntax": msg("report.yaml-syntax"),
  "yaml-alias": msg("report.yaml-alias"),
  schema: msg("report.schema"),
  limit: msg("report.limit"),
  placeholder: msg("report.placeholder"),
  "control-characters": msg("report.control-characters"),
  config: msg("report.config"),
  data: msg("report.data"),
  "csv-syntax": msg("report.csv-syntax"),
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
    shortDescription: { text: t(r.description) },
    fullDescription: { text: `${t(r.description)} (${r.docs})` },
    helpUri: `${INFORMATION_URI}#${r.id}`,
    defaultConfiguration: r.level === "off" ? { level: "none", enabled: false } : { level: level(r.level) },
    properties: { source: r.docs },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // Stage codes get a rule entry of their own, so that every result has a ruleIndex.
  for (const d of report.diagnostics) {
    if (index.has(d.code)) continue;
    const stage = STAGE_CODES[d.code];
    const text = stage ? t(stage) : d.code;
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

  // A finding in a Word file (d.paragraph, line 0) has no text line. GitHub code scanning needs a region with
  // a startLine, so the region's startLine is the paragraph number ¶N and its snippet the quoted
  // words; the paragraph is also given as a logical location "¶N" (kind "element": a w:p), and
  // properties.paragraph / properties.page carry the numbers. Paragraph 0 is the file as a whole.
  const results = report.diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: index.get(d.code)!,
    level: level(d.severity),
    message: { text: (inParagraph(d) ? `¶${d.paragraph}: ` : "") + (d.hint ? `${t(d.message)}\n${t(d.hint)}` : t(d.message)) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: percentEncoded(relativeUri(d.file, report.cwd)), uriBaseId: "%SRCROOT%" },
          region: inParagraph(d)
            ? { startLine: Math.max(1, d.paragraph!), ...(d.quote ? { snippet: { text: d.quote } } : {}) }
            : {
                startLine: Math.max(1, d.line),
                startColumn: Math.max(1, d.column),
                ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
                ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
              },
        },
        ...(inParagraph(d) ? { logicalLocations: [{ name: `¶${d.paragraph}`, kind: "element" }] } : {}),
      },
    ],
    ...(inParagraph(d) ? { properties: { paragraph: d.paragraph, ...(d.page !== undefined ? { page: d.page } : {}) } } : {}),
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

/** A finding at a paragraph of a Word or PDF file (no line). */
function inParagraph(d: Diagnostic): boolean {
  return d.line === 0 && d.paragraph !== undefined;
}

/** A relative path as a URI reference: each segment percent-encoded ("Kế hoạch #1" → "K%E1%BA%BF%20ho%E1%BA%A1ch%20%231"). */
export function percentEncoded(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}
