import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import type { Role, SiteModel } from "../../src/content/model.ts";
import { roleLearningPath, roleRoadmap, skillPrerequisites } from "../../src/views/roadmaps.ts";
import { fixture } from "../support/harness.ts";

describe("roadmap views", () => {
  let model: SiteModel;
  let frontEnd: Role;

  before(async () => {
    model = await buildModel(fixture("roadmap"));
    const role = model.roles.find((candidate) => candidate.slug === "front-end-developer");
    assert.ok(role);
    frontEnd = role;
  });

  it("reads prerequisites from the site's skills, and gives a skill it does not know none", () => {
    const prerequisites = skillPrerequisites(model.skills);
    assert.deepEqual(prerequisites("css"), ["html"]);
    assert.deepEqual(prerequisites("no-such-skill"), []);
  });

  it("groups the path into stages for the list, each with its heading and first step number", () => {
    const view = roleRoadmap(frontEnd, skillPrerequisites(model.skills));
    assert.ok(view);
    assert.deepEqual(
      view.listStages.map((stage) => [stage.stage, stage.label, stage.first, stage.steps.map((step) => step.number)]),
      [
        ["required", "Required, and what it builds on", 1, [1, 2, 3, 4]],
        ["recommended", "Recommended, and what it builds on", 5, [5, 6, 7, 8]],
        ["niceToHave", "Nice to have", 9, [9]],
      ],
    );
    assert.deepEqual(view.steps, roleLearningPath(frontEnd, skillPrerequisites(model.skills)));
  });

  it("gives each stage of the diagram the boxes of its steps, in learning order", () => {
    const view = roleRoadmap(frontEnd, skillPrerequisites(model.skills));
    assert.ok(view);
    assert.deepEqual(
      view.diagramStages.map(({ stage, nodes }) => [stage.stage, nodes.map((node) => node.step.number)]),
      [
        ["required", [1, 2, 3, 4]],
        ["recommended", [5, 6, 7, 8]],
        ["niceToHave", [9]],
      ],
    );
    assert.deepEqual(
      view.diagramStages.flatMap(({ nodes }) => nodes),
      view.layout.nodes,
    );
  });

  it("has no roadmap for a role that lists no skills", () => {
    assert.equal(roleRoadmap({ skills: { required: [], recommended: [], niceToHave: [] } }, skillPrerequisites(model.skills)), undefined);
  });
});
