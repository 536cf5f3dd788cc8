// The preview page: one HTML document with its styles inline; its one script is /app.js (served
// from the bundle built into dist/preview-client/). Nothing comes from the network: the fonts are
// the computer's own (Times New Roman; on Linux fontconfig gives its metric twin, Liberation Serif).
import { getLang, type MessageId, t } from "../i18n/i18n.js";

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const STYLE = `
:root { color-scheme: light; }
body { margin: 0; background: #6b6b6b; font: 14px/1.4 system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
#layout { display: flex; align-items: flex-start; }
#main { flex: 1 1 auto; min-width: 0; }
#side { flex: 0 0 340px; position: sticky; top: 0; max-height: 100vh; overflow: auto; background: #f4f4f4; border-left: 1px solid #ccc; padding: 12px; box-sizing: border-box; min-height: 100vh; }
#side h2 { font-size: 15px; margin: 0 0 8px; }
#errors { margin: 16px auto 0; max-width: 900px; background: #fff4f4; border: 2px solid #c62828; padding: 10px 14px; border-radius: 4px; }
.errors-title { font-weight: 600; color: #c62828; margin-bottom: 6px; }
.finding { margin: 6px 0 10px; }
.finding-head .where { font-weight: 600; }
.finding.error .severity { color: #c62828; font-weight: 600; }
.finding.warning .severity { color: #a15c00; font-weight: 600; }
.finding.info .severity { color: #1565c0; }
.frame { margin: 4px 0 2px 12px; font: 13px/1.35 ui-monospace, "DejaVu Sans Mono", Consolas, monospace; white-space: pre; overflow-x: auto; color: #444; }
.hint { margin-left: 12px; color: #00695c; }
.no-findings { color: #2e7d32; }
.findings-wait { color: #666; font-style: italic; }
#offline { position: fixed; bottom: 0; left: 0; right: 0; background: #333; color: #fff; padding: 6px 12px; }
/* The document: docx-preview's pages, fixed to the page size after pagination. */
#pages .docx-wrapper { background: transparent; padding: 24px 0 0; }
#pages section.docx { overflow: hidden; }
.kh-page-number { position: absolute; top: 1cm; left: 0; right: 0; text-align: center; font-family: "Times New Roman", "Liberation Serif", Tinos, serif; font-size: 14pt; }
.stage { position: absolute; left: -10000px; top: 0; visibility: hidden; }
@media print { #side, #errors, #offline { display: none !important; } body { background: none; } #pages .docx-wrapper { padding: 0; } #pages section.docx { box-shadow: none; margin: 0; break-after: page; } }
`;

export function pageHtml(file: string): string {
  const text = (id: MessageId) => escapeHtml(t(id));
  const lang = getLang();
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t("xem.page.title", { file }))}</title>
<style>${STYLE}</style>
<script src="/app.js" defer></script>
</head>
<body>
<div id="layout">
  <div id="main">
    <div id="errors" hidden></div>
    <div id="pages"><p style="color:#fff;text-align:center">${text("xem.page.loading")}</p></div>
  </div>
  <aside id="side"><h2>${text("xem.page.findings")} <span id="findings-count"></span></h2><div id="findings-list"></div></aside>
</div>
<div id="offline" hidden>${text("xem.page.disconnected")}</div>
</body>
</html>
`;
}
