// kehoach xem <plan.yaml>: serve the live preview on 127.0.0.1 until Ctrl-C (or SIGTERM, SIGHUP),
// print its address, and with --mo open it in the default browser.
import { spawn } from "node:child_process";
import { UsageError } from "../findings/errors.js";
import { msg, t } from "../i18n/i18n.js";
import { PreviewServer } from "../preview/preview-server.js";
import { formatDiagnostics, useColor } from "../report/pretty.js";

export interface XemOptions {
  port?: string;
  mo?: boolean;
  capTren?: string;
  data?: string;
  dong?: string;
}

function wholeNumber(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max ? Number(value) : NaN;
}

/** The default browser, by system; a missing one is said, never a failure. */
export function openBrowser(url: string, say: (s: string) => void): void {
  const [cmd, args] =
    process.platform === "win32" ? ["cmd", ["/c", "start", '""', url]] : process.platform === "darwin" ? ["open", [url]] : ["xdg-open", [url]];
  try {
    const child = spawn(cmd, args as string[], { stdio: "ignore", detached: true, windowsHide: true });
    child.on("error", () => say(t("xem.noBrowser")));
    child.on("exit", (code) => {
      if (code !== 0) say(t("xem.noBrowser"));
    });
    child.unref();
  } catch {
    say(t("xem.noBrowser"));
  }
}

export async function xemCommand(file: string, opts: XemOptions): Promise<number> {
  const port = wholeNumber(opts.port, 1, 65535);
  if (Number.isNaN(port)) throw new UsageError(msg("xem.badPort", { value: opts.port ?? "" }));
  const row = wholeNumber(opts.dong, 1, Number.MAX_SAFE_INTEGER);
  if (Number.isNaN(row)) throw new UsageError(msg("xem.badRow", { value: opts.dong ?? "" }));
  if (row !== undefined && !opts.data) throw new UsageError(msg("xem.rowNeedsData"));

  const say = (s: string) => process.stderr.write(s + "\n");
  const color = useColor(process.stderr);
  let first = true;
  const server = new PreviewServer({
    input: { file, capTren: opts.capTren, data: opts.data, row: row ?? 1 },
    port,
    onRender: (result, ms) => {
      // The terminal shows what the page shows: the errors in full, else a one-line note.
      if (result.errors.length > 0) {
        say(formatDiagnostics(result.stopped, color));
      } else if (!first) say(t("xem.updated", { ms: Math.round(ms) }));
      first = false;
    },
  });
  let url: string;
  try {
    url = await server.start();
  } catch (e) {
    await server.close();
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "EADDRINUSE" ? t("xem.portBusy", { port: port ?? 0 }) : t("xem.cannotListen", { why: code ?? String(e) });
    say(`${t("common.error")}: ${why}`);
    return 1;
  }
  say(t("xem.listening", { url, file }));
  if (opts.mo) openBrowser(url, say);

  // Until a signal: close the watchers, the event streams and the server, then return.
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    for (const s of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(s, () => resolve(s));
  });
  await server.close();
  say(t("xem.stopped") + (signal === "SIGINT" ? "" : ` (${signal})`));
  return 0;
}
