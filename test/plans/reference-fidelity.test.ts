// The plans in plans/ are faithful versions of the real plans in the shared reference folder:
// every sentence of the reference, in order, in the same kind of line (section, numbered item,
// "- " bullet, "+ " sub-bullet, plain paragraph), and nothing else. The only differences allowed
// are the corrections noted in the plan itself, one comment per correction, right above the line:
//
//   # sửa: "text in the reference" → "text in the plan" (reason)
//
// Both strings are JSON strings ("\n" is a line break: an item the extraction glued to the one
// before it). Each "old" text must occur exactly once in the reference, so notes cannot go stale.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli.js";

const REFERENCE_DIR = process.env.KEHOACH_REFERENCE_DIR ?? join(ROOT, "test/fixtures/reference");

/** plan file in plans/ → its reference text. */
const PLANS: [plan: string, reference: string][] = [
  ["xa-cam-tan-2024.yaml", "xa-cam-tan-2024.txt"],
  ["huyen-kong-chro-2022.yaml", "huyen-kong-chro-2022.txt"],
  ["hoi-lhpn-hoc-mon-2021.yaml", "hoi-lhpn-hoc-mon-2021.txt"],
];

// ---------------------------------------------------------------------------------------------
// Correction notes

interface Correction {
  old: string;
  new: string;
  reason: string;
  /** 1-based line of the note in the plan file. */
  line: number;
}

const JSON_STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const NOTE = new RegExp(String.raw`^\s*#\s*sửa:\s*(${JSON_STRING})\s*→\s*(${JSON_STRING})\s*\((.+)\)\s*$`, "u");
/** Any comment that means to be a note; it must then have the exact format. */
const NOTE_LIKE = /^\s*#\s*sửa\b/u;

function readCorrections(planText: string): { corrections: Correction[]; malformed: string[] } {
  const corrections: Correction[] = [];
  const malformed: string[] = [];
  planText.split(/\r?\n/).forEach((text, i) => {
    if (!NOTE_LIKE.test(text)) return;
    const m = NOTE.exec(text);
    if (!m) {
      malformed.push(`line ${i + 1}: ${text.trim()}`);
      return;
    }
    try {
      corrections.push({ old: JSON.parse(m[1]!) as string, new: JSON.parse(m[2]!) as string, reason: m[3]!.trim(), line: i + 1 });
    } catch (e) {
      malformed.push(`line ${i + 1}: ${(e as Error).message}: ${text.trim()}`);
    }
  });
  return { corrections, malformed };
}

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
  return n;
}

/**
 * A line break a correction puts in (an item split from the one the extraction glued it to). It
 * breaks the line like "\n" but is not counted, so messages keep the reference's line numbers.
 */
const SPLIT = "\u2028";

/** The reference with every correction applied, in the order of the notes. */
function applyCorrections(reference: string, corrections: Correction[]): string {
  let text = reference;
  for (const c of corrections) {
    if (!text.includes(c.old)) throw new Error(`correction on line ${c.line} no longer applies (an earlier one changed its text): "${c.old}"`);
    text = text.replace(c.old, () => c.new.replace(/\n/g, SPLIT));
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Normalising text: NFC, ** and * marks out, whitespace collapsed, list markers recognised

type Kind = "roman" | "number" | "point" | "bullet" | "sub" | "text";

const MARKERS: [Kind, RegExp][] = [
  ["roman", /^[IVXLC]+\.\s+/u],
  ["number", /^\d+(?:\.\d+)*\.\s+|^\d+(?:\.\d+)+\s+/u],
  ["point", /^[a-zđ]\)\s+/u],
  ["bullet", /^[-–]\s+/u],
  ["sub", /^\+\s+/u],
];

interface Line {
  /** Line number in the text it came from (1-based). */
  at: number;
  kind: Kind;
  /** Without its marker. */
  text: string;
}

function normaliseLine(raw: string): string {
  return raw.normalize("NFC").replace(/\*/g, "").replace(/\s+/gu, " ").trim();
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  text.split(/\r?\n/).forEach((whole, i) => {
    for (const raw of whole.split(SPLIT)) {
      const s = normaliseLine(raw);
      if (s === "") continue;
      const marker = MARKERS.find(([, re]) => re.test(s));
      out.push({ at: i + 1, kind: marker ? marker[0] : "text", text: marker ? s.replace(marker[1], "") : s });
    }
  });
  return out;
}

/** Sentences of one line: split after ". " and "; " (the punctuation stays with its sentence). */
function sentences(line: string): string[] {
  return line
    .split(/(?<=[.;])\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Lines before the title "KẾ HOẠCH": agency, number, motto, place and date. */
function splitFront(all: Line[]): { front: Line[]; body: Line[] } {
  const k = all.findIndex((l) => l.text === "KẾ HOẠCH");
  if (k < 0) throw new Error('no "KẾ HOẠCH" line');
  return { front: all.slice(0, k), body: all.slice(k) };
}

/** The text the sentences are looked for in, and where each line starts in it. */
function haystack(ls: Line[], joiner: string): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = "";
  for (const l of ls) {
    if (text !== "") text += joiner;
    starts.push(text.length);
    text += l.text;
  }
  return { text, starts };
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const short = (s: string) => (s.length > 140 ? `${s.slice(0, 137)}…` : s);

/**
 * Every sentence of `needles`, in order, in `hay` (one line of hay per line, so a sentence cannot
 * straddle two paragraphs of the plan). With `kinds`, each line of needles starts a line of hay
 * of the same kind (a bullet stays a bullet, a paragraph a paragraph, and two paragraphs are not
 * run together), except the second half of a paragraph cut by a page break.
 */
function inOrder(needles: Line[], hayLines: Line[], opts: { joiner: string; kinds: boolean; what: string }): string[] {
  const hay = haystack(hayLines, opts.joiner);
  const problems: string[] = [];
  let at = 0;
  for (const line of needles) {
    sentences(line.text).forEach((s, k) => {
      const i = hay.text.indexOf(s, at);
      if (i < 0) {
        const where = hay.text.includes(s) ? "out of order (it occurs earlier)" : `missing from the ${opts.what}`;
        problems.push(`line ${line.at}: ${where}: «${short(s)}»`);
        return;
      }
      at = i + s.length;
      if (!opts.kinds || k !== 0) return;
      const j = lineAt(hay.starts, i);
      const startsLine = hay.starts[j] === i;
      const other = hayLines[j]!;
      // Page breaks cut some paragraphs of the reference in two; the second half starts with a
      // small letter and may continue a line. Any other line starts a line of its own.
      const continuation = line.kind === "text" && /^\p{Ll}/u.test(s);
      if (!continuation && !startsLine) {
        problems.push(`line ${line.at}: a ${line.kind} line is not a line of its own in the ${opts.what}: «${short(s)}»`);
      } else if (startsLine && other.kind !== line.kind) {
        problems.push(`line ${line.at}: a ${line.kind} line became a ${other.kind} line (line ${other.at} of the ${opts.what}): «${short(s)}»`);
      }
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

const haveReferences = existsSync(REFERENCE_DIR);

describe("reference plans are reproduced faithfully", () => {
  it(`finds the reference folder ${REFERENCE_DIR} (set KEHOACH_REFERENCE_DIR to move it)`, () => {
    expect(haveReferences, `${REFERENCE_DIR} does not exist`).toBe(true);
  });

  describe.each(PLANS)("plans/%s", (planFile, referenceFile) => {
    const planPath = join(ROOT, "plans", planFile);
    // Read lazily, so that a missing plan fails its own tests and not the whole file.
    let notes: ReturnType<typeof readCorrections> | undefined;
    const read = () => (notes ??= readCorrections(readFileSync(planPath, "utf8")));
    const reference = () => readFileSync(join(REFERENCE_DIR, referenceFile), "utf8").normalize("NFC");

    let rendered: string | undefined;
    const output = () => {
      if (rendered === undefined) {
        const r = runCli(["render", planPath, "--format", "txt", "--stdout"]);
        expect(r.stderr).toBe("");
        expect(r.code).toBe(0);
        rendered = r.stdout;
      }
      return rendered;
    };

    it("notes its corrections in the one format, and has some", () => {
      const { corrections, malformed } = read();
      expect(malformed, "malformed correction notes").toEqual([]);
      expect(corrections.length).toBeGreaterThan(0);
      for (const c of corrections) {
        expect(c.old, `line ${c.line}: old and new are the same`).not.toBe(c.new);
        expect(c.reason, `line ${c.line}: no reason`).not.toBe("");
      }
    });

    it.runIf(haveReferences)("notes only corrections whose old text occurs exactly once in the reference", () => {
      const ref = reference();
      const stale = read()
        .corrections.map((c) => ({ c, n: occurrences(ref, c.old) }))
        .filter(({ n }) => n !== 1)
        .map(({ c, n }) => `line ${c.line}: "${c.old}" occurs ${n} times in ${referenceFile}`);
      expect(stale).toEqual([]);
    });

    it.runIf(haveReferences)("keeps the reference's header lines (agency, number, motto, place and date)", () => {
      const ref = splitFront(lines(applyCorrections(reference(), read().corrections))).front.map((l) => l.text);
      const out = splitFront(lines(output())).front.map((l) => l.text);
      const missing = ref.filter((l) => !out.includes(l));
      expect(missing, `header lines of ${referenceFile} not in the output header:\n${out.join("\n")}`).toEqual([]);
    });

    it.runIf(haveReferences)("contains every sentence of the reference, in order, in the same kind of line", () => {
      const ref = lines(applyCorrections(reference(), read().corrections));
      const problems = inOrder(ref, lines(output()), { joiner: "\n", kinds: true, what: "output" });
      expect(problems, `sentences of ${referenceFile} (line numbers are the reference's)`).toEqual([]);
    });

    it.runIf(haveReferences)("adds no sentence that is not in the reference (below the header)", () => {
      // Page breaks split some paragraphs of the reference over two lines: join its lines here.
      const ref = splitFront(lines(applyCorrections(reference(), read().corrections))).body;
      const out = splitFront(lines(output())).body;
      const problems = inOrder(out, ref, { joiner: " ", kinds: false, what: "reference" });
      expect(problems, `sentences of the output (line numbers are the output's)`).toEqual([]);
    });
  });
});
