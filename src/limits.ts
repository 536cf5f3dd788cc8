// Limits on input, enforced with clear messages so hostile files cannot hang or exhaust the tool.
export const LIMITS = {
  /** Largest plan or template file read (bytes). A real plan is about 30 KB. */
  maxPlanBytes: 2 * 1024 * 1024,
  /** Largest data table (CSV, XLSX, YAML, JSON) for batch (bytes). */
  maxDataBytes: 50 * 1024 * 1024,
  /** Most bytes an .xlsx data file may unpack to (its XML parts together): a zip bomb of a few MB
   *  declares gigabytes. A table of 1,000 communes unpacks to well under 1 MB. */
  maxXlsxUnpackedBytes: 64 * 1024 * 1024,
  /** Deepest nesting of YAML collections in a plan. */
  maxDepth: 40,
  /** YAML aliases expanded at most ("billion laughs" protection). */
  maxAliasCount: 100,
  /** Number of sections, blocks in total, and characters in one string. A "block" here is what
   *  becomes a paragraph or a cell: each line of a text block, item, point, bullet, sub-bullet,
   *  table cell, opening/closing paragraph and recipient, a lap's blocks once per repetition. */
  maxSections: 200,
  maxBlocks: 20_000,
  maxStringChars: 200_000,
} as const;
