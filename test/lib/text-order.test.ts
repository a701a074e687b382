import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareTitles } from "../../src/lib/text-order.ts";

describe("text order", () => {
  it("sorts titles by their letters, ignoring case and accents, the way readers expect", () => {
    const titles = ["gRPC", "Go (Golang)", "GraphQL", "git", "Élan", "eBPF", "API design", "accessibility", "Zod", "10x"];
    assert.deepEqual([...titles].sort(compareTitles), ["10x", "accessibility", "API design", "eBPF", "Élan", "git", "Go (Golang)", "GraphQL", "gRPC", "Zod"]);
  });

  it("never calls two different texts equal, so every order is the same on every run", () => {
    assert.ok(compareTitles("sql", "SQL") > 0, "capitals first among texts equal but for case");
    assert.ok(compareTitles("resume", "résumé") < 0, "plain letters before accented ones");
    assert.equal(compareTitles("SQL", "SQL"), 0);
    assert.equal(Math.sign(compareTitles("b", "a")), -Math.sign(compareTitles("a", "b")));
  });

  it("orders text as British English does, for the pages' en-GB readers", () => {
    const words = ["Résumé", "resume", "Zebra", "apple", "Äpfel", "ångström", "Ölçek", "o'clock", "co-op", "coop", "C#", "C++", "c"];
    for (const a of words) {
      for (const b of words) {
        assert.equal(
          Math.sign(compareTitles(a, b)),
          Math.sign(a.localeCompare(b, "en-GB", { sensitivity: "base" }) || (a < b ? -1 : a > b ? 1 : 0)),
          `${a} vs ${b}`,
        );
      }
    }
  });
});
