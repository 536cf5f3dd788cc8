// Build step (npm run build, after tsc): bundle the command line into dist/bundle/ (one file per entry point plus shared
// chunks), so that starting kehoach reads a handful of files instead of hundreds of modules:
// `kehoach --version` and a cold `render` start in well under half the time.
import { build } from "esbuild";
import { copyFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

// Chunk names carry a hash: clear the folder so that old chunks do not pile up.
rmSync(`${root}dist/bundle`, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  // The command line, the batch worker and the Word-file check worker (found beside the chunk
  // that starts them).
  entryPoints: { main: "src/main.ts", worker: "src/batch/worker.ts", "check-docx-worker": "src/commands/check-docx-worker.ts" },
  outdir: "dist/bundle",
  entryNames: "[name]",
  chunkNames: "chunk-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // CommonJS dependencies (handlebars) call require(); give the ES module bundle a real one.
  banner: { js: "import { createRequire as __kehoachRequire } from 'node:module'; const require = __kehoachRequire(import.meta.url);" },
  // pdfjs-dist (import of PDFs) loads its worker file beside itself: keep it a package.
  external: ["pdfjs-dist"],
  logLevel: "warning",
});

// The preview page's script (kehoach xem): docx-preview and jszip bundled for the browser, so the
// page loads nothing from the network. Their licence texts go beside it.
await build({
  absWorkingDir: root,
  entryPoints: { app: "src/preview/client/preview-client.ts" },
  outdir: "dist/preview-client",
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  target: "es2020",
  legalComments: "eof",
  logLevel: "warning",
});
copyFileSync(`${root}node_modules/docx-preview/LICENSE`, `${root}dist/preview-client/LICENSE.docx-preview.txt`);
copyFileSync(`${root}node_modules/jszip/LICENSE.markdown`, `${root}dist/preview-client/LICENSE.jszip.md`);

// The constant .docx parts, read beside the chunk that holds the docx writer.
copyFileSync(`${root}dist/write/docx/package-frame.json`, `${root}dist/bundle/package-frame.json`);
