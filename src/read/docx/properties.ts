// Run and paragraph properties as WordprocessingML writes them (w:rPr, w:pPr), read into plain
// objects that merge: docDefaults, then styles (basedOn chains), numbering levels, then direct
// formatting — each layer overriding only what it says.
import type { Alignment } from "../read-document.js";
import { child, type XmlElement } from "./xml.js";

export type FontSlots = { ascii?: string; hAnsi?: string; eastAsia?: string; cs?: string };

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
  hidden?: boolean;
  sizePt?: number;
  fonts?: FontSlots;
  /** rFonts' w:hint: which slot Word uses for characters several slots could show. */
  fontHint?: "default" | "eastAsia" | "cs";
  /** w:cs or w:rtl: the run is complex-script text, shown in the cs slot. */
  complexScript?: boolean;
  /** "000000", "auto", "FF0000" … */
  color?: string;
  rStyle?: string;
}

export interface ParaProps {
  pStyle?: string;
  align?: Alignment;
  indentLeftPt?: number;
  indentRightPt?: number;
  indentFirstLinePt?: number;
  spacingBeforePt?: number;
  spacingAfterPt?: number;
  lineSpacing?: { rule: "auto" | "exact" | "atLeast"; value: number };
  borderBottom?: boolean;
  numId?: string;
  ilvl?: number;
  pageBreakBefore?: boolean;
}

/** The theme's fonts, for w:asciiTheme="minorHAnsi" and the like. */
export interface ThemeFonts {
  major: { latin?: string; ea?: string; cs?: string };
  minor: { latin?: string; ea?: string; cs?: string };
}

const twipsToPt = (v: string | undefined): number | undefined => {
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n / 20 : undefined;
};

/** w:b, w:i, …: present means on, unless w:val is 0/false/off. */
export function toggle(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs["w:val"];
  return !(v === "0" || v === "false" || v === "off");
}

function themeFont(theme: ThemeFonts | undefined, name: string | undefined): string | undefined {
  if (!name || !theme) return undefined;
  const scheme = name.startsWith("major") ? theme.major : theme.minor;
  const font = /EastAsia$/.test(name) ? scheme.ea : /Bidi$/.test(name) ? scheme.cs : scheme.latin;
  return font || undefined;
}

export function readRPr(rPr: XmlElement | undefined, theme: ThemeFonts | undefined): RunProps {
  const out: RunProps = {};
  if (!rPr) return out;
  for (const c of rPr.children) {
    if (typeof c === "string") continue;
    switch (c.name) {
      case "w:b":
        out.bold = toggle(c);
        break;
      case "w:i":
        out.italic = toggle(c);
        break;
      case "w:caps":
        out.caps = toggle(c);
        break;
      case "w:vanish":
        out.hidden = toggle(c);
        break;
      case "w:u": {
        const v = c.attrs["w:val"];
        out.underline = v !== undefined && v !== "none";
        break;
      }
      case "w:sz": {
        const n = Number(c.attrs["w:val"]);
        if (Number.isFinite(n)) out.sizePt = n / 2;
        break;
      }
      case "w:color":
        if (c.attrs["w:val"]) out.color = c.attrs["w:val"];
        break;
      case "w:rStyle":
        if (c.attrs["w:val"]) out.rStyle = c.attrs["w:val"];
        break;
      case "w:rFonts": {
        const a = c.attrs;
        // A theme attribute wins over the plain one (ECMA-376 17.3.2.26).
        const slot = (plain: string, themed: string) => themeFont(theme, a[themed]) ?? (a[themed] ? undefined : a[plain]);
        const fonts: FontSlots = {};
        const set = (k: keyof FontSlots, v: string | undefined, named: boolean) => {
          if (v !== undefined) fonts[k] = v;
          else if (named) fonts[k] = ""; // a theme slot the theme leaves empty: no font named
        };
        set("ascii", slot("w:ascii", "w:asciiTheme"), "w:asciiTheme" in a);
        set("hAnsi", slot("w:hAnsi", "w:hAnsiTheme"), "w:hAnsiTheme" in a);
        set("eastAsia", slot("w:eastAsia", "w:eastAsiaTheme"), "w:eastAsiaTheme" in a);
        set("cs", slot("w:cs", "w:cstheme"), "w:cstheme" in a);
        out.fonts = fonts;
        const hint = a["w:hint"];
        if (hint === "default" || hint === "eastAsia" || hint === "cs") out.fontHint = hint;
        break;
      }
      case "w:cs":
      case "w:rtl":
        out.complexScript = toggle(c);
        break;
    }
  }
  return out;
}

export function mergeRun(base: RunProps, over: RunProps): RunProps {
  const out: RunProps = { ...base };
  for (const [k, v] of Object.entries(over) as [keyof RunProps, unknown][]) {
    if (v === undefined) continue;
    if (k === "fonts") out.fonts = { ...base.fonts, ...(v as FontSlots) };
    else (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

const JC: Record<string, Alignment> = { left: "left", start: "left", center: "center", right: "right", end: "right", both: "justify", distribute: "justify", lowKashida: "justify", mediumKashida: "justify", highKashida: "justify", thaiDistribute: "justify" };

/** A border side that draws something. */
export function visibleBorder(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = el.attrs["w:val"];
  return v !== undefined && v !== "nil" && v !== "none";
}

export function readPPr(pPr: XmlElement | undefined): ParaProps {
  const out: ParaProps = {};
  if (!pPr) return out;
  for (const c of pPr.children) {
    if (typeof c === "string") continue;
    const a = c.attrs;
    switch (c.name) {
      case "w:pStyle":
        if (a["w:val"]) out.pStyle = a["w:val"];
        break;
      case "w:jc":
        if (a["w:val"] && JC[a["w:val"]]) out.align = JC[a["w:val"]];
        break;
      case "w:ind": {
        const left = twipsToPt(a["w:left"] ?? a["w:start"]);
        const right = twipsToPt(a["w:right"] ?? a["w:end"]);
        const first = twipsToPt(a["w:firstLine"]);
        const hanging = twipsToPt(a["w:hanging"]);
        if (left !== undefined) out.indentLeftPt = left;
        if (right !== undefined) out.indentRightPt = right;
        if (hanging !== undefined) out.indentFirstLinePt = -hanging;
        else if (first !== undefined) out.indentFirstLinePt = first;
        break;
      }
      case "w:spacing": {
        // Auto spacing ("before/after: Auto") is 14 pt in Word.
        const on = (k: string) => a[k] !== undefined && !["0", "false", "off"].includes(a[k]!);
        const before = on("w:beforeAutospacing") ? 14 : twipsToPt(a["w:before"]);
        const after = on("w:afterAutospacing") ? 14 : twipsToPt(a["w:after"]);
        if (before !== undefined) out.spacingBeforePt = before;
        if (after !== undefined) out.spacingAfterPt = after;
        if (a["w:line"] !== undefined && Number.isFinite(Number(a["w:line"]))) {
          const rule = a["w:lineRule"] === "exact" ? "exact" : a["w:lineRule"] === "atLeast" ? "atLeast" : "auto";
          const n = Number(a["w:line"]);
          out.lineSpacing = { rule, value: rule === "auto" ? n / 240 : n / 20 };
        }
        break;
      }
      case "w:pBdr":
        out.borderBottom = visibleBorder(child(c, "w:bottom"));
        break;
      case "w:numPr": {
        const id = child(c, "w:numId")?.attrs["w:val"];
        const lvl = child(c, "w:ilvl")?.attrs["w:val"];
        if (id !== undefined) out.numId = id;
        if (lvl !== undefined && Number.isInteger(Number(lvl))) out.ilvl = Number(lvl);
        break;
      }
      case "w:pageBreakBefore":
        out.pageBreakBefore = toggle(c);
        break;
    }
  }
  return out;
}

export function mergePara(base: ParaProps, over: ParaProps): ParaProps {
  const out: ParaProps = { ...base };
  for (const [k, v] of Object.entries(over)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
