import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import type { Role, SiteModel, Skill } from "../../src/content/model.ts";
import { categorySplit, heatStep, roleSimilarity, skillDemand } from "../../src/views/charts.ts";
import { fixture } from "../support/harness.ts";

describe("chart views", () => {
  let model: SiteModel;
  const roleOf = (slug: string): Role => {
    const role = model.roles.find((candidate) => candidate.slug === slug);
    assert.ok(role, `no role ${slug}`);
    return role;
  };

  before(async () => {
    model = await buildModel(fixture("roadmap"));
  });

  it("counts a skill's roles by importance out of every role", () => {
    const communication = model.skills.find((skill) => skill.slug === "communication") as Skill;
    const demand = skillDemand(communication, model.roles.length);
    assert.deepEqual(
      demand.counts.map(({ importance, count }) => [importance, count]),
      [
        ["required", 0],
        ["recommended", 1],
        ["niceToHave", 2],
      ],
    );
    assert.deepEqual([demand.total, demand.roleCount], [3, 3]);
  });

  it("shades a share of shared skills one step per ten points, 50% and more the darkest", () => {
    assert.deepEqual([0, 0.09, 0.1, 0.35, 0.4, 0.5, 1].map(heatStep), [0, 0, 1, 3, 4, 5, 5]);
  });

  it("maps every two roles to their share of skills, linking only the pairs that have a page", () => {
    const compared = new Set(["/compare/back-end-developer-vs-front-end-developer/"]);
    const rows = roleSimilarity(model.roles, compared);
    assert.deepEqual(
      rows.map((row) => row.role.slug),
      model.roles.map((role) => role.slug),
    );
    const cells = rows.map((row) => row.cells.map((cell) => (cell.self ? "self" : `${cell.percent}%${cell.compareUrl ? " linked" : ""}`)));
    const [back, devops, front] = ["back-end-developer", "devops-engineer", "front-end-developer"].map((slug) =>
      model.roles.findIndex((role) => role.slug === slug),
    );
    assert.equal(cells[back ?? -1]?.[back ?? -1], "self");
    assert.equal(cells[back ?? -1]?.[front ?? -1], cells[front ?? -1]?.[back ?? -1]);
    assert.match(cells[front ?? -1]?.[back ?? -1] ?? "", /^\d+% linked$/);
    assert.doesNotMatch(cells[front ?? -1]?.[devops ?? -1] ?? "", /linked/);
  });

  it("splits two roles' skills into only-first, shared and only-second by category, with the scale and totals", () => {
    const split = categorySplit(roleOf("front-end-developer"), roleOf("back-end-developer"));
    assert.deepEqual(
      split.rows.map((row) => [row.category, row.onlyFirst, row.shared, row.onlySecond]),
      [
        ["languages-and-fundamentals", 0, 0, 1],
        ["web-platform", 3, 1, 1],
        ["data-and-databases", 0, 0, 1],
        ["architecture-and-apis", 0, 1, 0],
        ["infrastructure-and-operations", 0, 0, 1],
        ["quality-and-testing", 1, 1, 0],
        ["collaboration-and-process", 1, 0, 0],
        ["soft-skills", 0, 1, 0],
      ],
    );
    assert.deepEqual(split.totals, { onlyFirst: 5, shared: 4, onlySecond: 4 });
    assert.equal(split.max, 3);
  });
});
