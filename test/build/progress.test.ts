import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createProgress, isInteractive, type ProgressStream } from "../../src/build/progress.ts";

/** A stand-in for process.stderr or process.stdout that keeps what is written to it. */
function fakeStream(options: { isTTY?: boolean; columns?: number } = {}): ProgressStream & { written: string } {
  return {
    ...options,
    written: "",
    write(chunk: string) {
      this.written += chunk;
      return true;
    },
  };
}

/** A clock the test moves by hand. */
function fakeClock(): { now: () => number; advance(ms: number): void } {
  let time = 1000;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

const clearLine = "\x1b[2K";

/** What a terminal would show after `written`: each "erase line" empties the current line (always after a carriage return). */
function screen(written: string): string[] {
  const lines = [""];
  for (const [index, part] of written.split(clearLine).entries()) {
    if (index > 0) lines[lines.length - 1] = "";
    for (const [row, piece] of part.split("\n").entries()) {
      if (row > 0) lines.push("");
      lines[lines.length - 1] += piece.replaceAll("\r", "");
    }
  }
  return lines;
}

describe("the build's progress in a log", () => {
  it("writes one line per phase with its item count and time once the phase ends", () => {
    const stream = fakeStream();
    const clock = fakeClock();
    const progress = createProgress({ stream, env: {}, now: clock.now, tickMs: 0 });
    progress.phase("Reading the guides");
    clock.advance(2500);
    assert.equal(stream.written, "", "nothing is written while a phase runs");
    progress.phase("Rendering", { count: 3, unit: "pages" });
    for (let page = 0; page < 3; page += 1) progress.advance();
    clock.advance(1234);
    progress.phase("Search indexing");
    clock.advance(50);
    progress.finish();
    assert.equal(stream.written, "Reading the guides: 2.5 s\nRendering 3 pages: 1.2 s\nSearch indexing: 0.1 s\n");
  });

  it("says in which phase, after how long and how far a failed build stopped", () => {
    const stream = fakeStream();
    const clock = fakeClock();
    const progress = createProgress({ stream, env: {}, now: clock.now, tickMs: 0 });
    progress.phase("Rendering", { count: 10_000, unit: "pages" });
    for (let page = 0; page < 2400; page += 1) progress.advance();
    clock.advance(14_000);
    progress.finish("stopped");
    assert.equal(stream.written, "Rendering 2,400 of 10,000 pages: stopped after 14.0 s\n");
  });

  it("logs phase by phase on a terminal when CI is set, or when the terminal is dumb", () => {
    for (const env of [{ CI: "true" }, { CI: "1" }, { TERM: "dumb" }]) {
      assert.equal(isInteractive({ stream: fakeStream({ isTTY: true }), env }), false, JSON.stringify(env));
    }
    for (const env of [{}, { CI: "false" }, { CI: "" }, { CI: "0" }]) {
      assert.equal(isInteractive({ stream: fakeStream({ isTTY: true }), env }), true, JSON.stringify(env));
    }
    assert.equal(isInteractive({ stream: fakeStream(), env: {} }), false, "a pipe or a file is a log");
  });
});

describe("the build's progress on a terminal", () => {
  it("redraws one line in place with the phase, the items done of the total and the time since the build started", () => {
    const stream = fakeStream({ isTTY: true, columns: 100 });
    const clock = fakeClock();
    const progress = createProgress({ stream, env: {}, now: clock.now, tickMs: 0 });
    progress.phase("Reading the guides");
    assert.deepEqual(screen(stream.written), ["Reading the guides · 0 s"]);
    clock.advance(11_500);
    progress.phase("Rendering", { count: 10_000, unit: "pages" });
    for (let page = 0; page < 2400; page += 1) progress.advance();
    clock.advance(2600);
    progress.advance();
    assert.deepEqual(screen(stream.written), ["Rendering 2,401 / 10,000 pages · 14 s"]);
    assert.ok(!stream.written.includes("\n"), "the line is redrawn with carriage returns, never a new line");
    progress.finish();
    assert.deepEqual(screen(stream.written), [""], "the finished build leaves no progress line behind");
  });

  it("redraws at most every 100 ms while items are counted, and at once when the last one is done", () => {
    const stream = fakeStream({ isTTY: true });
    const clock = fakeClock();
    const progress = createProgress({ stream, env: {}, now: clock.now, tickMs: 0 });
    progress.phase("Rendering", { count: 500, unit: "pages" });
    const draws = () => stream.written.split(clearLine).length - 1;
    for (let page = 0; page < 499; page += 1) progress.advance();
    assert.equal(draws(), 1, "only the phase's first line while the clock stands still");
    clock.advance(100);
    progress.advance();
    assert.equal(draws(), 2);
    assert.deepEqual(screen(stream.written), ["Rendering 500 / 500 pages · 0 s"]);
    progress.finish();
  });

  it("keeps the line to the terminal's width, so it never wraps", () => {
    const stream = fakeStream({ isTTY: true, columns: 20 });
    const progress = createProgress({ stream, env: {}, now: fakeClock().now, tickMs: 0 });
    progress.phase("Writing the guides' JSON files");
    assert.deepEqual(screen(stream.written), ["Writing the guides'"]);
    progress.finish();
  });

  it("prints what else is written to the terminal above the line, then draws the line again", () => {
    const stream = fakeStream({ isTTY: true });
    const stdout = fakeStream({ isTTY: true });
    // Both write to one terminal: record them in one place, in order.
    stdout.write = (chunk: string) => stream.write(chunk);
    const progress = createProgress({ stream, env: {}, sharing: [stdout], now: fakeClock().now, tickMs: 0 });
    progress.phase("Search indexing");
    stdout.write("Offline: 2173 files stored\n");
    stream.write("Search: indexing the written pages again\n");
    assert.deepEqual(screen(stream.written), ["Offline: 2173 files stored", "Search: indexing the written pages again", "Search indexing · 0 s"]);
    stdout.write("half a line");
    progress.phase("Writing the service worker");
    assert.deepEqual(screen(stream.written).at(-1), "half a line", "a line someone else has begun is not drawn over");
    stdout.write(", ended\n");
    assert.deepEqual(screen(stream.written).slice(-2), ["half a line, ended", "Writing the service worker · 0 s"]);
    progress.finish();
  });

  it("gives the streams their own write back when the build ends", () => {
    const stream = fakeStream({ isTTY: true });
    const write = stream.write;
    const progress = createProgress({ stream, env: {}, now: fakeClock().now, tickMs: 0 });
    assert.notEqual(stream.write, write);
    progress.finish();
    assert.equal(stream.write, write);
    const inherited = Object.create({ isTTY: true, write: () => true }) as ProgressStream;
    createProgress({ stream: inherited, env: {}, now: fakeClock().now, tickMs: 0 }).finish();
    assert.equal(Object.hasOwn(inherited, "write"), false, "a write inherited from the prototype is inherited again");
  });

  it("moves the clock while nothing else happens", async () => {
    const stream = fakeStream({ isTTY: true });
    const clock = fakeClock();
    const progress = createProgress({ stream, env: {}, now: clock.now, tickMs: 5 });
    progress.phase("Search indexing");
    clock.advance(3000);
    // The timer fires on its own; wait for it, however busy the machine.
    while (!stream.written.endsWith("· 3 s")) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(screen(stream.written), ["Search indexing · 3 s"]);
    progress.finish();
  });
});
