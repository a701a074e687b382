import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import {
  areCloselyRelated, compareData, compareRoles, pairPath, pickedRoles, relatedPairs, skillGap, skillOverlap,
  type CompareData, type RoleProfile,
} from "../../src/compare/compare.ts";
import { fixture } from "../support/harness.ts";

describe("role comparison", () => {
  let data: CompareData;
  const role = (slug: string): RoleProfile => {
    const found = data.roles.find((candidate) => candidate.slug === slug);
    assert.ok(found, `no role ${slug}`);
    return found;
  };

  before(async () => {
    data = compareData(await buildModel(fixture("reader")), "/");
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

  it("lists every related pair once, slugs in alphabetical order, with its URL", () => {
    assert.deepEqual(data.pairs, [
      { roles: ["back-end-developer", "devops-engineer"], url: "/compare/back-end-developer-vs-devops-engineer/" },
      { roles: ["back-end-developer", "front-end-developer"], url: "/compare/back-end-developer-vs-front-end-developer/" },
      { roles: ["back-end-developer", "full-stack-developer"], url: "/compare/back-end-developer-vs-full-stack-developer/" },
      { roles: ["front-end-developer", "full-stack-developer"], url: "/compare/front-end-developer-vs-full-stack-developer/" },
    ]);
    assert.equal(relatedPairs([...data.roles].reverse()).length, 4);
  });

  it("builds pair URLs in alphabetical order whichever role comes first", () => {
    assert.equal(pairPath("front-end-developer", "back-end-developer"), "/compare/back-end-developer-vs-front-end-developer/");
  });

  it("puts the path prefix on every URL of the data file", async () => {
    const prefixed = compareData(await buildModel(fixture("reader")), "/guides/");
    assert.equal(prefixed.roles[0]?.url.startsWith("/guides/roles/"), true);
    assert.equal(prefixed.skills.sql?.url, "/guides/skills/sql/");
    assert.equal(prefixed.technologies.react?.url, "/guides/technologies/react/");
    assert.equal(prefixed.pairs[0]?.url, "/guides/compare/back-end-developer-vs-devops-engineer/");
  });

  it("splits two roles' skills and technologies into shared and unique, by importance", () => {
    const comparison = compareRoles([role("back-end-developer"), role("front-end-developer")], data);
    assert.deepEqual(comparison.sharedSkills, [
      { skill: "api-design", importance: ["required", "niceToHave"] },
      { skill: "html", importance: ["niceToHave", "required"] },
      { skill: "testing", importance: ["recommended", "recommended"] },
      { skill: "communication", importance: ["niceToHave", "recommended"] },
    ]);
    assert.deepEqual(comparison.uniqueSkills, [
      { required: ["sql"], recommended: ["containers"], niceToHave: [] },
      { required: ["css", "accessibility"], recommended: [], niceToHave: [] },
    ]);
    assert.deepEqual(comparison.sharedTechnologies, [{ technology: "javascript", usedBy: [true, true] }]);
    assert.deepEqual(comparison.uniqueTechnologies, [["postgresql"], ["react"]]);
  });

  it("says what it takes to move each way: the target's skills the source lacks, required first, and those it needs more of", () => {
    const comparison = compareRoles([role("back-end-developer"), role("front-end-developer")], data);
    assert.deepEqual(comparison.moves, [
      {
        from: "back-end-developer", to: "front-end-developer",
        skills: { required: ["css", "accessibility"], recommended: [], niceToHave: [] },
        deepen: [{ skill: "html", from: "niceToHave", to: "required" }, { skill: "communication", from: "niceToHave", to: "recommended" }],
      },
      {
        from: "front-end-developer", to: "back-end-developer",
        skills: { required: ["sql"], recommended: ["containers"], niceToHave: [] },
        deepen: [{ skill: "api-design", from: "niceToHave", to: "required" }],
      },
    ]);
    assert.deepEqual(skillGap(role("front-end-developer"), role("full-stack-developer")).skills, { required: ["sql"], recommended: [], niceToHave: ["containers"] });
  });

  it("compares three roles: skills two of them list count as shared, the most widely and strongly needed first", () => {
    const comparison = compareRoles([role("back-end-developer"), role("devops-engineer"), role("front-end-developer")], data);
    assert.deepEqual(comparison.sharedSkills.map((row) => row.skill), ["communication", "containers", "api-design", "html", "sql", "testing"]);
    assert.deepEqual(comparison.uniqueSkills[1], { required: [], recommended: [], niceToHave: [] });
    assert.deepEqual(comparison.uniqueTechnologies, [["postgresql"], ["kubernetes"], ["react"]]);
    assert.equal(comparison.moves.length, 6);
  });

  it("reads picked roles from ?roles= and repeated ?role=, keeping known, distinct roles up to three", () => {
    const known = new Set(data.roles.map((candidate) => candidate.slug));
    assert.deepEqual(pickedRoles(new URLSearchParams("roles=front-end-developer,back-end-developer"), known), { roles: ["front-end-developer", "back-end-developer"], unknown: [] });
    assert.deepEqual(pickedRoles(new URLSearchParams("role=devops-engineer&role=&role=devops-engineer&role=astronaut"), known), { roles: ["devops-engineer"], unknown: ["astronaut"] });
    assert.equal(pickedRoles(new URLSearchParams("roles=front-end-developer,back-end-developer,full-stack-developer,devops-engineer"), known).roles.length, 3);
  });
});
