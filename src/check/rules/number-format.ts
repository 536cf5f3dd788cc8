// Số, ký hiệu as nd30 §6 writes them: the plan's own "Số: 02/KH-UBND" line, and every document
// number cited in the text ("Kế hoạch số 70/KH-UBND"): groups joined by "-" with no spaces, the
// type abbreviation first (KH for a kế hoạch), upper case, followed by the issuer's ("548/KH" alone
// is short of it). A number is plain digits: "1.696/QĐ-TTg" (a thousands dot, as a PDF or a
// spreadsheet writes it) is reported and fixed to "1696/QĐ-TTg", the form on the document itself.
//
// ok:     Thực hiện Kế hoạch số 70/KH-UBND ngày 15/3/2024 …; Nghị định số 30/2020/NĐ-CP; Chỉ thị 21-CT/TW
// not ok: Kế hoạch số 63/KHUBND …; Quyết định 3877/ QĐ-UBND …; co_quan.viet_tat: KH-UBND;
//         Kế hoạch số 548/KH ngày …; 548/KH- UBND; Chỉ thị 05 - CT/TW; Quyết định số 1.696/QĐ-TTg
import { checkMessage } from "../../i18n/feature-check.js";
import { findCitations, TYPE_ABBREVIATIONS, type Citation } from "../citations.js";
import type { Finding, Rule, RuleContext, TextEntry } from "../rule.js";
import { findingIn } from "../rule.js";

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
      message: {
        vi: `viet_tat "${vt}" chứa chữ viết tắt tên loại văn bản (${first}): số sẽ in thành "${ctx.document.header.numberLine.trim()}".`,
        en: `viet_tat "${vt}" holds a document-type abbreviation (${first}): the number would print as "${ctx.document.header.numberLine.trim()}".`,
      },
      hint: {
        vi: `viet_tat chỉ là tên cơ quan viết tắt (ví dụ UBND); "${abbrev}-" do kehoach tự thêm.`,
        en: `viet_tat is the agency's abbreviation only (e.g. UBND); kehoach adds "${abbrev}-" itself.`,
      },
    });
    return out;
  }
  const so = ctx.plan.so;
  if (typeof so === "string" && so.includes("{{")) return out;
  if (so !== undefined && Number(so) === 0) {
    out.push({ path: ["so"], message: { vi: "Số văn bản phải từ 01 trở lên.", en: "The document number starts at 01." } });
    return out;
  }
  const line = ctx.document.header.numberLine;
  if (!NUMBER_LINE.test(line)) {
    out.push({
      path: ["co_quan", "viet_tat"],
      message: { vi: `Dòng "${line.trim()}" không đúng dạng "Số: 02/KH-UBND".`, en: `"${line.trim()}" is not in the form "Số: 02/KH-UBND".` },
      hint: { vi: "Mỗi nhóm chữ viết tắt bắt đầu bằng chữ in hoa, nối bằng dấu \"-\".", en: "Each group of the abbreviation starts with a capital letter; groups are joined by \"-\"." },
    });
  }
  return out;
}

function citationProblem(c: Citation, written: string): { vi: string; en: string; fix?: string; hint?: { vi: string; en: string } } | undefined {
  const shown = `${c.number}${c.separator}${c.symbol}`;
  if (c.thousandsDot) return { ...checkMessage("check.numberFormat.thousands", { written }), fix: shown };
  if (c.spaced) {
    return { vi: `Số, ký hiệu "${written}" có dấu cách thừa.`, en: `The number "${written}" has stray spaces.`, fix: shown };
  }
  // A Party number written the state's way: 05/CT/TW for 05-CT/TW.
  if (c.separator === "/" && /^[A-ZĐ][A-Za-zĐđ]*\/[A-ZĐ][A-Za-zĐđ0-9]*(-[A-ZĐ][A-Za-zĐđ0-9]*)*$/u.test(c.symbol)) {
    return {
      vi: `Số, ký hiệu văn bản của Đảng "${shown}" viết số và tên loại nối bằng "-".`,
      en: `A Party document number "${shown}" joins the number and the type with "-".`,
      fix: `${c.number}-${c.symbol}`,
    };
  }
  if (c.separator === "-") {
    // Party documents: 21-CT/TW, 36-HD/VPTW
    return /^[A-ZĐ][A-Za-zĐđ]*\/[A-ZĐ][A-Za-zĐđ0-9]*(-[A-ZĐ][A-Za-zĐđ0-9]*)*$/u.test(c.symbol)
      ? undefined
      : { vi: `Ký hiệu "${shown}" không đúng dạng.`, en: `The symbol in "${shown}" is malformed.` };
  }
  const legal = /^(\d{4})\/(.+)$/.exec(c.symbol);
  const groups = (legal ? legal[2]! : c.symbol).split("-");
  if (groups.some((g) => g === "" || !GROUP.test(g))) {
    const upper = c.symbol.toLocaleUpperCase("vi");
    const fixable = upper !== c.symbol && upper.split("-").every((g) => g !== "");
    return {
      vi: `Ký hiệu "${c.symbol}" trong "${shown}" không đúng dạng (chữ in hoa, các nhóm nối bằng "-").`,
      en: `The symbol "${c.symbol}" in "${shown}" is malformed (capital letters, groups joined by "-").`,
      fix: fixable ? `${c.number}/${upper}` : undefined,
    };
  }
  if (legal) return undefined;
  const want = TYPE_ABBREVIATIONS[c.type];
  if (want === undefined) return undefined;
  const first = groups[0]!;
  if (first === want && groups.length === 1) {
    return { ...checkMessage("check.numberFormat.noIssuer", { written, type: want }), hint: checkMessage("check.numberFormat.noIssuerHint", { number: c.number, type: want }) };
  }
  if (first === want) return undefined;
  if (first.startsWith(want) && first.length > want.length) {
    const fixed = `${c.number}/${want}-${first.slice(want.length)}${groups.length > 1 ? "-" + groups.slice(1).join("-") : ""}`;
    return { vi: `Số, ký hiệu "${shown}" thiếu dấu "-" sau ${want}.`, en: `The number "${shown}" lacks the "-" after ${want}.`, fix: fixed };
  }
  if (groups.length === 1) {
    return {
      vi: `Ký hiệu "${shown}" của ${c.typeText.toLocaleLowerCase("vi")} thiếu chữ viết tắt tên loại "${want}-".`,
      en: `"${shown}" lacks the type abbreviation "${want}-" of a ${c.typeText.toLocaleLowerCase("vi")}.`,
      fix: `${c.number}/${want}-${c.symbol}`,
    };
  }
  if (KNOWN.has(first)) {
    return {
      vi: `Ký hiệu "${shown}" bắt đầu bằng ${first}, nhưng văn bản được dẫn là ${c.typeText.toLocaleLowerCase("vi")} (${want}).`,
      en: `"${shown}" starts with ${first}, but the cited document is a ${c.typeText.toLocaleLowerCase("vi")} (${want}).`,
    };
  }
  return undefined;
}

function citedNumbers(entry: TextEntry): Finding[] {
  const out: Finding[] = [];
  for (const c of findCitations(entry.text)) {
    const p = citationProblem(c, entry.text.slice(c.numberIndex, c.numberIndex + c.numberLength));
    if (!p) continue;
    const f = findingIn(entry, c.numberIndex, c.numberLength, { vi: p.vi, en: p.en }, p.hint ?? (p.fix ? { vi: `Viết: ${p.fix}`, en: `Write: ${p.fix}` } : undefined));
    // Spaces, a missing hyphen or type, a thousands dot: the fix rewrites only the number itself.
    if (p.fix) f.fix = p.fix;
    out.push(f);
  }
  return out;
}

export const rule: Rule = {
  id: "number-format",
  description: {
    vi: "Số, ký hiệu của kế hoạch và của các văn bản được dẫn đúng dạng (02/KH-UBND, không dấu cách, có dấu \"-\", số không có dấu chấm hàng nghìn: 1696/QĐ-TTg).",
    en: "The plan's number and every cited document number are well formed (02/KH-UBND, no spaces, groups joined by \"-\", no thousands dot: 1696/QĐ-TTg).",
  },
  defaultSeverity: "error",
  docs: "nd30.md §6",
  check(ctx) {
    const out = ctx.template && ctx.plan.co_quan.viet_tat.includes("{{") ? [] : ownNumber(ctx);
    for (const entry of ctx.texts) if (entry.role !== "agency" && entry.role !== "signature") out.push(...citedNumbers(entry));
    return out;
  },
};
