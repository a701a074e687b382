import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { areCloselyRelated, pairPath, relatedPairs, skillOverlap } from "../../src/compare/related-roles.ts";
import type { CompareData } from "../../src/compare/compare-data.ts";
import type { RoleProfile } from "../../src/compare/role-profile.ts";
import { readerComparisons } from "./support.ts";

describe("related roles", () => {
  let data: CompareData;
  let role: (slug: string) => RoleProfile;

  before(async () => {
    ({ data, role } = await readerComparisons());
  });

  it("measures skill overlap as shared skills over all distinct skills of both roles", () => {
    // Front-end and back-end share html, testing, communication and api-design out of eight skills between them.
    assert.equal(skillOverlap(role("front-end-developer"), role("back-end-developer")), 4 / 8);
    assert.equal(skillOverlap(role("front-end-developer"), role("devops-engineer")), 1 / 8);
  });

  it("calls roles closely related when one moves to the other or they share at least 40% of their skills", () => {
    assert.ok(areCloselyRelated(role("front-end-developer"), role("full-stack-developer")), "front-end moves to full-stack");
    assert.ok(areCloselyRelated(role("devops-engineer"), role("back-end-developer")), "back-end moves to devops, named from one side only");
    assert.ok(areCloselyRelated(role("front-end-developer"), role("back-end-developer")), "half their skills are shared");
    assert.ok(!areCloselyRelated(role("front-end-developer"), role("devops-engineer")));
    assert.ok(!areCloselyRelated(role("full-stack-developer"), role("devops-engineer")), "a quarter shared and no pathway");
    assert.ok(!areCloselyRelated(role("back-end-developer"), role("back-end-developer")), "a role is not related to itself");
  });

  it("lists every related pair once, slugs in alphabetical order, whatever order the roles come in", () => {
    const slugs = (pairs: Array<[RoleProfile, RoleProfile]>) => pairs.map(([a, b]) => `${a.slug}+${b.slug}`);
    assert.deepEqual(slugs(relatedPairs([...data.roles].reverse())), slugs(relatedPairs(data.roles)));
    assert.deepEqual(slugs(relatedPairs(data.roles)), [
      "back-end-developer+devops-engineer",
      "back-end-developer+front-end-developer",
      "back-end-developer+full-stack-developer",
      "front-end-developer+full-stack-developer",
    ]);
  });

  it("builds pair URLs in alphabetical order whichever role comes first", () => {
    assert.equal(pairPath("front-end-developer", "back-end-developer"), "/compare/back-end-developer-vs-front-end-developer/");
  });
});
