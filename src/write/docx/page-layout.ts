// The whole page as layout blocks, in order: header, title, opening, sections, closing, signature.
import type { DocumentNode } from "../../model/nodes.js";
import { blocks, modelRuns, sectionBlock, titleBlock } from "./body-blocks.js";
import { headerTable } from "./header-block.js";
import { bodyPara, line, type LBlock } from "./layout-nodes.js";
import { signatureTable } from "./signature-block.js";

export function pageLayout(doc: DocumentNode): LBlock[] {
  return [
    headerTable(doc.header),
    ...titleBlock(doc),
    ...doc.opening.map((p) => bodyPara(modelRuns(p.runs))),
    ...doc.sections.flatMap(sectionBlock),
    ...blocks(doc.closing),
    // An empty line between the closing and the signature table (Word joins adjacent tables).
    line([], { align: "left" }),
    signatureTable(doc.recipients, doc.signature),
  ];
}
