// numbering.xml: the numbers and bullets Word shows for paragraphs with w:numPr. Counters are kept
// per abstract list (instances of one list continue each other, as in Word); a w:startOverride
// restarts its level the first time its instance is used. Labels are built from w:lvlText
// ("%1.", "%1.%2.", "%2)") with each level's w:numFmt — exactly what Word shows (its lowerLetter
// is a b c d e …: no đ).
import { readPPr, type ParaProps } from "./properties.js";
import { child, children, type XmlElement } from "./xml.js";

interface Level {
  start: number;
  format: string;
  text: string;
  legal: boolean;
  /** w:lvlRestart: 0 = never; n = restart after level n (1-based) or a higher one is used. */
  restart?: number;
  pPr: ParaProps;
}

interface Instance {
  abstractId: string;
  levels: Map<number, Level>;
  startOverrides: Map<number, number>;
  used: boolean;
}

/** Symbol and Wingdings bullets are private-use code points: what they look like on the page. */
const SYMBOL_GLYPHS: Record<number, string> = {
  0xf0b7: "•", 0xf0a7: "▪", 0xf0d8: "➢", 0xf076: "❖", 0xf0fc: "✓", 0xf06e: "■", 0xf0a8: "◆", 0xf071: "❑", 0xf0e0: "→", 0xf02d: "-", 0xf02b: "+", 0xf0be: "—",
};

export function symbolGlyph(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xf000 && code <= 0xf0ff) out += SYMBOL_GLYPHS[code] ?? String.fromCharCode(code - 0xf000);
    else out += ch;
  }
  return out;
}

const ROMAN: [number, string][] = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];

function roman(n: number): string {
  let out = "";
  for (const [v, d] of ROMAN) {
    while (n >= v) {
      out += d;
      n -= v;
    }
  }
  return out;
}

/** Word's letter numbering: a … z, then aa … zz, aaa … */
function letters(n: number): string {
  if (n < 1) return String(n);
  const c = String.fromCharCode(97 + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return n > 0 ? roman(n) : String(n);
    case "upperRoman":
      return n > 0 ? roman(n).toUpperCase() : String(n);
    case "decimalZero":
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case "none":
      return "";
    default:
      return String(n);
  }
}

function readLevels(el: XmlElement | undefined, into: Map<number, Level>): void {
  for (const l of children(el, "w:lvl")) {
    const ilvl = Number(l.attrs["w:ilvl"]);
    if (!Number.isInteger(ilvl) || ilvl < 0 || ilvl > 8) continue;
    const start = Number(child(l, "w:start")?.attrs["w:val"] ?? 0);
    const restart = child(l, "w:lvlRestart")?.attrs["w:val"];
    const legal = child(l, "w:isLgl");
    into.set(ilvl, {
      start: Number.isFinite(start) ? start : 0,
      format: child(l, "w:numFmt")?.attrs["w:val"] ?? "decimal",
      text: child(l, "w:lvlText")?.attrs["w:val"] ?? "",
      legal: legal !== undefined && legal.attrs["w:val"] !== "0" && legal.attrs["w:val"] !== "false",
      restart: restart !== undefined && Number.isFinite(Number(restart)) ? Number(restart) : undefined,
      pPr: readPPr(child(l, "w:pPr")),
    });
  }
}

export class Numbering {
  private instances = new Map<string, Instance>();
  /** Current counter of each level, per abstract list. */
  private counters = new Map<string, (number | undefined)[]>();

  constructor(root: XmlElement | undefined, styleNumId: (styleId: string) => string | undefined) {
    const abstracts = new Map<string, XmlElement>();
    for (const a of children(root, "w:abstractNum")) abstracts.set(a.attrs["w:abstractNumId"] ?? "", a);
    const nums = new Map<string, XmlElement>();
    for (const n of children(root, "w:num")) nums.set(n.attrs["w:numId"] ?? "", n);
    /** An abstract list that only links to a numbering style: follow the link (once). */
    const abstractOf = (id: string, hops = 0): [string, XmlElement | undefined] => {
      const a = abstracts.get(id);
      const link = child(a, "w:numStyleLink")?.attrs["w:val"];
      if (link && hops < 4) {
        const numId = styleNumId(link);
        const linked = numId ? child(nums.get(numId), "w:abstractNumId")?.attrs["w:val"] : undefined;
        if (linked !== undefined && linked !== id) return abstractOf(linked, hops + 1);
      }
      return [id, a];
    };
    for (const [numId, n] of nums) {
      const [abstractId, a] = abstractOf(child(n, "w:abstractNumId")?.attrs["w:val"] ?? "");
      const levels = new Map<number, Level>();
      readLevels(a, levels);
      const startOverrides = new Map<number, number>();
      for (const o of children(n, "w:lvlOverride")) {
        const ilvl = Number(o.attrs["w:ilvl"]);
        const so = child(o, "w:startOverride")?.attrs["w:val"];
        if (so !== undefined && Number.isFinite(Number(so))) startOverrides.set(ilvl, Number(so));
        const over = new Map<number, Level>();
        readLevels(o, over);
        for (const [k, v] of over) levels.set(k, v);
      }
      this.instances.set(numId, { abstractId, levels, startOverrides, used: false });
    }
  }

  /** The level's paragraph properties (its indents), for the style cascade. */
  levelPPr(numId: string, ilvl: number): ParaProps | undefined {
    return this.instances.get(numId)?.levels.get(ilvl)?.pPr;
  }

  /** Count one paragraph of list `numId` at level `ilvl`; the label Word shows before it. */
  next(numId: string, ilvl: number): string | undefined {
    const inst = this.instances.get(numId);
    if (!inst || numId === "0") return undefined;
    const level = inst.levels.get(ilvl);
    if (!level) return undefined;
    let counters = this.counters.get(inst.abstractId);
    if (!counters) this.counters.set(inst.abstractId, (counters = []));
    if (!inst.used) {
      inst.used = true;
      for (const [l, start] of inst.startOverrides) {
        counters[l] = undefined;
        inst.levels.set(l, { ...(inst.levels.get(l) ?? level), start });
      }
    }
    counters[ilvl] = counters[ilvl] === undefined ? level.start : counters[ilvl]! + 1;
    for (let d = ilvl + 1; d < 9; d++) {
      const r = inst.levels.get(d)?.restart;
      if (r === undefined || (r > 0 && ilvl <= r - 1)) counters[d] = undefined;
    }
    if (level.format === "bullet") return symbolGlyph(level.text);
    return level.text.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      const lv = inst.levels.get(l);
      const n = counters![l] ?? lv?.start ?? 0;
      return formatNumber(n, level.legal ? "decimal" : (lv?.format ?? "decimal"));
    });
  }
}
