// The preview's HTTP server, safe by construction: it listens on 127.0.0.1 only; it answers six
// fixed routes and nothing else (no path in a URL ever reaches the file system, no listing); it
// refuses any request whose Host is not its own address and port (a DNS-rebinding page would send
// its own name) and any request from another origin; it sends no CORS headers.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { t } from "../i18n/i18n.js";
import { pageHtml } from "./page.js";
import { checkPreview, renderPreview, type PreviewFinding, type PreviewInput, type PreviewResult } from "./preview-render.js";
import { watchFiles, type FileWatch } from "./watch-files.js";

/** The page's script, bundled at build time (scripts/build/bundle.mjs); the same path from src/ and dist/. */
export const CLIENT_SCRIPT = fileURLToPath(new URL("../../dist/preview-client/app.js", import.meta.url));

export const LOOPBACK = "127.0.0.1";

const SECURITY_HEADERS = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Content-Security-Policy":
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
} as const;

export interface PreviewState {
  version: number;
  docVersion: number;
  errors: PreviewFinding[];
  findings: PreviewFinding[];
  texts: Record<string, string>;
}

export interface PreviewServerOptions {
  input: PreviewInput;
  /** 0 or undefined: a free port. */
  port?: number;
  debounceMs?: number;
  /** Told after every render (for the terminal). */
  onRender?: (result: PreviewResult, ms: number) => void;
}

export class PreviewServer {
  private server?: Server;
  private watch?: FileWatch;
  private readonly clients = new Set<ServerResponse>();
  private heartbeat?: NodeJS.Timeout;
  private docx?: Buffer;
  private state: PreviewState = { version: 0, docVersion: 0, errors: [], findings: [], texts: {} };
  private lastKey = "";
  private rendering?: Promise<void>;
  private again = false;
  private script?: Buffer;
  private port = 0;

  constructor(private readonly opts: PreviewServerOptions) {}

  get address(): string {
    return `http://${LOOPBACK}:${this.port}/`;
  }

  /** Render once, then listen and watch the input files. */
  async start(): Promise<string> {
    this.script = readFileSync(CLIENT_SCRIPT);
    await this.refresh();
    const server = createServer((req, res) => this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.opts.port ?? 0, LOOPBACK, () => {
        server.removeListener("error", reject);
        resolve();
      });
    });
    this.port = (server.address() as AddressInfo).port;
    const { file, capTren, data } = this.opts.input;
    this.watch = watchFiles([file, capTren, data].filter((f): f is string => Boolean(f)), () => void this.refresh(), this.opts.debounceMs);
    // A comment every 15 s keeps the event stream open through idle time.
    this.heartbeat = setInterval(() => this.clients.forEach((c) => c.write(": ping\n\n")), 15_000);
    this.heartbeat.unref();
    return this.address;
  }

  async close(): Promise<void> {
    this.watch?.close();
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const c of this.clients) c.end();
    this.clients.clear();
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await this.rendering;
  }

  /** Render again (a file changed); renders never overlap, and a change during one is not lost. */
  refresh(): Promise<void> {
    if (this.rendering) {
      this.again = true;
      return this.rendering;
    }
    this.rendering = (async () => {
      do {
        this.again = false;
        const started = performance.now();
        // The page first: the new render goes out with the findings it had; check follows.
        const result = await renderPreview(this.opts.input);
        const ok = result.errors.length === 0;
        this.publish({ ...result, findings: ok ? this.findings : [] });
        this.opts.onRender?.(result, performance.now() - started);
        if (ok) this.publish({ ...result, docx: undefined, findings: await checkPreview(this.opts.input, result) });
      } while (this.again);
    })().finally(() => {
      this.rendering = undefined;
    });
    return this.rendering;
  }

  /** The findings last published (kept while a new render is being checked). */
  private get findings(): PreviewFinding[] {
    return this.state.findings;
  }

  private publish(result: PreviewResult): void {
    const docChanged = result.docx !== undefined && (this.docx === undefined || !result.docx.equals(this.docx));
    const key = JSON.stringify([result.errors, result.findings]);
    if (!docChanged && key === this.lastKey) return;
    this.lastKey = key;
    const version = this.state.version + 1;
    if (docChanged) this.docx = result.docx;
    this.state = {
      version,
      docVersion: docChanged ? version : this.state.docVersion,
      errors: result.errors,
      findings: result.findings,
      texts: {
        error: t("common.error"),
        warning: t("report.warning"),
        note: t("report.note"),
        errorTitle: t("xem.page.errorTitle"),
        noRender: t("xem.page.noRender"),
        noFindings: t("xem.page.noFindings"),
        findingsWait: t("xem.page.findingsWait"),
      },
    };
    const event = `event: state\ndata: ${JSON.stringify(this.state)}\n\n`;
    for (const c of this.clients) c.write(event);
  }

  /** Only our own address: 127.0.0.1:port or localhost:port. */
  private ownHost(host: string | undefined): boolean {
    return host === `${LOOPBACK}:${this.port}` || host === `localhost:${this.port}`;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": type, "Content-Length": Buffer.byteLength(body) });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (!this.ownHost(req.headers.host)) return send(403, "text/plain; charset=utf-8", "Forbidden: unknown Host\n");
    const origin = req.headers.origin;
    if (origin !== undefined && !(origin.startsWith("http://") && this.ownHost(origin.slice("http://".length)))) {
      return send(403, "text/plain; charset=utf-8", "Forbidden: foreign Origin\n");
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      return send(405, "text/plain; charset=utf-8", "Method Not Allowed\n");
    }
    // The path alone picks the route; the query (?v=…) only defeats caches.
    const path = (req.url ?? "/").split("?")[0];
    switch (path) {
      case "/":
        return send(200, "text/html; charset=utf-8", pageHtml(this.opts.input.file));
      case "/app.js":
        return send(200, "text/javascript; charset=utf-8", this.script!);
      case "/document.docx":
        if (!this.docx) return send(404, "text/plain; charset=utf-8", "Not Found\n");
        return send(200, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", this.docx);
      case "/favicon.ico":
        res.writeHead(204, SECURITY_HEADERS);
        return void res.end();
      case "/state":
        return send(200, "application/json; charset=utf-8", JSON.stringify(this.state));
      case "/events":
        res.writeHead(200, { ...SECURITY_HEADERS, "Content-Type": "text/event-stream; charset=utf-8", Connection: "keep-alive" });
        res.write(`retry: 1000\nevent: state\ndata: ${JSON.stringify(this.state)}\n\n`);
        this.clients.add(res);
        req.on("close", () => this.clients.delete(res));
        return;
      default:
        return send(404, "text/plain; charset=utf-8", "Not Found\n");
    }
  }
}
