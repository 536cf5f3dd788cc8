// Progress of a batch on stderr: a bar redrawn in place on a terminal; plain lines, one per file,
// when stderr is not a terminal (a pipe, a log file) or when CI=true.

export type ProgressMode = "bar" | "lines";

export function progressMode(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): ProgressMode {
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";
  return stream.isTTY && !ci ? "bar" : "lines";
}

const WIDTH = 28;

export class Progress {
  private done = 0;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly stream: { write(s: string): unknown; columns?: number },
    readonly mode: ProgressMode,
  ) {}

  /** One row finished: `line` is printed in lines mode; `label` is shown beside the bar. */
  step(line: string, label = line): void {
    this.done++;
    if (this.mode === "lines") {
      this.stream.write(line + "\n");
      return;
    }
    const now = Date.now();
    if (this.done === this.total || now - this.lastDraw >= 50) {
      this.lastDraw = now;
      this.draw(label);
    }
  }

  /** A message that must stay on screen (a failed row): printed above the bar. */
  note(text: string): void {
    if (this.mode === "bar" && this.drawn) this.stream.write("\r\x1b[K");
    this.stream.write(text + "\n");
    if (this.mode === "bar" && this.drawn) this.draw("");
  }

  finish(): void {
    if (this.mode === "bar" && this.drawn) this.stream.write("\r\x1b[K");
    this.drawn = false;
  }

  private draw(label: string): void {
    const filled = this.total === 0 ? WIDTH : Math.round((this.done / this.total) * WIDTH);
    const bar = "█".repeat(filled) + "░".repeat(WIDTH - filled);
    const head = `${bar} ${this.done}/${this.total} `;
    const room = Math.max(0, (this.stream.columns || 80) - head.length - 1);
    const tail = label.length > room ? "…" + label.slice(label.length - room + 1) : label;
    this.stream.write(`\r\x1b[K${head}${tail}`);
    this.drawn = true;
  }
}
