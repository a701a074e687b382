// Batched file work: results in input order, never more than a batch in flight.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mapInBatches } from "../../src/lib/batches.ts";

describe("mapInBatches", () => {
  it("returns results in the order of the items, with at most one batch in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const items = Array.from({ length: 23 }, (_, index) => index);
    const results = await mapInBatches(
      items,
      async (item) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        // Later items finish first within a batch, so order cannot come from completion.
        await new Promise((resolve) => setTimeout(resolve, 23 - item));
        inFlight -= 1;
        return item * 2;
      },
      5,
    );
    assert.deepEqual(
      results,
      items.map((item) => item * 2),
    );
    assert.equal(most, 5);
  });

  it("gives an empty list for no items", async () => {
    assert.deepEqual(await mapInBatches([], () => Promise.resolve(1)), []);
  });
});
