// Layout blocks → WordprocessingML text directly: the same bytes the docx library writes for the
// same blocks (library-backend.ts), at a fraction of the cost. Only the elements kehoach uses.
import { COLOR, FONT } from "./layout.js";
import type { LBlock, LPara, LRun, LTable } from "./layout-nodes.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const FONTS = `<w:rFonts w:ascii="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}"/>`;

function runXml(r: LRun): string {
  return (
    `<w:r><w:rPr>${FONTS}${r.bold ? "<w:b/><w:bCs/>" : ""}${r.italic ? "<w:i/><w:iCs/>" : ""}<w:color w:val="${COLOR}"/>` +
    `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/></w:rPr><w:t xml:space="preserve">${escapeXml(r.text)}</w:t></w:r>`
  );
}

function paraXml(p: LPara): string {
  const s = p.spacing;
  const i = p.indent;
  return (
    "<w:p><w:pPr>" +
    (p.keepNext ? "<w:keepNext/>" : "") +
    (p.rule ? `<w:pBdr><w:bottom w:val="single" w:color="${COLOR}" w:sz="6" w:space="1"/></w:pBdr>` : "") +
    `<w:spacing w:after="${s.after}" w:before="${s.before}" w:line="${s.line}"${s.exact ? ' w:lineRule="exact"' : ""}/>` +
    `<w:ind${i.left !== undefined ? ` w:left="${i.left}"` : ""}${i.right !== undefined ? ` w:right="${i.right}"` : ""} w:firstLine="${i.firstLine}"/>` +
    `<w:jc w:val="${p.align}"/></w:pPr>` +
    p.runs.map(runXml).join("") +
    "</w:p>"
  );
}

const SIDES = ["top", "left", "bottom", "right", "insideH", "insideV"] as const;
const BORDERS = {
  none: `<w:tblBorders>${SIDES.map((s) => `<w:${s} w:val="none" w:color="auto" w:sz="0"/>`).join("")}</w:tblBorders>`,
  single: `<w:tblBorders>${SIDES.map((s) => `<w:${s} w:val="single" w:color="${COLOR}" w:sz="4"/>`).join("")}</w:tblBorders>`,
};

function tableXml(t: LTable): string {
  let out = `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${t.width}"/>${BORDERS[t.borders]}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`;
  for (const w of t.widths) out += `<w:gridCol w:w="${w}"/>`;
  out += "</w:tblGrid>";
  for (const row of t.rows) {
    const trPr = (row.cantSplit ? "<w:cantSplit/>" : "") + (row.header ? "<w:tblHeader/>" : "");
    out += `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ""}`;
    for (const c of row.cells) {
      const m = c.margins;
      out +=
        `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${c.width}"/><w:tcMar><w:top w:type="dxa" w:w="${m.top}"/><w:left w:type="dxa" w:w="${m.left}"/>` +
        `<w:bottom w:type="dxa" w:w="${m.bottom}"/><w:right w:type="dxa" w:w="${m.right}"/></w:tcMar></w:tcPr>${c.paras.map(paraXml).join("")}</w:tc>`;
    }
    out += "</w:tr>";
  }
  return out + "</w:tbl>";
}

export function bodyXml(blocks: readonly LBlock[]): string {
  let out = "";
  for (const b of blocks) out += b.kind === "p" ? paraXml(b) : tableXml(b);
  return out;
}
