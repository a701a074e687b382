import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { closestMatch, didYouMean } from "../../src/lib/suggest.ts";

describe("closestMatch", () => {
  const slugs = ["postgresql", "sql", "css", "go", "google-cloud", "skills", "database"];

  it("suggests the slug a typo was meant to be", () => {
    assert.equal(closestMatch("postgress", slugs), "postgresql");
    assert.equal(closestMatch("sqll", slugs), "sql");
    assert.equal(closestMatch("skils", slugs), "skills");
    assert.equal(closestMatch("databse", slugs), "database");
  });

  it("suggests a longer name from a clear prefix", () => {
    assert.equal(closestMatch("postgres", slugs), "postgresql");
  });

  it("does not suggest a short unrelated name", () => {
    assert.equal(closestMatch("aws", slugs), undefined);
    assert.equal(closestMatch("google-cloudy-platform", ["go"]), undefined);
    assert.equal(closestMatch("kubernetes", slugs), undefined);
  });

  it("formats the suggestion as a question", () => {
    assert.equal(didYouMean("postgress", slugs), 'did you mean "postgresql"?');
    assert.equal(didYouMean("zzz", slugs), undefined);
  });
});
