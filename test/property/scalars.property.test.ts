// Property: a number-looking value prints exactly as it was typed — in bien (through a
// placeholder), in table cells, and in YAML/JSON data rows. Leading zeros (phone numbers, codes),
// dots (Vietnamese thousands), trailing zeros, exponents, hex, signs and long digit strings that a
// float would round: the document holds the same characters, never the number YAML reads.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tableFromYaml } from "../../src/load/load-data-table.js";
import { SourceFile } from "../../src/findings/source-file.js";
import { modelPlan, readPlanSource, writeDocument } from "../../src/pipeline.js";

const RUNS = { numRuns: 60, seed: 20_261_129 } as const;

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });
const nonZero = fc.constantFrom(..."123456789");

/** Plain scalars YAML 1.2 reads as numbers (or that look like them), as an officer types them. */
const numeric = fc.oneof(
  digits(1, 12).map((d) => `0${d}`), // leading zero: 0912345678, 007
  fc.tuple(nonZero, digits(0, 2), fc.array(digits(3, 3), { minLength: 1, maxLength: 4 })).map(([a, b, groups]) => `${a}${b}.${groups.join(".")}`), // 10.000, 1.500.000
  fc.tuple(nonZero, digits(0, 4), digits(1, 3)).map(([a, b, c]) => `${a}${b}.${c}0`), // 12.50 (trailing zero)
  fc.tuple(nonZero, digits(0, 2), fc.constantFrom("e", "E"), fc.constantFrom("", "+", "-"), digits(1, 2)).map(([a, b, e, s, x]) => `${a}${b}${e}${s}${x}`), // 1e3, 2E-4
  fc.tuple(nonZero, digits(0, 2), digits(1, 3), fc.constantFrom("e", "E"), digits(1, 2)).map(([a, b, c, e, x]) => `${a}${b}.${c}${e}${x}`), // 1.5e10
  fc.string({ unit: fc.constantFrom(..."0123456789abcdefABCDEF"), minLength: 1, maxLength: 8 }).map((h) => `0x${h}`), // 0x1F
  fc.string({ unit: fc.constantFrom(..."01234567"), minLength: 1, maxLength: 6 }).map((o) => `0o${o}`), // 0o17
  fc.tuple(nonZero, digits(15, 30)).map(([a, d]) => `${a}${d}`), // beyond double precision
  fc.tuple(fc.constantFrom("+", "-"), nonZero, digits(0, 5)).map(([s, a, d]) => `${s}${a}${d}`),
  fc.tuple(digits(1, 3)).map(([d]) => `.${d}5`), // .5
  fc.tuple(nonZero, digits(0, 6)).map(([a, d]) => `${a}${d}`), // an ordinary whole number
  fc.tuple(nonZero, digits(0, 3), digits(0, 3), nonZero).map(([a, b, c, z]) => `${a}${b}.${c}${z}`), // 1.5
);

function planText(values: string[]): string {
  const bien = values.map((v, i) => `  v${i}: ${v}\n`).join("");
  const line = values.map((_, i) => `{{v${i}}}`).join(" | ");
  const cells = values.map((v) => v).join(", ");
  return `co_quan:
  ten: ỦY BAN NHÂN DÂN XÃ CẨM TÂN
  viet_tat: UBND
dia_danh: Cẩm Tân
ngay: 2024-04-15
trich_yeu: Số liệu
bien:
${bien}muc:
  - ten: MỤC ĐÍCH, YÊU CẦU
    noi_dung:
      - "Giá trị: ${line}."
      - bang:
          cot: [${values.map((_, i) => `C${i}`).join(", ")}]
          dong:
            - [${cells}]
noi_nhan: ["Lưu: VT"]
ky:
  chuc_vu: CHỦ TỊCH
  ho_ten: Nguyễn Văn A
`;
}

describe("number-looking scalars print exactly as typed", () => {
  it("in bien (through placeholders) and in table cells", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(numeric, { minLength: 1, maxLength: 6 }), async (values) => {
        const text = planText(values);
        const r = modelPlan(readPlanSource(new SourceFile("so-lieu.yaml", text)));
        const out = (await writeDocument(r, "txt")).toString("utf8");
        expect(out, text).toContain(`Giá trị: ${values.join(" | ")}.`);
        for (const v of values) expect(out.split(/\s*\|\s*|\n/), `${v}\n${out}`).toContain(v);
      }),
      RUNS,
    );
  });

  it("in YAML and JSON data rows", () => {
    fc.assert(
      fc.property(numeric, (v) => {
        const yaml = tableFromYaml(new SourceFile("xa.yaml", `- {xa: Ia Dom, so: ${v}}\n`), "yaml");
        // A number that prints the same may stay a number ("12"); anything else is the typed text.
        expect(String(yaml.rows[0]!.values.so)).toBe(v);
        // JSON numbers as JSON allows them (no leading zeros, hex or "+"): still as typed.
        if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(v)) {
          const json = tableFromYaml(new SourceFile("xa.json", `[{"xa": "Ia Dom", "so": ${v}}]`), "json");
          const got = json.rows[0]!.values.so;
          expect(String(got)).toBe(v);
        }
      }),
      RUNS,
    );
  });
});
