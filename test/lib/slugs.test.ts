import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isSlug, slugify } from "../../src/lib/slugs.ts";

describe("slugs", () => {
  it("accepts lower-case words joined by single hyphens", () => {
    for (const slug of ["sql", "back-end-developer", "c-sharp", "oauth-2"]) assert.ok(isSlug(slug), slug);
  });

  it("rejects capitals, underscores, doubled or trailing hyphens and path tricks", () => {
    for (const slug of ["SQL", "back_end", "back--end", "-sql", "sql-", "../etc", "a/b", "", "é"]) assert.ok(!isSlug(slug), slug);
  });

  it("turns titles into valid slugs", () => {
    assert.equal(slugify("Site Reliability Engineer"), "site-reliability-engineer");
    assert.equal(slugify("C#"), "c-sharp");
    assert.equal(slugify("C++"), "c-plus-plus");
    assert.equal(slugify("Data_Modelling"), "data-modelling");
    assert.equal(slugify("Café résumé"), "cafe-resume");
  });
});
