// A plan has the sections its type needs. For a KẾ HOẠCH by default: mục đích và yêu cầu; nội
// dung; tổ chức thực hiện. A section counts by its `ma`, or by its title with case, diacritics,
// punctuation, "và", a typed number and small typos not mattering ("MỤC ĐÍCH YÊU CẦU" =
// "Mục đích, yêu cầu"; "NỘI DUNG THỰC HIỆN" starts with "NỘI DUNG"). Configured per `loai` under
// required_sections in .kehoach.yaml.
//
// ok:     muc: [{ten: MỤC ĐÍCH, YÊU CẦU}, {ten: NỘI DUNG HOẠT ĐỘNG}, {ten: TỔ CHỨC THỰC HIỆN}]
// not ok: muc: [{ten: MỤC ĐÍCH, YÊU CẦU}, {ten: TỔ CHỨC THỰC HIỆN}]   → "NỘI DUNG" missing
import { editDistance } from "../../validate/schema-info.js";
import { foldVietnamese } from "../../text/fold.js";
import type { RequiredSection, Rule } from "../rule.js";
import { msg } from "../../i18n/i18n.js";

const FILLER = new Set(["va"]);

/** Folded words of a title, without a typed number ("III.", "3.") and without "và". */
export function titleWords(title: string): string[] {
  const stripped = title.replace(/^\s*(?:[IVXLC]+|\d+(?:\.\d+)*)\s*[.)/:\-–]\s*/u, "");
  return foldVietnamese(stripped)
    .split(" ")
    .filter((w) => w !== "" && !FILLER.has(w));
}

/** Whether a section title is one of the variants: the variant's words start the title, allowing
 * about one typo per ten letters. */
export function titleMatches(title: string, variant: string): boolean {
  const t = titleWords(title);
  const v = titleWords(variant);
  if (v.length === 0 || t.length < v.length) return false;
  const head = t.slice(0, v.length).join(" ");
  const want = v.join(" ");
  if (head === want) return true;
  return editDistance(head, want) <= Math.max(1, Math.floor(want.length / 10));
}

export function sectionMatches(section: { ten: string; ma?: string }, req: RequiredSection): boolean {
  if (req.ma !== undefined && section.ma === req.ma) return true;
  return req.ten.some((v) => titleMatches(section.ten, v));
}

export const rule: Rule = {
  id: "required-sections",
  description: msg("check.required-sections.description"),
  defaultSeverity: "error",
  docs: "docs/nd30.md §4 (Mẫu 1.4); .kehoach.yaml required_sections",
  check(ctx) {
    return ctx.requiredSections
      .filter((req) => !ctx.plan.muc.some((m) => sectionMatches(m, req)))
      .map((req) => {
        const title = req.ten[0] ?? req.ma ?? "";
        const accepted = req.ten.map((t) => `"${t}"`).join(", ");
        return {
          path: ["muc"],
          atKey: true,
          message: msg("check.required-sections.missing", { title }),
          hint: msg("check.required-sections.hint", { accepted, orId: req.ma ? msg("check.required-sections.orId", { ma: req.ma }) : "" }),
        };
      });
  },
};
