import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { estimateTextWidth, wrapText } from "../../src/roadmap/text-width.ts";

describe("roadmap text width", () => {
  it("wraps titles at spaces and after hyphens, and breaks a word only when it cannot fit a line alone", () => {
    assert.deepEqual(wrapText("Concurrency and asynchronous programming", 100, 13), ["Concurrency", "and", "asynchronous", "programming"]);
    assert.deepEqual(wrapText("Machine-learning fundamentals", 200, 13), ["Machine-learning", "fundamentals"]);
    assert.deepEqual(wrapText("Machine-learning", 100, 13), ["Machine-", "learning"]);
    assert.deepEqual(wrapText("Supercalifragilistic", 60, 13).join(""), "Supercalifragilistic");
    assert.deepEqual(wrapText("", 60, 13), [""]);
  });

  it("estimates wide letters wider than narrow ones, and bold text wider than regular", () => {
    assert.ok(estimateTextWidth("WWW", 13) > estimateTextWidth("iii", 13));
    assert.ok(estimateTextWidth("Testing", 12, true) > estimateTextWidth("Testing", 12));
    assert.equal(estimateTextWidth("", 13), 0);
  });
});
