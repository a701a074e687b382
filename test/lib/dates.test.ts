import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { laterDate, readableDate, timestamp } from "../../src/lib/dates.ts";

describe("dates", () => {
  it("formats a date for readers", () => {
    assert.equal(readableDate("2026-03-01"), "1 March 2026");
    assert.equal(readableDate("2026-11-24"), "24 November 2026");
  });

  it("formats a date as a UTC timestamp", () => {
    assert.equal(timestamp("2026-03-01"), "2026-03-01T00:00:00Z");
  });

  it("picks the later of two dates", () => {
    assert.equal(laterDate("2026-03-01", "2026-06-15"), "2026-06-15");
    assert.equal(laterDate("2026-03-01", undefined), "2026-03-01");
    assert.equal(laterDate("2026-03-01", "2025-01-01"), "2026-03-01");
  });
});
