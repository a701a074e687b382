// Shows where a build is. On an interactive terminal one line redraws in place — the phase, items done of the total and
// the time since the build started, like "Rendering 2,400 / 10,000 pages · 14 s" — and is cleared at the end. In a log
// (no terminal, or CI set) each phase gets one line with its time once it ends, like "Rendering 10,000 pages: 5.2 s".
import type { ProgressSink } from "../site/context.ts";

/** Where progress is written: process.stderr, or a stand-in for it in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write: (chunk: string) => boolean;
}

/** Where the progress goes and how it tells time. */
export interface ProgressOptions {
  stream: ProgressStream;
  /** The environment: `CI` set (to anything but "", "0" or "false") or `TERM=dumb` means a log, not a terminal. */
  env: Record<string, string | undefined>;
  /** Other streams sharing the terminal (process.stdout): the line steps aside for what they write, then comes back. */
  sharing?: ProgressStream[];
  /** Milliseconds since some fixed moment; performance.now by default. */
  now?: () => number;
  /** How often the terminal line is redrawn so its clock moves while nothing else does; 0 for never (tests). */
  tickMs?: number;
}

/** A build's progress reporter: the sink the build feeds, and finish() once the build has ended. */
export interface BuildProgress extends ProgressSink {
  /** Ends the last phase ("stopped" when the build failed in it) and leaves the terminal as it was. */
  finish(outcome?: "done" | "stopped"): void;
}

/** Redraws at most this often while items are counted, so a fast phase does not spend its time drawing. */
const redrawMs = 100;

/** Creates the reporter: an in-place line on an interactive terminal, one line per phase otherwise. */
export function createProgress(options: ProgressOptions): BuildProgress {
  const now = options.now ?? (() => performance.now());
  return isInteractive(options) ? new TerminalLine(options, now) : new PhaseLog(options.stream, now);
}

/** Whether the stream is a terminal someone watches, rather than a log file or a CI job's output. */
export function isInteractive({ stream, env }: Pick<ProgressOptions, "stream" | "env">): boolean {
  const ci = env.CI !== undefined && !["", "0", "false"].includes(env.CI.toLowerCase());
  return stream.isTTY === true && !ci && env.TERM !== "dumb";
}

interface Phase {
  name: string;
  total?: { count: number; unit: string };
  done: number;
  started: number;
}

const numbers = new Intl.NumberFormat("en");

/** One line per phase, written when the phase ends. */
class PhaseLog implements BuildProgress {
  #current: Phase | undefined;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number,
  ) {}

  phase(name: string, total?: { count: number; unit: string }): void {
    this.#end();
    this.#current = { name, total, done: 0, started: this.now() };
  }

  advance(): void {
    if (this.#current) this.#current.done += 1;
  }

  finish(outcome: "done" | "stopped" = "done"): void {
    this.#end(outcome);
  }

  #end(outcome: "done" | "stopped" = "done"): void {
    const phase = this.#current;
    if (!phase) return;
    this.#current = undefined;
    const count = phase.total
      ? ` ${numbers.format(phase.done)}${outcome === "stopped" ? ` of ${numbers.format(phase.total.count)}` : ""} ${phase.total.unit}`
      : "";
    const seconds = ((this.now() - phase.started) / 1000).toFixed(1);
    this.stream.write(`${phase.name}${count}: ${outcome === "stopped" ? `stopped after ${seconds} s` : `${seconds} s`}\n`);
  }
}

/** One terminal line, redrawn in place; anything else written to the terminal meanwhile is printed above it. */
class TerminalLine implements BuildProgress {
  readonly #stream: ProgressStream;
  readonly #now: () => number;
  readonly #started: number;
  readonly #restore: Array<() => void> = [];
  readonly #timer: ReturnType<typeof setInterval> | undefined;
  #current: Phase | undefined;
  #shown = "";
  #drawnAt = -Infinity;
  /** Whether output from elsewhere has started a line it has not ended yet. */
  #othersMidLine = false;

  constructor(options: ProgressOptions, now: () => number) {
    this.#stream = options.stream;
    this.#now = now;
    this.#started = now();
    for (const stream of [options.stream, ...(options.sharing ?? [])]) this.#stepAsideFor(stream);
    const tick = options.tickMs ?? 1000;
    this.#timer = tick > 0 ? setInterval(() => this.#draw(), tick) : undefined;
    this.#timer?.unref();
  }

  phase(name: string, total?: { count: number; unit: string }): void {
    this.#current = { name, total, done: 0, started: this.#now() };
    this.#draw();
  }

  advance(): void {
    if (!this.#current) return;
    this.#current.done += 1;
    if (this.#now() - this.#drawnAt >= redrawMs || this.#current.done === this.#current.total?.count) this.#draw();
  }

  finish(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#clear();
    this.#current = undefined;
    for (const restore of this.#restore.splice(0)) restore();
  }

  #draw(): void {
    const phase = this.#current;
    if (!phase || this.#othersMidLine) return;
    this.#drawnAt = this.#now();
    const count = phase.total ? ` ${numbers.format(phase.done)} / ${numbers.format(phase.total.count)} ${phase.total.unit}` : "";
    const line = `${phase.name}${count} · ${Math.floor((this.#drawnAt - this.#started) / 1000)} s`;
    // A line as wide as the terminal wraps, and a wrapped line can no longer be redrawn with a carriage return.
    const columns = this.#stream.columns !== undefined && this.#stream.columns > 0 ? this.#stream.columns : 80;
    const fitted = line.slice(0, Math.max(10, columns - 1));
    if (fitted === this.#shown) return;
    this.#write(`\r\x1b[2K${fitted}`);
    this.#shown = fitted;
  }

  #clear(): void {
    if (this.#shown === "") return;
    this.#write("\r\x1b[2K");
    this.#shown = "";
  }

  /** Writes to the progress stream itself, past the interception below. */
  #write: (chunk: string) => void = (chunk) => void this.#stream.write(chunk);

  /**
   * Makes `stream` clear the line before anything else is written to it, and draw it again once that output ends a
   * line; until it does, the line stays away, so a half-written line of someone else's is never erased.
   */
  #stepAsideFor(stream: ProgressStream): void {
    const hadOwnWrite = Object.hasOwn(stream, "write");
    const original = stream.write;
    const write = (chunk: string, ...rest: unknown[]): boolean => Reflect.apply(original, stream, [chunk, ...rest]) as boolean;
    if (stream === this.#stream) this.#write = (chunk) => void write(chunk);
    stream.write = (chunk: string, ...rest: unknown[]) => {
      this.#clear();
      const result = write(chunk, ...rest);
      this.#othersMidLine = !String(chunk).endsWith("\n");
      this.#drawnAt = -Infinity;
      this.#draw();
      return result;
    };
    this.#restore.push(() => {
      if (hadOwnWrite) stream.write = original;
      else delete (stream as Partial<ProgressStream>).write;
    });
  }
}
