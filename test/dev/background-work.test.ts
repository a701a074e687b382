// Background work in the dev server: failures reported, not thrown; refreshes coalesced; idle waits for all of it.
import assert from "node:assert/strict";
import { describe, it, mock } from "node:test";
import { BackgroundWork } from "../../src/dev/background-work.ts";

/** A promise with its resolve function, to hold a task open until the test lets it finish. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe("BackgroundWork", () => {
  it("reports a failing task in one line and keeps going", async () => {
    const work = new BackgroundWork();
    const logged = mock.method(console, "error", () => {});
    try {
      work.start("Search indexing", () => Promise.reject(new Error("disk full")));
      await work.idle();
      assert.deepEqual(
        logged.mock.calls.map((call) => call.arguments),
        [["Search indexing failed: disk full"]],
      );
    } finally {
      logged.mock.restore();
    }
  });

  it("runs a refresher once more after its current run however often it was asked meanwhile, and idle waits for that run", async () => {
    const work = new BackgroundWork();
    const gates = [gate(), gate()];
    let runs = 0;
    const refresh = work.refresher("index", async () => {
      const current = gates[runs];
      runs += 1;
      await current?.promise;
    });
    refresh();
    refresh();
    refresh();
    assert.equal(runs, 1, "one run at a time");
    gates[0]?.open();
    gates[1]?.open();
    await work.idle();
    assert.equal(runs, 2, "the requests made during the first run share one more run");
    refresh();
    await work.idle();
    assert.equal(runs, 3, "a request after the runs finished starts a new one");
  });
});
