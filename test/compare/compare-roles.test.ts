import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { compareRoles, skillGap } from "../../src/compare/compare-roles.ts";
import type { CompareData } from "../../src/compare/compare-data.ts";
import type { RoleProfile } from "../../src/compare/role-profile.ts";
import { readerComparisons } from "./support.ts";

describe("comparing roles", () => {
  let data: CompareData;
  let role: (slug: string) => RoleProfile;

  before(async () => {
    ({ data, role } = await readerComparisons());
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
        from: "back-end-developer",
        to: "front-end-developer",
        skills: { required: ["css", "accessibility"], recommended: [], niceToHave: [] },
        deepen: [
          { skill: "html", from: "niceToHave", to: "required" },
          { skill: "communication", from: "niceToHave", to: "recommended" },
        ],
      },
      {
        from: "front-end-developer",
        to: "back-end-developer",
        skills: { required: ["sql"], recommended: ["containers"], niceToHave: [] },
        deepen: [{ skill: "api-design", from: "niceToHave", to: "required" }],
      },
    ]);
    assert.deepEqual(skillGap(role("front-end-developer"), role("full-stack-developer")).skills, {
      required: ["sql"],
      recommended: [],
      niceToHave: ["containers"],
    });
  });

  it("compares three roles: skills two of them list count as shared, the most widely and strongly needed first", () => {
    const comparison = compareRoles([role("back-end-developer"), role("devops-engineer"), role("front-end-developer")], data);
    assert.deepEqual(
      comparison.sharedSkills.map((row) => row.skill),
      ["communication", "containers", "api-design", "html", "sql", "testing"],
    );
    assert.deepEqual(comparison.uniqueSkills[1], { required: [], recommended: [], niceToHave: [] });
    assert.deepEqual(comparison.uniqueTechnologies, [["postgresql"], ["kubernetes"], ["react"]]);
    assert.equal(comparison.moves.length, 6);
  });
});
