// Every unit given tasks under TỔ CHỨC THỰC HIỆN ("Phòng Tư pháp: Tổ chức tuyên truyền…", "**Công an
// xã:** …", "Đề nghị Hội Liên hiệp Phụ nữ huyện: …") receives the plan: it is named in Nơi nhận,
// in full or abbreviated ("Phòng LĐTB&XH huyện" for "Phòng Lao động - Thương binh và Xã hội"), or
// covered by a line such as "Như mục III", "Như trên", "Các phòng, ban, ngành huyện".
// Names are compared by their initials, the way Vietnamese abbreviations are made (UBND, LĐTBXH).
//
// ok:     unit "Phòng Tư pháp:" and noi_nhan "Phòng Tư pháp huyện"
// not ok: unit "Công an xã:" and no recipient line naming it
import { foldVietnamese } from "../../text/fold.js";
import type { Finding, Rule, TextEntry } from "../rule.js";
import { findingIn } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

/** Recipient lines that cover every unit of the plan ("Như mục III", "Như trên", "Các … liên quan"). */
const COVERS_ALL = /^(?:nhu (?:muc|tren|phan|khoan)|cac (?:phong|co quan|don vi|ban|nganh|thanh vien|to chuc)|thanh vien|bcd|ban chi dao)/;
/** Level words at the end of a unit's name ("huyện", "xã"): the recipient may name its own level. */
const LEVEL = /(?: (?:huyen|xa|tinh|thi tran|thanh pho|quan|phuong|thi xa))+$/;

/** The initials of a name; an abbreviation (LĐTBXH) gives all its letters. */
export function initials(name: string): string {
  let out = "";
  for (const m of name.matchAll(/[\p{L}\p{M}]+/gu)) {
    const w = m[0];
    const folded = foldVietnamese(w).replace(/ /g, "");
    if (folded === "va") continue;
    const abbreviation = w.length >= 2 && w === w.toLocaleUpperCase("vi") && w !== w.toLocaleLowerCase("vi");
    out += abbreviation ? folded : folded.slice(0, 1);
  }
  return out;
}

/** The unit a task paragraph starts with: the words before the first ":" (without "Đề nghị"). */
function unitOf(text: string): { name: string; index: number } | undefined {
  const m = /^\s*\**\s*(?:Đề nghị\s+)?([\p{Lu}][^:\n*]{2,80}?)\s*\**\s*:/u.exec(text);
  if (!m) return undefined;
  const name = m[1]!.trim();
  if (/[.;]/.test(name) || name.split(/\s+/).length > 14) return undefined;
  // "Nội dung:", "Thời gian:", "Hình thức:": a label, not a unit.
  // "Công chức Văn hóa - Xã hội": staff of the issuing agency itself, not a unit it sends the plan to.
  if (!/^(?:Phòng|Ban|Hội|Ủy ban|UBND|Trung tâm|Công an|Đoàn|Liên đoàn|Văn phòng|Bưu điện|Trạm|Trường|Ngân hàng|Chi cục|Đội|Quân sự|Ban Chỉ huy|Mặt trận|Cựu chiến binh|Thanh tra|Đài|Bệnh viện|Sở|Huyện đoàn|Thị đoàn|Tòa án|Viện kiểm sát|Chi nhánh|Hạt|BCH|MTTQ|Hội đồng)/u.test(name)) return undefined;
  return { name, index: text.indexOf(name) };
}

function isOrganizingSection(title: string, ma: string | undefined): boolean {
  return ma === "to-chuc-thuc-hien" || foldVietnamese(title).startsWith("to chuc thuc hien");
}

export const rule: Rule = {
  id: "task-recipients",
  description: msg("check.task-recipients.description"),
  defaultSeverity: "warning",
  docs: "docs/nd30.md §8 (Nơi nhận: the units that carry out the document)",
  check(ctx) {
    if (ctx.template && ctx.plan.noi_nhan.some((r) => r.includes("{{"))) return [];
    const recipients = ctx.plan.noi_nhan.map((r) => ({ folded: foldVietnamese(r), initials: initials(r) }));
    if (recipients.some((r) => COVERS_ALL.test(r.folded))) return [];
    const sectionIndex = ctx.plan.muc.findIndex((m) => isOrganizingSection(m.ten, m.ma));
    if (sectionIndex < 0) return [];
    const out: Finding[] = [];
    const seen = new Set<string>();
    const prefix = `muc.${sectionIndex}.noi_dung.`;
    // Only the first level of the section: its items and their titles ("ten", "doan").
    const entries = ctx.texts.filter((t: TextEntry) => (t.role === "item-title" || t.role === "item-text") && t.path.join(".").startsWith(prefix) && t.path.length === 5);
    for (const entry of entries) {
      const unit = unitOf(entry.text);
      if (!unit) continue;
      const key = initials(unit.name);
      const bare = key.replace(new RegExp(`(?:${"h|x|t|tt|tp|q|p|tx"})$`), "");
      const folded = foldVietnamese(unit.name).replace(LEVEL, "");
      if (seen.has(key)) continue;
      seen.add(key);
      const covered = recipients.some((r) => r.initials.includes(key) || (bare.length >= 2 && r.initials.includes(bare)) || r.folded.includes(folded));
      if (covered) continue;
      out.push(findingIn(entry, unit.index, unit.name.length, msg("check.task-recipients.missing", { unit: unit.name }), msg("check.task-recipients.hint", { unit: unit.name })));
    }
    return out;
  },
};
