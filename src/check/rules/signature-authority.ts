// The signature block follows nd30 §7: TM. before a collective ("TM. ỦY BAN NHÂN DÂN"); KT., Q.,
// TL., TUQ. before the head's title ("KT. CHỦ TỊCH"); a deputy (PHÓ …) signs with KT.; the one
// signing KT. is a deputy, not the head; only one of KT./Q./TL./TUQ.; no prefix typed into the
// value; no academic title (TS., ThS., PGS., GS.) before the name.
//
// ok:     ky: { tm: ỦY BAN NHÂN DÂN, kt: CHỦ TỊCH, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Hoàng Thị Hợp }
// not ok: ky: { tm: CHỦ TỊCH, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: TS. Hoàng Thị Hợp }
import { foldVietnamese } from "../../text/fold.js";
import type { Finding, Rule } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

/** Words that name a collective body (what TM. stands before). */
const COLLECTIVE = /^(uy ban|hoi dong|ban |thuong truc|thuong vu|doan chu tich|chinh phu|dang uy|cap uy|chi uy|to chuc|hoi |lien doan|doan |mat tran|chi bo|tap the)/;
/** Collectives of the Party and of mass organisations, whose deputies sign under TM. directly. */
const PARTY_COLLECTIVE = /^(ban thuong vu|ban chap hanh|thuong truc|ban thuong truc|dang uy|chi uy|cap uy|doan chu tich|ban can su|dang doan|chi bo)/;
/** Titles of a head (what KT./Q./TL./TUQ. stand before). */
const HEAD_TITLE = /^(chu tich|giam doc|tong giam doc|bo truong|thu tuong|chanh |hieu truong|vien truong|cuc truong|tong cuc truong|bi thu|chu nhiem|tong thu ky|truong|vu truong|tong bien tap|chi huy truong|chanh an)/;

/** A deputy's title: PHÓ …, or THỨ TRƯỞNG (a deputy minister; THỦ TRƯỞNG is a head). */
function isDeputyTitle(v: string): boolean {
  const upper = v.trim().normalize("NFC").toLocaleUpperCase("vi");
  return /^PHÓ\s/u.test(upper) || /^THỨ TRƯỞNG(?!\p{L})/u.test(upper);
}

function isHeadTitle(v: string): boolean {
  const upper = v.trim().normalize("NFC").toLocaleUpperCase("vi");
  return /^THỦ TRƯỞNG(?!\p{L})/u.test(upper) || (!isDeputyTitle(v) && HEAD_TITLE.test(foldVietnamese(v)));
}
const ACADEMIC = /^\s*((?:GS|PGS|TS|TSKH|ThS|Th\.S|CN|KS|BS|DS|NGND|NGƯT|NGUT)\.?\s*)+(?=\p{Lu})/u;
const PREFIX = /^\s*(TM|KT|Q|TL|TUQ)\s*\.\s*/u;

export const rule: Rule = {
  id: "signature-authority",
  description: msg("check.signature-authority.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §7",
  check(ctx) {
    if (ctx.template && Object.values(ctx.plan.ky).some((v) => typeof v === "string" && v.includes("{{"))) return [];
    const ky = ctx.plan.ky;
    const out: Finding[] = [];

    for (const key of ["tm", "kt", "q", "tl", "tuq", "chuc_vu"] as const) {
      const v = ky[key];
      const m = v === undefined ? null : PREFIX.exec(v);
      if (v !== undefined && m) {
        out.push({
          path: ["ky", key],
          within: { value: v, index: m.index, length: m[0].length },
          message: msg("check.signature-authority.typedAuthority", { p1: m[1] }),
          hint: msg("check.signature-authority.fix", { key, p2: v.slice(m.index + m[0].length) }),
        });
      }
    }

    const deputies = (["kt", "q", "tl", "tuq"] as const).filter((k) => ky[k] !== undefined);
    if (deputies.length > 1) {
      out.push({
        path: ["ky", deputies[1]!],
        message: msg("check.signature-authority.severalAuthorities", { p1: deputies.map((k) => k.toUpperCase() + ".").join(", ") }),
      });
    }

    if (ky.tm !== undefined && !PREFIX.test(ky.tm)) {
      if (isHeadTitle(ky.tm) || isDeputyTitle(ky.tm)) {
        out.push({
          path: ["ky", "tm"],
          message: msg("check.signature-authority.tmBeforeTitle", { tm: ky.tm }),
          hint: msg("check.signature-authority.tmExample"),
        });
      }
    }

    for (const k of deputies) {
      const v = ky[k]!;
      if (PREFIX.test(v)) continue;
      const label = `${k.toUpperCase()}.`;
      if (isDeputyTitle(v)) {
        out.push({
          path: ["ky", k],
          message: msg("check.signature-authority.authorityBeforeDeputy", { label, v }),
          hint: msg("check.signature-authority.headTitleExample", { k, v }),
        });
      } else if (COLLECTIVE.test(foldVietnamese(v)) && !isHeadTitle(v)) {
        out.push({
          path: ["ky", k],
          message: msg("check.signature-authority.authorityBeforeCollective", { label, v }),
          hint: msg("check.signature-authority.collectiveUnderTmHint", { v, k }),
        });
      }
    }

    const isDeputy = isDeputyTitle(ky.chuc_vu);
    if (ky.kt !== undefined && !isDeputy && !PREFIX.test(ky.chuc_vu)) {
      out.push({
        path: ["ky", "chuc_vu"],
        message: msg("check.signature-authority.ktWithHead", { kt: ky.kt, chuc_vu: ky.chuc_vu }),
        hint: msg("check.signature-authority.ktWithHeadHint"),
      });
    }
    // Party and mass organisations sign "TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH" (HD 36 T/M, nd30.md §12);
    // a state body's deputy signs "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (Điều 13.2).
    const partyStyle = ky.tm !== undefined && PARTY_COLLECTIVE.test(foldVietnamese(ky.tm));
    if (isDeputy && deputies.length === 0 && !partyStyle) {
      out.push({
        path: ["ky", "chuc_vu"],
        message: msg("check.signature-authority.deputyWithoutKt", { chuc_vu: ky.chuc_vu }),
        hint: msg("check.signature-authority.deputyWithoutKtHint"),
      });
    }

    const academic = ACADEMIC.exec(ky.ho_ten);
    if (academic) {
      out.push({
        path: ["ky", "ho_ten"],
        within: { value: ky.ho_ten, index: academic.index, length: academic[0].trimEnd().length },
        message: msg("check.signature-authority.academicTitle", { p1: academic[0].trim() }),
        hint: msg("check.signature-authority.nameFix", { p1: ky.ho_ten.slice(academic[0].length) }),
      });
    }
    return out;
  },
};
