import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import type { Role } from "../../src/content/model.ts";
import { importanceIn, roleProfile, skillsOf } from "../../src/compare/role-profile.ts";
import { fixture } from "../support/harness.ts";

describe("role profiles", () => {
  let frontEnd: Role;

  before(async () => {
    const model = await buildModel(fixture("reader"));
    const role = model.roles.find((candidate) => candidate.slug === "front-end-developer");
    assert.ok(role);
    frontEnd = role;
  });

  it("keeps a role's skills and technologies as slugs, by importance, in the guide's order", () => {
    const profile = roleProfile(frontEnd);
    assert.deepEqual(profile.skills, { required: ["html", "css", "accessibility"], recommended: ["testing", "communication"], niceToHave: ["api-design"] });
    assert.deepEqual([profile.slug, profile.title, profile.url], ["front-end-developer", "Front-end developer", "/roles/front-end-developer/"]);
    assert.deepEqual(
      profile.technologies,
      frontEnd.technologies.map((link) => link.slug),
    );
  });

  it("lists every skill most important first and says how much the role needs each", () => {
    const profile = roleProfile(frontEnd);
    assert.deepEqual(skillsOf(profile), ["html", "css", "accessibility", "testing", "communication", "api-design"]);
    assert.equal(importanceIn(profile, "communication"), "recommended");
    assert.equal(importanceIn(profile, "sql"), undefined);
  });
});
