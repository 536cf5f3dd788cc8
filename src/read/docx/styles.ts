// styles.xml: docDefaults and the styles, each resolved through its basedOn chain, and the theme's
// fonts (theme1.xml) for font slots given as "minorHAnsi" and the like.
import { mergePara, mergeRun, readPPr, readRPr, visibleBorder, type ParaProps, type RunProps, type ThemeFonts } from "./properties.js";
import { child, children, type XmlElement } from "./xml.js";

interface RawStyle {
  id: string;
  name?: string;
  type: string;
  basedOn?: string;
  pPr: ParaProps;
  rPr: RunProps;
  /** Table styles: whether their borders draw anything. */
  tableBorders?: boolean;
}

export interface ResolvedStyle {
  name: string;
  pPr: ParaProps;
  rPr: RunProps;
  tableBorders: boolean;
}

export function readTheme(root: XmlElement | undefined): ThemeFonts {
  const scheme = root && child(child(root, "a:themeElements"), "a:fontScheme");
  const fonts = (el: XmlElement | undefined) => ({
    latin: child(el, "a:latin")?.attrs.typeface || undefined,
    ea: child(el, "a:ea")?.attrs.typeface || undefined,
    cs: child(el, "a:cs")?.attrs.typeface || undefined,
  });
  return { major: fonts(child(scheme, "a:majorFont")), minor: fonts(child(scheme, "a:minorFont")) };
}

export class Styles {
  readonly defaultRun: RunProps;
  readonly defaultPara: ParaProps;
  private raw = new Map<string, RawStyle>();
  private resolved = new Map<string, ResolvedStyle>();
  private defaults = new Map<string, string>();

  constructor(root: XmlElement | undefined, theme: ThemeFonts) {
    const dd = child(root, "w:docDefaults");
    this.defaultRun = readRPr(child(child(dd, "w:rPrDefault"), "w:rPr"), theme);
    this.defaultPara = readPPr(child(child(dd, "w:pPrDefault"), "w:pPr"));
    for (const s of children(root, "w:style")) {
      const id = s.attrs["w:styleId"];
      if (!id) continue;
      const type = s.attrs["w:type"] ?? "paragraph";
      const tblBorders = child(child(s, "w:tblPr"), "w:tblBorders");
      this.raw.set(`${type}:${id}`, {
        id,
        name: child(s, "w:name")?.attrs["w:val"],
        type,
        basedOn: child(s, "w:basedOn")?.attrs["w:val"],
        pPr: readPPr(child(s, "w:pPr")),
        rPr: readRPr(child(s, "w:rPr"), theme),
        tableBorders: tblBorders ? tblBorders.children.some((b) => typeof b !== "string" && visibleBorder(b)) : undefined,
      });
      const d = s.attrs["w:default"];
      if (d === "1" || d === "true" || d === "on") this.defaults.set(type, id);
    }
  }

  /** The style with its basedOn chain applied; the type's default style when `id` is not given. */
  get(type: "paragraph" | "character" | "table", id: string | undefined): ResolvedStyle | undefined {
    const key = id ?? this.defaults.get(type);
    if (key === undefined) return undefined;
    return this.resolve(type, key, 0);
  }

  private resolve(type: string, id: string, depth: number): ResolvedStyle | undefined {
    const k = `${type}:${id}`;
    const hit = this.resolved.get(k);
    if (hit) return hit;
    const raw = this.raw.get(k);
    if (!raw) return undefined;
    // A basedOn cycle (or an absurd chain) stops here rather than looping.
    const base = raw.basedOn && raw.basedOn !== id && depth < 32 ? this.resolve(type, raw.basedOn, depth + 1) : undefined;
    const out: ResolvedStyle = {
      name: raw.name ?? raw.id,
      pPr: mergePara(base?.pPr ?? {}, raw.pPr),
      rPr: mergeRun(base?.rPr ?? {}, raw.rPr),
      tableBorders: raw.tableBorders ?? base?.tableBorders ?? false,
    };
    this.resolved.set(k, out);
    return out;
  }
}
