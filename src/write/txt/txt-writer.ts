// Plain text writer, laid out like the reference plans (test/fixtures/reference/): for review, diffs and golden tests.
import { runsText, type BlockNode, type DocumentNode } from "../../model/nodes.js";

export function writeText(doc: DocumentNode): string {
  const out: string[] = [];
  const para = (s: string) => out.push(s, "");
  const h = doc.header;

  if (h.parentAgency) out.push(h.parentAgency);
  out.push(...h.agency, "");
  para(h.numberLine);
  out.push(h.motto.nation, h.motto.slogan, "");
  para(h.placeDate);
  out.push(doc.typeName, ...doc.summary, "");
  for (const p of doc.opening) para(runsText(p.runs));
  for (const s of doc.sections) {
    para(s.heading);
    blocks(s.children, para);
  }
  for (const p of doc.closing) para(runsText(p.runs));
  out.push(doc.recipients.label, ...doc.recipients.items, "");
  out.push(...doc.signature.lines, "", doc.signature.name);
  return out.join("\n") + "\n";
}

function blocks(list: BlockNode[], para: (s: string) => void): void {
  for (const b of list) {
    switch (b.kind) {
      case "paragraph":
        para(runsText(b.runs));
        break;
      case "bullet":
        para(`${b.marker} ${runsText(b.runs)}`);
        break;
      case "item":
        if (b.title) para(`${b.label} ${runsText(b.title)}`);
        else para(`${b.label} ${runsText(b.text ?? [])}`);
        blocks(b.children, para);
        break;
      case "point":
        para(`${b.label} ${runsText(b.runs)}`);
        blocks(b.children, para);
        break;
      case "table":
        if (b.title) para(runsText(b.title));
        para([b.header, ...b.rows].map((row) => row.map(runsText).join(" | ")).join("\n"));
        break;
    }
  }
}
