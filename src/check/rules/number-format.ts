// Số, ký hiệu as nd30 §6 writes them: the plan's own "Số: 02/KH-UBND" line, and every document
// number cited in the text ("Kế hoạch số 70/KH-UBND"): groups joined by "-" with no spaces, the
// type abbreviation first (KH for a kế hoạch), upper case, followed by the issuer's ("548/KH" alone
// is short of it). A number is plain digits: "1.696/QĐ-TTg" (a thousands dot, as a PDF or a
// spreadsheet writes it) is reported and fixed to "1696/QĐ-TTg", the form on the document itself.
//
// ok:     Thực hiện Kế hoạch số 70/KH-UBND ngày 15/3/2024 …; Nghị định số 30/2020/NĐ-CP; Chỉ thị 21-CT/TW
// not ok: Kế hoạch số 63/KHUBND …; Quyết định 3877/ QĐ-UBND …; co_quan.viet_tat: KH-UBND;
//         Kế hoạch số 548/KH ngày …; 548/KH- UBND; Chỉ thị 05 - CT/TW; Quyết định số 1.696/QĐ-TTg
import { findCitations, TYPE_ABBREVIATIONS, type Citation } from "../citations.js";
import type { Finding, Rule, RuleContext, TextEntry } from "../rule.js";
import { findingIn } from "../rule.js";
import { type Message, msg } from "../../i18n/i18n.js";

/** nd30.md §13 so-format: "Số: 02/KH-UBND", or a blank number in a draft. */
const NUMBER_LINE = /^Số: ?(\d{2,}|\s+)\/[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ][A-Za-zĐđ0-9]*)+$/u;
const GROUP = /^[A-ZĐ][A-Za-zĐđ0-9]*$/u;
const KNOWN = new Set(Object.values(TYPE_ABBREVIATIONS).filter((a): a is string => a !== undefined));

function ownNumber(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const abbrev = ctx.document.typeAbbrev;
  const vt = ctx.plan.co_quan.viet_tat;
  if (vt.includes("{{")) return out;
  const first = vt.split("-")[0] ?? "";
  if (first === abbrev || KNOWN.has(first)) {
    out.push({
      path: ["co_quan", "viet_tat"],
      message: msg("check.number-format.typeInAbbreviation", { vt, first, p3: ctx.document.header.numberLine.trim() }),
      hint: msg("check.number-format.typeInAbbreviationHint", { abbrev }),
    });
    return out;
  }
  const so = ctx.plan.so;
  if (typeof so === "string" && so.includes("{{")) return out;
  if (so !== undefined && Number(so) === 0) {
    out.push({ path: ["so"], message: msg("check.number-format.startsAtOne") });
    return out;
  }
  const line = ctx.document.header.numberLine;
  if (!NUMBER_LINE.test(line)) {
    out.push({
      path: ["co_quan", "viet_tat"],
      message: msg("check.number-format.badOwnNumber", { p1: line.trim() }),
      hint: msg("check.number-format.abbreviationGroups"),
    });
  }
  return out;
}

function citationProblem(c: Citation, written: string): { message: Message; fix?: string; hint?: Message } | undefined {
  const shown = `${c.number}${c.separator}${c.symbol}`;
  if (c.thousandsDot) return { message: msg("check.number-format.thousandsDot", { written }), fix: shown };
  if (c.spaced) {
    return { message: msg("check.number-format.straySpaces", { written }), fix: shown };
  }
  // A Party number written the state's way: 05/CT/TW for 05-CT/TW.
  if (c.separator === "/" && /^[A-ZĐ][A-Za-zĐđ]*\/[A-ZĐ][A-Za-zĐđ0-9]*(-[A-ZĐ][A-Za-zĐđ0-9]*)*$/u.test(c.symbol)) {
    return { message: msg("check.number-format.partyDash", { shown }), fix: `${c.number}-${c.symbol}` };
  }
  if (c.separator === "-") {
    // Party documents: 21-CT/TW, 36-HD/VPTW
    return /^[A-ZĐ][A-Za-zĐđ]*\/[A-ZĐ][A-Za-zĐđ0-9]*(-[A-ZĐ][A-Za-zĐđ0-9]*)*$/u.test(c.symbol)
      ? undefined
      : { message: msg("check.number-format.malformedPartySymbol", { shown }) };
  }
  const legal = /^(\d{4})\/(.+)$/.exec(c.symbol);
  const groups = (legal ? legal[2]! : c.symbol).split("-");
  if (groups.some((g) => g === "" || !GROUP.test(g))) {
    const upper = c.symbol.toLocaleUpperCase("vi");
    const fixable = upper !== c.symbol && upper.split("-").every((g) => g !== "");
    return { message: msg("check.number-format.malformedSymbol", { symbol: c.symbol, shown }), fix: fixable ? `${c.number}/${upper}` : undefined };
  }
  if (legal) return undefined;
  const want = TYPE_ABBREVIATIONS[c.type];
  if (want === undefined) return undefined;
  const first = groups[0]!;
  if (first === want && groups.length === 1) {
    return { message: msg("check.number-format.noIssuer", { written, type: want }), hint: msg("check.number-format.noIssuerHint", { number: c.number, type: want }) };
  }
  if (first === want) return undefined;
  if (first.startsWith(want) && first.length > want.length) {
    const fixed = `${c.number}/${want}-${first.slice(want.length)}${groups.length > 1 ? "-" + groups.slice(1).join("-") : ""}`;
    return { message: msg("check.number-format.dashAfterType", { shown, want }), fix: fixed };
  }
  if (groups.length === 1) {
    return { message: msg("check.number-format.typeAbbreviation", { shown, type: c.typeText.toLocaleLowerCase("vi"), want }), fix: `${c.number}/${want}-${c.symbol}` };
  }
  if (KNOWN.has(first)) {
    return { message: msg("check.number-format.startsWithButThe", { shown, first, type: c.typeText.toLocaleLowerCase("vi"), want }) };
  }
  return undefined;
}

function citedNumbers(entry: TextEntry): Finding[] {
  const out: Finding[] = [];
  for (const c of findCitations(entry.text)) {
    const p = citationProblem(c, entry.text.slice(c.numberIndex, c.numberIndex + c.numberLength));
    if (!p) continue;
    const f = findingIn(entry, c.numberIndex, c.numberLength, p.message, p.hint ?? (p.fix ? msg("check.number-format.fix", { fix: p.fix }) : undefined));
    // Spaces, a missing hyphen or type, a thousands dot: the fix rewrites only the number itself.
    if (p.fix) f.fix = p.fix;
    out.push(f);
  }
  return out;
}

export const rule: Rule = {
  id: "number-format",
  description: msg("check.number-format.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §6",
  check(ctx) {
    const out = ctx.template && ctx.plan.co_quan.viet_tat.includes("{{") ? [] : ownNumber(ctx);
    for (const entry of ctx.texts) if (entry.role !== "agency" && entry.role !== "signature") out.push(...citedNumbers(entry));
    return out;
  },
};
