// Every unit given tasks under TỔ CHỨC THỰC HIỆN ("Phòng Tư pháp: Tổ chức tuyên truyền…", "**Công an
// xã:** …", "Đề nghị Hội Liên hiệp Phụ nữ huyện: …", or an item titled with the unit alone, "Các Nhà
// trường.", "Đề nghị Hội Liên hiệp Phụ nữ xã") receives the plan: it is named in Nơi nhận,
// in full or abbreviated ("Phòng LĐTB&XH huyện" for "Phòng Lao động - Thương binh và Xã hội"), or
// covered by a line such as "Như mục III", "Như trên", "Các phòng, ban, ngành huyện".
// Names are compared by their initials, the way Vietnamese abbreviations are made (UBND, LĐTBXH).
//
// ok:     unit "Phòng Tư pháp:" and noi_nhan "Phòng Tư pháp huyện"
// not ok: unit "Công an xã:" and no recipient line naming it; an item "ten: Trạm Y tế xã" and no
//         recipient line naming it
import { foldVietnamese } from "../../text/fold.js";
import type { Finding, Rule, TextEntry } from "../rule.js";
import { findingIn } from "../rule.js";
import { msg } from "../../i18n/i18n.js";
import { blockKind } from "../../validate/blocks.js";

/** Recipient lines that cover every unit of the plan ("Như mục III", "Như trên", "Các … liên quan"). */
const COVERS_ALL = /^(?:nhu (?:muc|tren|phan|khoan)|cac (?:phong|co quan|don vi|ban|nganh|thanh vien|to chuc)|thanh vien|bcd|ban chi dao)/;
/** Level words at the end of a unit's name ("huyện", "xã"): the recipient may name its own level. */
const LEVEL = /(?: (?:huyen|xa|tinh|thi tran|thanh pho|quan|phuong|thi xa|co so))+$/;

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

/** Words a unit's name starts with (a "Phòng", a "Hội", a "Trung tâm" …). */
const UNIT = /^(?:Các\s+)?(?:Phòng|Ban|Hội|Ủy ban|UBND|Trung tâm|Công an|Đoàn|Liên đoàn|Công đoàn|Văn phòng|Bưu điện|Trạm|Trường|Nhà trường|Ngân hàng|Chi cục|Đội|Quân sự|Ban Chỉ huy|Mặt trận|Cựu chiến binh|Thanh tra|Đài|Bệnh viện|Sở|Huyện đoàn|Thị đoàn|Tòa án|Viện kiểm sát|Chi nhánh|Hạt|BCH|MTTQ|Hội đồng)(?![\p{L}\p{M}])/iu;
/** The issuing agency's own office ("Văn phòng HĐND & UBND"): like its "Công chức …", not a unit
 * the plan is sent to. */
const OWN_OFFICE = /^Văn phòng\s+(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân)/u;

/** A unit's name, if `name` is one: it starts with a unit word, and is not a label ("Nội dung:",
 * "Thời gian:") nor the agency's own staff ("Công chức Văn hóa - Xã hội"). */
function asUnit(name: string): string | undefined {
  if (/[.;]/.test(name) || name.split(/\s+/).length > 14) return undefined;
  // "Các Nhà trường" is a unit; "các phòng, ban" is a line of every unit (not one to look for).
  if (!/^[\p{Lu}]/u.test(name) || !UNIT.test(name) || OWN_OFFICE.test(name)) return undefined;
  return name;
}

/** The unit a task paragraph starts with: the words before the first ":" (without "Đề nghị"). */
function unitOf(text: string): { name: string; index: number } | undefined {
  const m = /^\s*\**\s*(?:Đề nghị\s+)?([\p{Lu}][^:\n*]{2,80}?)\s*\**\s*:/u.exec(text);
  const name = m ? asUnit(m[1]!.trim()) : undefined;
  return name ? { name, index: text.indexOf(name) } : undefined;
}

/** An item's title that is a unit as a whole, without a colon ("Các Nhà trường.", "Đề nghị Hội
 * Liên hiệp Phụ nữ xã"). */
function titleUnit(title: string): { name: string; index: number } | undefined {
  const m = /^\s*\**\s*(?:Đề nghị\s+)?([\p{Lu}][^:\n*]{2,80}?)\s*\**\s*[.:]?\s*$/u.exec(title);
  const name = m ? asUnit(m[1]!.trim()) : undefined;
  return name ? { name, index: title.indexOf(name) } : undefined;
}

/** Whether a recipient line names the unit, in full or abbreviated, with or without its level. */
function isCovered(name: string, recipients: readonly { folded: string; initials: string }[]): boolean {
  const key = initials(name);
  const bare = key.replace(/(?:h|x|t|tt|tp|q|p|tx|cs)$/, "");
  const folded = foldVietnamese(name).replace(LEVEL, "");
  return recipients.some((r) => r.initials.includes(key) || (bare.length >= 2 && r.initials.includes(bare)) || r.folded.includes(folded));
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
    // Only the first level of the section: its items and their titles ("ten", "doan"). Read from the
    // plan the rules see, where a template's neu/lap blocks are already opened, so an item inside
    // one counts like any other; placed through sourcePathOf.
    const entries: TextEntry[] = [];
    (ctx.plan.muc[sectionIndex]!.noi_dung ?? []).forEach((b, k) => {
      const item = blockKind(b);
      if (item.kind !== "item") return;
      const at = ["muc", sectionIndex, "noi_dung", k];
      if (item.block.ten !== undefined) entries.push({ path: ctx.sourcePathOf([...at, "ten"]), text: item.block.ten, role: "item-title" });
      if (item.block.doan !== undefined) entries.push({ path: ctx.sourcePathOf([...at, "doan"]), text: item.block.doan, role: "item-text" });
    });
    for (const entry of entries) {
      const unit = unitOf(entry.text) ?? (entry.role === "item-title" ? titleUnit(entry.text) : undefined);
      if (!unit) continue;
      const key = initials(unit.name);
      if (seen.has(key)) continue;
      seen.add(key);
      // "Hội LHPN cơ sở và Hội Phụ nữ trực thuộc": units named together; one of them in Nơi nhận
      // stands for the group.
      const covered = unit.name.split(/\s+và\s+(?=\p{Lu})|,\s+(?=\p{Lu})/u).some((part) => isCovered(part, recipients));
      if (covered) continue;
      out.push(findingIn(entry, unit.index, unit.name.length, msg("check.task-recipients.missing", { unit: unit.name }), msg("check.task-recipients.hint", { unit: unit.name })));
    }
    return out;
  },
};
