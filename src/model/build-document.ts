// model: expanded Plan → DocumentNode. All numbering (I., 1., 2.1., a)) and all punctuation the
// decree fixes ("./.", "- …;", "TM. …") is decided here, so writers only lay it out.
import type { PlanDate } from "../text/plan-date.js";
import type { Path } from "../findings/locate.js";
import type { Block, Plan } from "../validate/plan-schema.js";
import { parseInline } from "./inline.js";
import {
  NATIONAL_MOTTO,
  type BlockNode,
  type DocumentNode,
  type HeaderNode,
  type ParagraphNode,
  type RecipientsNode,
  type SectionNode,
  type SignatureNode,
  type TableNode,
} from "./nodes.js";
import { itemNumber, pointLetter } from "./numbering.js";
import { roman } from "../text/roman.js";
import { DOCUMENT_TYPES } from "../text/document-types.js";
import { parseTextBlock } from "./text-block.js";
import { longDate, pad2 } from "../text/vietnamese-date.js";
import { blockKind } from "../validate/blocks.js";

const upper = (s: string) => s.toLocaleUpperCase("vi");
const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Width of the blank left for the number in a draft ("Số:      /KH-UBND"). */
export const DRAFT_NUMBER_BLANK = "      ";

/** What the model is built from: an expanded plan (or a plan without placeholders) and its date. */
export interface ModelInput {
  plan: Plan;
  date: PlanDate;
  /** The YAML path a node of `plan` came from (directives move blocks around). */
  sourcePathOf(path: Path): Path;
}

export function buildDocument(e: ModelInput): DocumentNode {
  const { plan, date } = e;
  const src = (p: Path) => e.sourcePathOf(p);
  const type = DOCUMENT_TYPES[plan.loai];

  const so = plan.so === undefined ? undefined : Number(plan.so);
  const header: HeaderNode = {
    parentAgency: plan.co_quan.chu_quan === undefined ? undefined : upper(plan.co_quan.chu_quan.trim()),
    agency: lines(upper(plan.co_quan.ten)),
    numberLine: `Số: ${so === undefined ? DRAFT_NUMBER_BLANK : pad2(so)}/${type.abbrev}-${plan.co_quan.viet_tat}`,
    motto: { ...NATIONAL_MOTTO },
    placeDate: `${plan.dia_danh.trim()}, ${longDate(date)}`,
    draft: so === undefined || date.day === undefined,
  };

  const sections: SectionNode[] = plan.muc.map((m, i) => {
    const number = roman(i + 1);
    const title = upper(m.ten.trim());
    return {
      kind: "section",
      number,
      heading: `${number}. ${title}`,
      title,
      ma: m.ma,
      children: buildBlocks(m.noi_dung ?? [], ["muc", i, "noi_dung"], [], src),
      path: ["muc", i],
    };
  });

  const opening: ParagraphNode[] = (plan.can_cu ?? []).map((t, i) => ({ kind: "paragraph", runs: parseInline(t.trim()), path: ["can_cu", i] }));

  const closingTexts = plan.ket_luan === undefined ? [] : Array.isArray(plan.ket_luan) ? plan.ket_luan : [plan.ket_luan];
  const closing: ParagraphNode[] = closingTexts.map((t, i, all) => ({
    kind: "paragraph",
    runs: parseInline(i === all.length - 1 ? withClosingMark(t.trim()) : t.trim()),
    path: Array.isArray(plan.ket_luan) ? ["ket_luan", i] : ["ket_luan"],
  }));

  // No closing paragraph: the body still ends in "./.", at the end of its last paragraph.
  if (closing.length === 0) markLastParagraph(sections);

  return {
    type: plan.loai,
    typeName: type.name,
    typeAbbrev: type.abbrev,
    header,
    summary: lines(plan.trich_yeu),
    opening,
    sections,
    closing,
    recipients: buildRecipients(plan),
    signature: buildSignature(plan),
    year: date.year,
  };
}

/** The body ends in "./." (every model form of the decree does). */
export function withClosingMark(text: string): string {
  if (text.endsWith("./.")) return text;
  if (/[.;:,]$/.test(text)) return `${text.slice(0, -1)}./.`;
  return `${text}./.`;
}

/** Put "./." at the end of the last run of text of the last section (a table at the end is left). */
function markLastParagraph(sections: SectionNode[]): void {
  let blocks: BlockNode[] | undefined = sections[sections.length - 1]?.children;
  while (blocks && blocks.length > 0) {
    const last = blocks[blocks.length - 1]!;
    if ((last.kind === "item" || last.kind === "point") && last.children.length > 0) {
      blocks = last.children;
      continue;
    }
    const runs = last.kind === "item" ? (last.text ?? last.title) : last.kind === "table" ? undefined : last.runs;
    const run = runs?.[runs.length - 1];
    if (!run) return;
    // After bold or italic text, "./." follows the closing mark as plain text; what was typed
    // inside the mark stays as typed.
    if ((run.bold || run.italic) && !run.text.endsWith("./.")) runs!.push({ text: "./." });
    else run.text = withClosingMark(run.text.trimEnd());
    return;
  }
}

function buildRecipients(plan: Plan): RecipientsNode {
  const items = plan.noi_nhan.map((raw, i, all) => {
    const core = raw.trim().replace(/^[-–+•]\s*/, "").replace(/[;.,]+$/, "").trim();
    return `- ${core}${i === all.length - 1 ? "." : ";"}`;
  });
  return { label: "Nơi nhận:", items, path: ["noi_nhan"] };
}

function buildSignature(plan: Plan): SignatureNode {
  const k = plan.ky;
  const out: string[] = [];
  if (k.tm) out.push(`TM. ${upper(k.tm.trim())}`);
  const deputy: [string, string | undefined][] = [
    ["KT.", k.kt],
    ["Q.", k.q],
    ["TL.", k.tl],
    ["TUQ.", k.tuq],
  ];
  for (const [prefix, who] of deputy) if (who) out.push(`${prefix} ${upper(who.trim())}`);
  out.push(upper(k.chuc_vu.trim()));
  return { lines: out, name: k.ho_ten.trim(), path: ["ky"] };
}

/** Blocks of one level. `parent` is the number path of the enclosing item ([] in a section). */
function buildBlocks(blocks: Block[], path: Path, parent: number[], src: (p: Path) => Path): BlockNode[] {
  const out: BlockNode[] = [];
  let items = 0;
  let points = 0;
  blocks.forEach((b, i) => {
    const p = [...path, i];
    const at = src(p);
    const kinded = blockKind(b);
    if (kinded.kind === "paragraph") {
      out.push(...parseTextBlock(kinded.block, at));
      return;
    }
    if (kinded.kind === "table") {
      out.push(buildTable(kinded.block.bang, at));
      return;
    }
    if (kinded.kind === "bullet") {
      const g = kinded.block;
      out.push({ kind: "bullet", level: 1, marker: "-", runs: parseInline(g.gach.trim()), path: at });
      g.cong?.forEach((c, k) => out.push({ kind: "bullet", level: 2, marker: "+", runs: parseInline(c.trim()), path: [...at, "cong", k] }));
      return;
    }
    if (kinded.kind === "point") {
      const b = kinded.block;
      const letter = pointLetter(points++);
      out.push({
        kind: "point",
        letter,
        label: `${letter})`,
        runs: parseInline(b.diem.trim()),
        children: buildBlocks(b.noi_dung ?? [], [...p, "noi_dung"], parent, src),
        path: at,
      });
      return;
    }
    if (kinded.kind === "item") {
      const b = kinded.block;
      const numberPath = [...parent, ++items];
      const number = itemNumber(numberPath);
      out.push({
        kind: "item",
        number,
        label: `${number}.`,
        title: b.ten === undefined ? undefined : parseInline(b.ten.trim()),
        text: b.doan === undefined ? undefined : parseInline(b.doan.trim()),
        ma: b.ma,
        children: buildBlocks(b.noi_dung ?? [], [...p, "noi_dung"], numberPath, src),
        path: at,
      });
    }
    // neu/lap never reach the model: expand has resolved them.
  });
  return out;
}

function buildTable(t: { tieu_de?: string; cot: string[]; rong?: number[]; dong: (string | number)[][] }, path: Path): TableNode {
  const n = t.cot.length;
  const raw = t.rong && t.rong.length === n ? t.rong : Array.from({ length: n }, () => 1);
  const total = raw.reduce((a, b) => a + b, 0);
  return {
    kind: "table",
    title: t.tieu_de === undefined ? undefined : parseInline(t.tieu_de),
    widths: raw.map((w) => w / total),
    header: t.cot.map((c) => parseInline(c)),
    rows: t.dong.map((row) => Array.from({ length: n }, (_, k) => parseInline(String(row[k] ?? "")))),
    path,
  };
}
