/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The preview page's script (bundled with docx-preview and jszip into dist/preview-client/ at build
// time; the page loads nothing from the network). It listens to the server's events, draws the
// .docx that render writes with docx-preview, cuts it into A4 pages, and shows errors and check
// findings. A new render replaces the pages in place, keeping the scroll position.
import { renderAsync } from "docx-preview";

interface PreviewFinding {
  severity: "error" | "warning" | "info";
  where: string;
  message: string;
  code: string;
  frame?: string;
  hint?: string;
}

interface PreviewState {
  /** Bumped on every change the page should show. */
  version: number;
  /** The version of the last good .docx (0: none yet). */
  docVersion: number;
  /** Problems that stopped the render, as the terminal prints them. */
  errors: PreviewFinding[];
  /** kehoach check's findings for the plan that rendered. */
  findings: PreviewFinding[];
  texts: Record<string, string>;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let shownDoc = 0;
let drawing: Promise<void> = Promise.resolve();

function findingElement(f: PreviewFinding): HTMLElement {
  const box = document.createElement("div");
  box.className = `finding ${f.severity}`;
  const head = document.createElement("div");
  head.className = "finding-head";
  const where = document.createElement("span");
  where.className = "where";
  where.textContent = f.where;
  const sev = document.createElement("span");
  sev.className = "severity";
  sev.textContent = (f.severity === "error" ? texts.error : f.severity === "warning" ? texts.warning : texts.note) ?? f.severity;
  const text = document.createElement("span");
  text.className = "message";
  text.textContent = f.message + (f.code && !["schema", "yaml-syntax", "input", "placeholder"].includes(f.code) ? ` [${f.code}]` : "");
  head.append(where, ": ", sev, ": ", text);
  box.append(head);
  if (f.frame) {
    const pre = document.createElement("pre");
    pre.className = "frame";
    pre.textContent = f.frame;
    box.append(pre);
  }
  if (f.hint) {
    const hint = document.createElement("div");
    hint.className = "hint";
    hint.textContent = `→ ${f.hint}`;
    box.append(hint);
  }
  return box;
}

let texts: Record<string, string> = { error: "lỗi", warning: "cảnh báo", note: "ghi chú" };

function showProblems(state: PreviewState): void {
  texts = state.texts;
  const errors = $("errors");
  errors.replaceChildren(...state.errors.map(findingElement));
  errors.hidden = state.errors.length === 0;
  if (state.errors.length > 0) {
    const title = document.createElement("div");
    title.className = "errors-title";
    title.textContent = state.docVersion > 0 ? texts.errorTitle! : texts.noRender!;
    errors.prepend(title);
  }
  const list = $("findings-list");
  if (state.findings.length === 0) {
    const ok = document.createElement("div");
    ok.className = state.errors.length > 0 ? "findings-wait" : "no-findings";
    ok.textContent = (state.errors.length > 0 ? texts.findingsWait : texts.noFindings) ?? "";
    list.replaceChildren(ok);
  } else list.replaceChildren(...state.findings.map(findingElement));
  $("findings-count").textContent = state.findings.length > 0 ? `(${state.findings.length})` : "";
}

/**
 * docx-preview reads "keep with next" (w:keepNext, set on headings) but does not draw it: mark the
 * drawn blocks that have it, matched in order with the body's blocks (only when the counts agree).
 */
function markKeepWithNext(stage: HTMLElement, body: { keepNext?: boolean }[]): void {
  const blocks = [...stage.querySelectorAll<HTMLElement>("section.docx > article")].flatMap((a) => [...a.children] as HTMLElement[]);
  if (blocks.length !== body.length) return;
  body.forEach((b, k) => {
    if (b.keepNext) blocks[k]!.dataset.keepNext = "1";
  });
}

/** The first character of a text node whose line ends below `limit` (the node's length if none). */
function firstBelow(node: Text, limit: number): number {
  const range = document.createRange();
  const bottomOf = (i: number) => {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const rects = range.getClientRects();
    return rects.length > 0 ? rects[rects.length - 1]!.bottom : -Infinity;
  };
  let lo = 0;
  let hi = node.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bottomOf(mid) > limit) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Split a paragraph whose last lines fall below `limit` (a viewport y): the lines that do not fit
 * move to a copy placed after it (no first-line indent; the part left keeps its last line
 * justified), which is returned; undefined when it is not a paragraph or not even its first line fits.
 */
function splitParagraph(block: HTMLElement, limit: number): HTMLElement | undefined {
  if (block.tagName !== "P" || block.getBoundingClientRect().top >= limit) return undefined;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.length === 0) continue;
    const at = firstBelow(node, limit);
    if (at >= node.length) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(block, block.childNodes.length);
    // Nothing of the paragraph would stay on this page: move it whole.
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(node, at);
    if (before.toString().trim() === "") return undefined;
    const rest = block.cloneNode(false) as HTMLElement;
    rest.append(range.extractContents());
    rest.style.textIndent = "0";
    rest.style.marginTop = "0";
    if (getComputedStyle(block).textAlign === "justify") block.style.textAlignLast = "justify";
    block.style.marginBottom = "0";
    block.after(rest);
    return rest;
  }
  return undefined;
}

/** Cut docx-preview's one long section into A4 pages, as Word breaks them: between blocks, or inside a paragraph. */
function paginate(wrapper: HTMLElement): void {
  const sections = [...wrapper.querySelectorAll<HTMLElement>(":scope > section.docx")];
  let pageNo = 0;
  for (const first of sections) {
    const style = getComputedStyle(first);
    const pageHeight = parseFloat(style.minHeight) || first.offsetHeight;
    const room = pageHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    let section = first;
    for (;;) {
      section.style.height = `${pageHeight}px`;
      pageNo++;
      if (pageNo > 1) {
        // Decree 30: pages after the first carry their number, centred in the top margin.
        const number = document.createElement("div");
        number.className = "kh-page-number";
        number.textContent = String(pageNo);
        section.prepend(number);
      }
      const article = section.querySelector<HTMLElement>(":scope > article");
      if (!article || article.scrollHeight <= room) break;
      const children = [...article.children] as HTMLElement[];
      const top = article.getBoundingClientRect().top;
      // The first block that does not end on this page starts the next one (never the very first,
      // so a block taller than a page cannot loop).
      let cut = children.findIndex((c, k) => k > 0 && c.getBoundingClientRect().bottom - top > room);
      if (cut < 0) break;
      // A paragraph that starts on this page continues on the next one, as in Word; a heading
      // (keep with next) is never split, and goes to the next page with the block it heads.
      const rest = children[cut]!.dataset.keepNext ? undefined : splitParagraph(children[cut]!, top + room);
      if (!rest) while (cut > 1 && children[cut - 1]!.dataset.keepNext) cut--;
      const moved = rest ? [rest, ...children.slice(cut + 1)] : children.slice(cut);
      const next = section.cloneNode(false) as HTMLElement;
      const nextArticle = article.cloneNode(false) as HTMLElement;
      next.append(nextArticle);
      nextArticle.append(...moved);
      section.after(next);
      section = next;
    }
  }
}

async function drawDocument(version: number): Promise<void> {
  const started = performance.now();
  const res = await fetch(`/document.docx?v=${version}`, { cache: "no-store" });
  if (!res.ok) return;
  const data = await res.blob();
  const stage = document.createElement("div");
  stage.className = "stage";
  const styles = document.createElement("div");
  document.body.append(stage);
  const doc = (await renderAsync(data, stage, styles, {
    className: "docx",
    inWrapper: true,
    breakPages: true,
    ignoreLastRenderedPageBreak: true,
    renderHeaders: false,
    renderFooters: false,
    useBase64URL: true,
    experimental: false,
  })) as { documentPart?: { body?: { children?: { keepNext?: boolean }[] } } } | undefined;
  markKeepWithNext(stage, doc?.documentPart?.body?.children ?? []);
  stage.prepend(styles);
  const wrapper = stage.querySelector<HTMLElement>(".docx-wrapper");
  if (wrapper) paginate(wrapper);
  // Swap in place: the page keeps its scroll position.
  const x = window.scrollX;
  const y = window.scrollY;
  const pages = $("pages");
  pages.replaceChildren(...stage.childNodes);
  stage.remove();
  window.scrollTo(x, y);
  shownDoc = version;
  pages.dataset.pages = String(pages.querySelectorAll("section.docx").length);
  // For the benchmark: the page's own share of an update (fetch, docx-preview, pagination).
  pages.dataset.drawMs = String(Math.round(performance.now() - started));
}

function apply(state: PreviewState): void {
  drawing = drawing
    .then(async () => {
      showProblems(state);
      if (state.docVersion > 0 && state.docVersion !== shownDoc) await drawDocument(state.docVersion);
      // For tests and the benchmark: what the page now shows.
      document.body.dataset.version = String(state.version);
      document.body.dataset.docVersion = String(shownDoc);
      document.body.dataset.errors = String(state.errors.length);
    })
    .catch((e: unknown) => {
      $("errors").hidden = false;
      $("errors").textContent = String(e);
    });
}

function connect(): void {
  const events = new EventSource("/events");
  events.addEventListener("state", (e) => {
    $("offline").hidden = true;
    apply(JSON.parse((e as MessageEvent<string>).data) as PreviewState);
  });
  events.onerror = () => {
    $("offline").hidden = false;
  };
}

connect();
