// Properties of render over generated plans: any plan the schema accepts gives a .docx whose XML
// parts are all well-formed, whose text holds every string of the plan (after the documented
// transformations), whose bytes are the same on a second render, and whose paragraphs are the
// .txt writer's paragraphs, in the same order (the two-column header aside).
//
// The generator builds each string from tokens and knows what each token shows once rendered
// ("**đậm**" shows "đậm"), so the expected text is computed here, independently of the model.
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { SourceFile } from "../../src/findings/source-file.js";
import { modelPlan, readPlanSource, writeDocument } from "../../src/pipeline.js";
import { docxParagraphs, docxProblems } from "../hostile/harness.js";

const RUNS = { numRuns: 40, seed: 20_240_415 } as const;

// ─── Text ────────────────────────────────────────────────────────────────────────────────────

/** Raw text as written in the plan, and what it shows in the document. */
interface Text {
  raw: string;
  shown: string;
  /** The last token is bold/italic markup (so "./." goes after its closing star). */
  endsInMarkup: boolean;
}

const WORDS = [
  "Kế", "hoạch", "triển", "khai", "bình", "đẳng", "giới", "Ủy", "ban", "nhân", "dân", "xã", "Cẩm", "Tân", "Đắk", "Pơ", "Pho",
  "Ia", "Grai", "huyện", "tuyên", "truyền", "phụ", "nữ", "trẻ", "em", "năm", "2024", "Quý", "II", "VH-XH", "b/c", "(b/c)",
  "ĐOÀN", "THỂ", "Hợp", "ưu", "tiên", "ngữ", "điều", "Ỷ", "ỹ", "Ữ", "ợ", "Ơ", "ư", "2024–2025", "giới\u00a0tính", "A1",
];
const SYMBOLS = ["<", ">", "&", "&amp;", "&lt;", "&#x1;", '"', "'", "“", "”", "‘", "’", "…", "—", "😀", "🇻🇳", "👩‍🌾", "]]>", "<w:t>", "{", "}", "#", ":", "%", "@", "`", "?", "!", "=", "[", "]", "/"];

const word = fc.constantFrom(...WORDS);
const plainToken = fc.oneof({ weight: 5, arbitrary: word }, { weight: 2, arbitrary: fc.constantFrom(...SYMBOLS) });
const join = (ts: Text[]): Text => ({
  raw: ts.map((t) => t.raw).join(" "),
  shown: ts.map((t) => t.shown).join(" "),
  endsInMarkup: ts[ts.length - 1]?.endsInMarkup ?? false,
});

/** Text shown as written (agency, place, headings, signature): no markup, a lone "*" shows as is. */
const plainText = (max = 6): fc.Arbitrary<Text> =>
  fc
    .tuple(word, fc.array(fc.oneof({ weight: 6, arbitrary: plainToken }, { weight: 1, arbitrary: fc.constant("*") }), { maxLength: max }))
    .map(([first, rest]) => join([first, ...rest].map((t) => ({ raw: t, shown: t, endsInMarkup: false }))));

/** Text with inline marks: **bold**, *italic*, ***both***, and lone " * " that stay text. A mark
 *  opens before a word (not before a closing bracket: "(*)" is text). */
const markup = fc
  .tuple(fc.constantFrom("*", "**", "***"), word, fc.array(plainToken, { maxLength: 2 }))
  .map(([mark, first, rest]): Text => ({ raw: `${mark}${[first, ...rest].join(" ")}${mark}`, shown: [first, ...rest].join(" "), endsInMarkup: true }));
const richText = (max = 8): fc.Arbitrary<Text> =>
  fc
    .tuple(
      fc.oneof(word.map((w): Text => ({ raw: w, shown: w, endsInMarkup: false })), markup),
      fc.array(
        fc.oneof(
          { weight: 6, arbitrary: plainToken.map((t): Text => ({ raw: t, shown: t, endsInMarkup: false })) },
          { weight: 2, arbitrary: markup },
          { weight: 1, arbitrary: fc.constant<Text>({ raw: "*", shown: "*", endsInMarkup: false }) },
        ),
        { maxLength: max },
      ),
    )
    .map(([first, rest]) => join([first, ...rest]));

// ─── Plan ────────────────────────────────────────────────────────────────────────────────────

/** A generated piece of plan: its YAML value and the strings the document must show for it. */
interface Gen {
  value: unknown;
  shows: string[];
}

const upper = (s: string) => s.toLocaleUpperCase("vi");

/** A string block: lines that are paragraphs, "- " bullets or "+ " sub-bullets. */
const textBlock: fc.Arbitrary<Gen> = fc
  .array(fc.tuple(fc.constantFrom("", "- ", "+ "), richText()), { minLength: 1, maxLength: 4 })
  .map((lines) => ({ value: lines.map(([p, t]) => p + t.raw).join("\n"), shows: lines.map(([p, t]) => p + t.shown) }));

const bullet: fc.Arbitrary<Gen> = fc.tuple(richText(), fc.array(richText(), { maxLength: 3 })).map(([g, cong]) => ({
  value: cong.length > 0 ? { gach: g.raw, cong: cong.map((c) => c.raw) } : { gach: g.raw },
  shows: [`- ${g.shown}`, ...cong.map((c) => `+ ${c.shown}`)],
}));

const cell = fc.oneof(
  { weight: 4, arbitrary: richText(3).map((t) => ({ value: t.raw as string | number, shown: t.shown })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99_999 }).map((n) => ({ value: n as string | number, shown: String(n) })) },
);
const table: fc.Arbitrary<Gen> = fc.integer({ min: 1, max: 4 }).chain((cols) =>
  fc
    .tuple(
      fc.option(richText(4), { nil: undefined }),
      fc.array(richText(3), { minLength: cols, maxLength: cols }),
      fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { maxLength: 3 }),
      fc.option(fc.array(fc.integer({ min: 1, max: 60 }), { minLength: cols, maxLength: cols }), { nil: undefined }),
    )
    .map(([title, header, rows, widths]) => ({
      value: {
        bang: {
          ...(title ? { tieu_de: title.raw } : {}),
          cot: header.map((h) => h.raw),
          ...(widths ? { rong: widths } : {}),
          dong: rows.map((r) => r.map((c) => c.value)),
        },
      },
      shows: [...(title ? [title.shown] : []), ...header.map((h) => h.shown), ...rows.flat().map((c) => c.shown)],
    })),
);

/**
 * Blocks of one level; items and points hold blocks of the level below (depth ≤ 3). Labels (1.,
 * a)) are checked at a section's own level; deeper, an item's number depends on its parents.
 */
function blocks(depth: number, top: boolean): fc.Arbitrary<Gen[]> {
  const leaf = fc.oneof(textBlock, bullet, table);
  if (depth === 0) return fc.array(leaf, { maxLength: 3 });
  const child = blocks(depth - 1, false);
  const item = fc.tuple(fc.boolean(), richText(), fc.option(child, { nil: undefined }));
  const point = fc.tuple(richText(), fc.option(child, { nil: undefined }));
  const kinds = fc.oneof(
    { weight: 3, arbitrary: leaf.map((g) => ({ kind: "leaf" as const, g })) },
    { weight: 2, arbitrary: item.map((x) => ({ kind: "item" as const, x })) },
    { weight: 1, arbitrary: point.map((x) => ({ kind: "point" as const, x })) },
  );
  return fc.array(kinds, { maxLength: 4 }).map((list) => {
    // Numbers (1., 1.1., a)) are computed by the model; the labels are part of what is shown.
    let items = 0;
    let points = 0;
    return list.map((b): Gen => {
      if (b.kind === "leaf") return b.g;
      if (b.kind === "item") {
        const [titled, t, kids] = b.x;
        const label = `${++items}.`;
        const value: Record<string, unknown> = titled ? { ten: t.raw } : { doan: t.raw };
        if (kids && kids.length > 0) value.noi_dung = kids.map((k) => k.value);
        const shown = top ? `${label} ${t.shown}` : t.shown;
        return { value, shows: [shown, ...(kids ?? []).flatMap((k) => k.shows)] };
      }
      const [t, kids] = b.x;
      const letter = "abcdđeghiklmnopqrstuvxy"[points++]!;
      const value: Record<string, unknown> = { diem: t.raw };
      if (kids && kids.length > 0) value.noi_dung = kids.map((k) => k.value);
      return { value, shows: [top ? `${letter}) ${t.shown}` : t.shown, ...(kids ?? []).flatMap((k) => k.shows)] };
    });
  });
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI"];
const section = (i: number) =>
  fc.tuple(plainText(5), fc.option(blocks(3, true), { nil: undefined })).map(([t, body]): Gen => {
    const value: Record<string, unknown> = { ten: t.raw };
    if (body && body.length > 0) value.noi_dung = body.map((b) => b.value);
    return { value, shows: [`${ROMAN[i]}. ${upper(t.raw)}`, ...(body ?? []).flatMap((b) => b.shows)] };
  });

/** Dates as officers write them: ISO or d/m/yyyy, or a draft without the day. */
const date = fc
  .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom("iso", "vn", "draft-iso", "draft-vn"))
  .map(([y, m, d, style]) => {
    const day = Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate());
    const p2 = (n: number) => String(n).padStart(2, "0");
    const raw = style === "iso" ? `${y}-${p2(m)}-${p2(day)}` : style === "vn" ? `${day}/${m}/${y}` : style === "draft-iso" ? `${y}-${p2(m)}` : `${m}/${y}`;
    const shownDay = style.startsWith("draft") ? "     " : p2(day);
    const shownMonth = m <= 2 ? p2(m) : String(m);
    return { raw, long: `ngày ${shownDay} tháng ${shownMonth} năm ${y}` };
  });

/** "./." closes the body: a final . ; : or , becomes "./.", otherwise it is appended. */
function closingShown(t: Text): string {
  if (t.endsInMarkup) return `${t.shown}./.`;
  if (t.shown.endsWith("./.")) return t.shown;
  if (/[.;:,]$/.test(t.shown)) return `${t.shown.slice(0, -1)}./.`;
  return `${t.shown}./.`;
}

const plan: fc.Arbitrary<Gen> = fc
  .record({
    chuQuan: fc.option(plainText(4), { nil: undefined }),
    agency: fc.array(plainText(4), { minLength: 1, maxLength: 2 }),
    abbrev: fc.constantFrom("UBND", "BTV", "HĐND", "ĐU", "UBMTTQ", "BCĐ-389"),
    so: fc.option(fc.integer({ min: 1, max: 999_999 }), { nil: undefined }),
    place: plainText(2),
    date,
    summary: plainText(8),
    opening: fc.array(richText(), { maxLength: 3 }),
    sections: fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => section(i)))),
    closing: fc.option(fc.array(richText(), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    closingAsList: fc.boolean(),
    recipients: fc.array(fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" ")), { minLength: 1, maxLength: 4 }),
    tm: fc.option(plainText(3), { nil: undefined }),
    deputy: fc.option(fc.tuple(fc.constantFrom("kt", "q", "tl", "tuq"), plainText(2)), { nil: undefined }),
    title: plainText(3),
    name: plainText(3),
  })
  .map((p): Gen => {
    const value: Record<string, unknown> = {
      co_quan: { ...(p.chuQuan ? { chu_quan: p.chuQuan.raw } : {}), ten: p.agency.map((a) => a.raw).join("\n"), viet_tat: p.abbrev },
      ...(p.so === undefined ? {} : { so: p.so }),
      dia_danh: p.place.raw,
      ngay: p.date.raw,
      trich_yeu: p.summary.raw,
      ...(p.opening.length > 0 ? { can_cu: p.opening.map((o) => o.raw) } : {}),
      muc: p.sections.map((s) => s.value),
    };
    const closing = p.closing && !p.closingAsList ? p.closing.slice(0, 1) : p.closing;
    if (closing) value.ket_luan = p.closingAsList ? closing.map((c) => c.raw) : closing[0]!.raw;
    value.noi_nhan = p.recipients;
    const ky: Record<string, string> = {};
    if (p.tm) ky.tm = p.tm.raw;
    if (p.deputy) ky[p.deputy[0]] = p.deputy[1].raw;
    ky.chuc_vu = p.title.raw;
    ky.ho_ten = p.name.raw;
    value.ky = ky;

    const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
    const shows = [
      ...(p.chuQuan ? [upper(p.chuQuan.raw)] : []),
      ...p.agency.map((a) => upper(a.raw)),
      `Số: ${p.so === undefined ? "      " : pad(p.so)}/KH-${p.abbrev}`,
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      `${p.place.raw}, ${p.date.long}`,
      "KẾ HOẠCH",
      p.summary.raw,
      ...p.opening.map((o) => o.shown),
      ...p.sections.flatMap((s) => s.shows),
      ...(closing ?? []).map((c, i, all) => (i === all.length - 1 ? closingShown(c) : c.shown)),
      "Nơi nhận:",
      ...p.recipients.map((r, i, all) => `- ${r}${i === all.length - 1 ? "." : ";"}`),
      ...(p.tm ? [`TM. ${upper(p.tm.raw)}`] : []),
      ...(p.deputy ? [`${p.deputy[0].toUpperCase()}. ${upper(p.deputy[1].raw)}`] : []),
      upper(p.title.raw),
      p.name.raw,
    ];
    return { value, shows };
  });

// ─── Rendering ───────────────────────────────────────────────────────────────────────────────

async function render(yamlText: string) {
  const rendered = modelPlan(readPlanSource(new SourceFile("ke-hoach.yaml", yamlText)));
  return { docx: await writeDocument(rendered, "docx"), txt: (await writeDocument(rendered, "txt")).toString("utf8"), rendered };
}

/** The .txt as paragraphs: one per line, table rows split into cells, blank lines dropped. */
function txtParagraphs(txt: string): string[] {
  return txt
    .split("\n")
    .flatMap((line) => line.split(" | "))
    .filter((p) => p.trim() !== "");
}

function headerCount(value: Record<string, unknown>): number {
  const co = value.co_quan as { chu_quan?: string; ten: string };
  return (co.chu_quan ? 1 : 0) + co.ten.split("\n").length + 4; // + Số, motto (2 lines), place and date
}

describe("render, over generated plans", () => {
  it("round-trips the generated YAML (a check of the generator itself)", () => {
    fc.assert(
      fc.property(plan, (p) => {
        expect(readPlanSource(new SourceFile("ke-hoach.yaml", stringify(p.value))).plan).toMatchObject(p.value as object);
      }),
      RUNS,
    );
  });

  it("gives well-formed .docx XML holding every string of the plan, the same bytes twice", async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (p) => {
        const yamlText = stringify(p.value);
        const first = await render(yamlText);
        expect(docxProblems(first.docx)).toEqual([]);
        const paragraphs = docxParagraphs(first.docx);
        for (const s of p.shows) {
          expect(paragraphs.some((para) => para.includes(s)), `the .docx shows ${JSON.stringify(s)}\n${yamlText}`).toBe(true);
          expect(first.txt.includes(s), `the .txt shows ${JSON.stringify(s)}`).toBe(true);
        }
        const second = await render(yamlText);
        expect(Buffer.compare(first.docx, second.docx), "same bytes on a second render").toBe(0);
        expect(second.txt).toBe(first.txt);
      }),
      RUNS,
    );
  });

  it("has the .txt and the .docx agree: same paragraphs in the same order (header layout aside)", async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (p) => {
        const { docx, txt } = await render(stringify(p.value));
        const fromDocx = docxParagraphs(docx).filter((s) => s.trim() !== "");
        const fromTxt = txtParagraphs(txt);
        const n = headerCount(p.value as Record<string, unknown>);
        // The header is a two-column table in the .docx and a column of lines in the .txt.
        expect([...fromDocx.slice(0, n)].sort()).toEqual([...fromTxt.slice(0, n)].sort());
        expect(fromDocx.slice(n)).toEqual(fromTxt.slice(n));
      }),
      RUNS,
    );
  });
});
