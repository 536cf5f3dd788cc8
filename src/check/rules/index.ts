// Every rule, listed explicitly and sorted by id (one file per rule; the file name is the id).
import type { Rule } from "../rule.js";
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

export const RULES: readonly Rule[] = [
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
