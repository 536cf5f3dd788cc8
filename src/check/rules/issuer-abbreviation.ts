// The agency group of a number matches the agency that issues it: "KH-UBND" is a People's
// Committee's, so a plan of a Hội, a Ban, a Party committee or a Mặt trận does not carry it, and a
// document cited as "… số 12/KH-UBND … của Hội LHPN huyện" (or "số 12/KH-HLHPN … của UBND huyện")
// names its issuer wrongly.
//
// ok:     co_quan: {ten: BAN THƯỜNG VỤ HỘI LHPN HUYỆN, viet_tat: BTV};  Kế hoạch số 70/KH-UBND ngày … của UBND huyện
// not ok: co_quan: {ten: HỘI LIÊN HIỆP PHỤ NỮ HUYỆN, viet_tat: UBND}; Kế hoạch số 70/KH-UBND ngày … của Hội LHPN huyện
import { findCitations } from "../citations.js";
import { foldVietnamese } from "../../text/fold.js";
import type { Finding, Rule } from "../rule.js";
import { findingIn } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

/** Folded names of a People's Committee. */
const COMMITTEE = /^(?:uy ban nhan dan|ubnd)(?: |$)/;
/** Folded names of agencies that are not one. */
const OTHER = /^(?:hoi|ban|dang uy|huyen uy|tinh uy|thanh uy|thi uy|mat tran|uy ban mat tran|ubmttq|mttq|doan|lien doan|cong doan|chi bo|hoi dong nhan dan|hdnd)(?: |$)/;

export const rule: Rule = {
  id: "issuer-abbreviation",
  description: msg("check.issuer-abbreviation.description"),
  defaultSeverity: "warning",
  docs: "docs/nd30.md §6 (ký hiệu: chữ viết tắt tên cơ quan ban hành)",
  check(ctx) {
    const out: Finding[] = [];
    const own = ctx.plan.co_quan;
    const ownName = own.ten.replace(/\n/g, " ");
    const ownFolded = foldVietnamese(ownName);
    if (!own.viet_tat.includes("{{") && !ownName.includes("{{") && own.viet_tat.split("-").includes("UBND") && OTHER.test(ownFolded) && !COMMITTEE.test(ownFolded)) {
      out.push({ path: ["co_quan", "viet_tat"], message: msg("check.issuer-abbreviation.own", { symbol: `${ctx.document.typeAbbrev}-${own.viet_tat}`, agency: ownName }), hint: msg("check.issuer-abbreviation.ownHint") });
    }
    for (const entry of ctx.texts) {
      if (entry.role === "agency" || entry.role === "signature" || entry.role === "recipient") continue;
      const text = entry.text;
      for (const c of findCitations(text)) {
        if (c.separator !== "/" || /^\d{4}\//.test(c.symbol)) continue;
        const groups = c.symbol.split("-");
        if (groups.length < 2) continue;
        // "… số 12/KH-UBND ngày 3/4/2024 của Hội LHPN huyện": the issuer named within the sentence.
        const after = text.slice(c.index + c.length, c.index + c.length + 70);
        const m = /^(?:\s+ngày\s+[\d/.-]+|\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})?\s*,?\s+của\s+([^,;.:()]{3,50})/u.exec(after);
        if (!m) continue;
        const issuer = m[1]!.trim();
        const folded = foldVietnamese(issuer);
        const hasUbnd = groups.slice(1).includes("UBND");
        const at = c.numberIndex;
        if (hasUbnd && OTHER.test(folded) && !COMMITTEE.test(folded)) {
          out.push(findingIn(entry, at, c.numberLength, msg("check.issuer-abbreviation.cited", { symbol: c.symbol, agency: issuer }), msg("check.issuer-abbreviation.citedHint")));
        } else if (!hasUbnd && COMMITTEE.test(folded) && groups.slice(1).some((g) => /^(?:HLHPN|BTV|HU|TU|ĐU|MTTQ|BCĐ|HND|HCCB|ĐTN|LĐLĐ)$/u.test(g))) {
          out.push(findingIn(entry, at, c.numberLength, msg("check.issuer-abbreviation.citedUbnd", { symbol: c.symbol }), msg("check.issuer-abbreviation.citedHint")));
        }
      }
    }
    return out;
  },
};
