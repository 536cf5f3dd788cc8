// A small XML reader for the parts of a Word package: elements, attributes and text, nothing more
// (no DTD, no external entities — a DOCTYPE is skipped, its entities never expanded). Namespace
// prefixes are mapped to the usual ones (w:, a:, wp:, v:, …) from the declarations on the root
// element, so files written with other prefixes read the same.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Deepest nesting accepted: a real document stays far below it; a hostile one is refused. */
export const MAX_XML_DEPTH = 256;

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

const CANONICAL: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingShape": "wps",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup": "wpg",
  "urn:schemas-microsoft-com:vml": "v",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
};

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[e] ?? m;
  });
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Text nodes that are only white space are kept only inside these (where spaces are content). */
const TEXT_HOLDERS = new Set(["w:t", "w:instrText", "a:t"]);

export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let rename: Map<string, string> | undefined;
  let rootSeen = false;
  const mapName = (n: string): string => {
    if (!rename) return n;
    const c = n.indexOf(":");
    if (c < 0) return n;
    const to = rename.get(n.slice(0, c));
    return to === undefined ? n : `${to}:${n.slice(c + 1)}`;
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf("<", i);
    const top = stack[stack.length - 1]!;
    if (lt < 0 || lt > i) {
      const chunk = text.slice(i, lt < 0 ? n : lt);
      if (stack.length > 1 && (TEXT_HOLDERS.has(top.name) || chunk.trim() !== "")) top.children.push(decode(chunk));
      if (lt < 0) break;
    }
    i = lt;
    const c1 = text[i + 1];
    if (c1 === "?") {
      const e = text.indexOf("?>", i);
      i = e < 0 ? n : e + 2;
    } else if (c1 === "!") {
      if (text.startsWith("<!--", i)) {
        const e = text.indexOf("-->", i);
        i = e < 0 ? n : e + 3;
      } else if (text.startsWith("<![CDATA[", i)) {
        const e = text.indexOf("]]>", i);
        top.children.push(text.slice(i + 9, e < 0 ? n : e));
        i = e < 0 ? n : e + 3;
      } else {
        // <!DOCTYPE …>, possibly with an internal subset: skipped, never expanded.
        const bracket = text.indexOf("[", i);
        const close = text.indexOf(">", i);
        if (bracket >= 0 && bracket < close) {
          const e = text.indexOf("]>", bracket);
          i = e < 0 ? n : e + 2;
        } else i = close < 0 ? n : close + 1;
      }
    } else if (c1 === "/") {
      const e = text.indexOf(">", i);
      if (e < 0) throw new XmlError("unterminated end tag");
      const raw = text.slice(i + 2, e).trim();
      const name = rename ? mapName(raw) : raw;
      if (stack.length <= 1 || top.name !== name) throw new XmlError(`unexpected </${name}>`);
      stack.pop();
      i = e + 1;
    } else {
      // A start tag. Its end is the next ">" unless that one stands inside a quoted value.
      let e = text.indexOf(">", i + 1);
      if (e < 0) throw new XmlError("unterminated start tag");
      if (!quotesBalanced(text, i + 1, e)) e = tagEnd(text, i + 1);
      const selfClosing = text.charCodeAt(e - 1) === 47; // "/"
      const body = text.slice(i + 1, selfClosing ? e - 1 : e);
      let sp = -1;
      for (let k = 0; k < body.length; k++) {
        const ch = body.charCodeAt(k);
        if (ch === 32 || ch === 9 || ch === 10 || ch === 13) {
          sp = k;
          break;
        }
      }
      const rawName = sp < 0 ? body : body.slice(0, sp);
      let attrs: Record<string, string> = {};
      if (sp >= 0) {
        ATTR.lastIndex = sp;
        for (let m = ATTR.exec(body); m; m = ATTR.exec(body)) attrs[m[1]!] = decode(m[2] ?? m[3] ?? "");
      }
      if (stack.length === 1 && !rootSeen) {
        rootSeen = true;
        const map = new Map<string, string>();
        for (const [k, v] of Object.entries(attrs)) if (k.startsWith("xmlns:") && CANONICAL[v] && CANONICAL[v] !== k.slice(6)) map.set(k.slice(6), CANONICAL[v]!);
        if (map.size > 0) rename = map;
      }
      if (rename) {
        const mapped: Record<string, string> = {};
        for (const [k, v] of Object.entries(attrs)) mapped[mapName(k)] = v;
        attrs = mapped;
      }
      const el: XmlElement = { name: rename ? mapName(rawName) : rawName, attrs, children: [] };
      top.children.push(el);
      if (!selfClosing) {
        if (stack.length > MAX_XML_DEPTH) throw new XmlError(`nesting deeper than ${MAX_XML_DEPTH}`);
        stack.push(el);
      }
      i = e + 1;
    }
  }
  if (stack.length > 1) throw new XmlError(`<${stack[stack.length - 1]!.name}> is not closed`);
  const first = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (!first) throw new XmlError("no root element");
  return first;
}

/** Whether text[from, to) holds whole quoted values only (no ">" can hide in an open quote). */
function quotesBalanced(text: string, from: number, to: number): boolean {
  let quote = 0;
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
  }
  return quote === 0;
}

/** The end of a start tag, skipping ">" inside quoted attribute values. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let k = from; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return k;
  }
  throw new XmlError("unterminated start tag");
}

/** The first child element named `name`. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== "string" && c.name === name) return c;
  return undefined;
}

/** Every child element named `name`. */
export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== "string" && c.name === name) out.push(c);
  return out;
}

/** Every descendant element named `name` (document order). */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

/** The text content of an element (its text nodes, in order). */
export function textOf(el: XmlElement): string {
  let s = "";
  for (const c of el.children) s += typeof c === "string" ? c : textOf(c);
  return s;
}
