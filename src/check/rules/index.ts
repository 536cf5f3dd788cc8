// Every rule, listed explicitly and sorted by id (one file per rule; the file name is the id).
import type { AnyRule } from "../rule.js";
import { rule as agencyName } from "./agency-name.js";
import { rule as bracketsQuotes } from "./brackets-quotes.js";
import { rule as closing } from "./closing.js";
import { rule as confusion } from "./confusion.js";
import { rule as dateValid } from "./date-valid.js";
import { rule as deadlineDate } from "./deadline-date.js";
import { rule as draftFields } from "./draft-fields.js";
import { rule as emptyItem } from "./empty-item.js";
import { rule as emptySection } from "./empty-section.js";
import { rule as issuerAbbreviation } from "./issuer-abbreviation.js";
import { rule as layoutBodySize } from "./layout-body-size.js";
import { rule as layoutDate } from "./layout-date.js";
import { rule as layoutFont } from "./layout-font.js";
import { rule as layoutHeader } from "./layout-header.js";
import { rule as layoutHeadings } from "./layout-headings.js";
import { rule as layoutIndentSpacing } from "./layout-indent-spacing.js";
import { rule as layoutJustify } from "./layout-justify.js";
import { rule as layoutLines } from "./layout-lines.js";
import { rule as layoutMargins } from "./layout-margins.js";
import { rule as layoutPageNumber } from "./layout-page-number.js";
import { rule as layoutPageSize } from "./layout-page-size.js";
import { rule as layoutRecipients } from "./layout-recipients.js";
import { rule as layoutSignature } from "./layout-signature.js";
import { rule as layoutTitle } from "./layout-title.js";
import { rule as numberFormat } from "./number-format.js";
import { rule as pageNumber } from "./page-number.js";
import { rule as recipients } from "./recipients.js";
import { rule as renderArtifacts } from "./render-artifacts.js";
import { rule as repeatedWord } from "./repeated-word.js";
import { rule as requiredSections } from "./required-sections.js";
import { rule as signatureAuthority } from "./signature-authority.js";
import { rule as spacingPunctuation } from "./spacing-punctuation.js";
import { rule as spelling } from "./spelling.js";
import { rule as staleYear } from "./stale-year.js";
import { rule as taskRecipients } from "./task-recipients.js";
import { rule as typedNumbering } from "./typed-numbering.js";
import { rule as unicode } from "./unicode.js";
import { rule as unresolvedPlaceholder } from "./unresolved-placeholder.js";

export const RULES: readonly AnyRule[] = [
  agencyName,
  bracketsQuotes,
  closing,
  confusion,
  dateValid,
  deadlineDate,
  draftFields,
  emptyItem,
  emptySection,
  issuerAbbreviation,
  layoutBodySize,
  layoutDate,
  layoutFont,
  layoutHeader,
  layoutHeadings,
  layoutIndentSpacing,
  layoutJustify,
  layoutLines,
  layoutMargins,
  layoutPageNumber,
  layoutPageSize,
  layoutRecipients,
  layoutSignature,
  layoutTitle,
  numberFormat,
  pageNumber,
  recipients,
  renderArtifacts,
  repeatedWord,
  requiredSections,
  signatureAuthority,
  spacingPunctuation,
  spelling,
  staleYear,
  taskRecipients,
  typedNumbering,
  unicode,
  unresolvedPlaceholder,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((r) => r.id === id);
}
