import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import { compareData } from "../../src/compare/compare-data.ts";
import type { RoleProfile } from "../../src/compare/role-profile.ts";
import {
  learnNext,
  matchRole,
  maxSelfCheckFileBytes,
  parseSelfCheckFile,
  rankRoles,
  selfCheckFormat,
  toSelfCheckFile,
} from "../../src/self-check/self-check.ts";
import { fixture } from "../support/harness.ts";

describe("the skill self-check", () => {
  let roles: RoleProfile[];
  const marked = new Set(["html", "css", "sql"]);
  const known = new Set(["html", "css", "sql", "testing"]);

  before(async () => {
    roles = compareData(await buildModel(fixture("reader")), "/").roles;
  });

  it("weighs required skills 3, recommended 2 and nice-to-have 1, and rounds the percentage down", () => {
    const frontEnd = matchRole(
      roles.find((role) => role.slug === "front-end-developer")!,
      marked,
    );
    // html and css are required (3 + 3) out of 3×3 required + 2×2 recommended + 1 nice to have = 14.
    assert.equal(frontEnd.score, 6);
    assert.equal(frontEnd.maxScore, 14);
    assert.equal(frontEnd.percent, 42);
    assert.deepEqual(frontEnd.have, { required: 2, recommended: 0, niceToHave: 0 });
    assert.deepEqual(frontEnd.missing, { required: ["accessibility"], recommended: ["testing", "communication"], niceToHave: ["api-design"] });
    assert.equal(matchRole({ slug: "x", title: "X", skills: { required: ["a"], recommended: [], niceToHave: [] } }, new Set(["a"])).percent, 100);
  });

  it("ranks roles closest first", () => {
    assert.deepEqual(
      rankRoles(roles, marked).map((match) => [match.slug, match.percent]),
      [
        ["full-stack-developer", 50],
        ["front-end-developer", 42],
        ["back-end-developer", 33],
        ["devops-engineer", 16],
      ],
    );
  });

  it("breaks ties by the share of required skills, then by title", () => {
    const tied = rankRoles(roles, new Set());
    assert.deepEqual(
      tied.map((match) => match.slug),
      ["back-end-developer", "devops-engineer", "front-end-developer", "full-stack-developer"],
    );
  });

  it("lists what to learn next for the closest role, required first, in the guide's order within a level", () => {
    assert.deepEqual(
      learnNext(rankRoles(roles, marked)).map((item) => [item.skill, item.importance]),
      [
        ["api-design", "required"],
        ["testing", "recommended"],
        ["accessibility", "recommended"],
        ["containers", "niceToHave"],
      ],
    );
    assert.equal(learnNext(rankRoles(roles, marked), 2).length, 2);
  });

  it("moves on to the next closest role once the closest is complete", () => {
    const ranked = rankRoles(roles, new Set(["containers", "communication", "sql"]));
    assert.equal(ranked[0]?.slug, "devops-engineer");
    assert.deepEqual(
      learnNext(ranked).map((item) => [item.role, item.skill]),
      [
        ["back-end-developer", "api-design"],
        ["back-end-developer", "testing"],
        ["back-end-developer", "html"],
      ],
    );
    assert.deepEqual(learnNext(rankRoles(roles, new Set(["html", "css", "accessibility", "sql", "api-design", "testing", "containers", "communication"]))), []);
  });

  it("exports sorted, distinct skills in a versioned file that reads back", () => {
    const file = toSelfCheckFile(["sql", "html", "sql"], new Date("2026-05-01T10:00:00Z"));
    assert.deepEqual(file, { format: selfCheckFormat, version: 1, exportedAt: "2026-05-01T10:00:00.000Z", skills: ["html", "sql"] });
    assert.deepEqual(parseSelfCheckFile(JSON.stringify(file), known), { ok: true, skills: ["html", "sql"], unknown: [] });
  });

  it("keeps only the skills this site knows and names the others", () => {
    const text = JSON.stringify({ format: selfCheckFormat, version: 1, skills: ["sql", "cobol"] });
    assert.deepEqual(parseSelfCheckFile(text, known), { ok: true, skills: ["sql"], unknown: ["cobol"] });
  });

  it("refuses files that are not exports with a message that says what is wrong", () => {
    const error = (text: string) => {
      const result = parseSelfCheckFile(text, known);
      assert.equal(result.ok, false);
      return result.ok ? "" : result.error;
    };
    assert.match(error("not json"), /not JSON/);
    assert.match(error("[]"), /expected a JSON object/);
    assert.match(error(JSON.stringify({ skills: [] })), /not a self-check export \(expected "format": "role-guides-self-check"\)/);
    assert.match(error(JSON.stringify({ format: selfCheckFormat, version: 2, skills: [] })), /version 2; this site reads version 1/);
    assert.match(error(JSON.stringify({ format: selfCheckFormat, version: 1 })), /no list of skills/);
    assert.match(error(JSON.stringify({ format: selfCheckFormat, version: 1, skills: ["sql", 7] })), /Item 2 of "skills" is not a skill name/);
    assert.ok(maxSelfCheckFileBytes > JSON.stringify(toSelfCheckFile(known, new Date())).length);
  });
});
