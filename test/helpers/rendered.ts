// Diagnostics with their words: stages and rules name message ids, the tests read the text.
import type { Diagnostic } from "../../src/findings/diagnostic.js";
import { t } from "../../src/i18n/i18n.js";

export type Rendered<D extends Diagnostic = Diagnostic> = Omit<D, "message" | "hint"> & { message: string; hint?: string };

export function rendered<D extends Diagnostic>(d: D): Rendered<D> {
  return { ...d, message: t(d.message), hint: d.hint === undefined ? undefined : t(d.hint) };
}
