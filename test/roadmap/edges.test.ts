import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import { layoutRoadmap } from "../../src/roadmap/layout.ts";
import { transitiveReduction } from "../../src/roadmap/edges.ts";
import { roleLearningPath, skillPrerequisites } from "../../src/views/roadmaps.ts";
import { fixture } from "../support/harness.ts";

describe("roadmap edges", () => {
  it("draws one line per prerequisite that no other chain implies, from the box above to the box below", async () => {
    const model = await buildModel(fixture("roadmap"));
    const role = model.roles.find((candidate) => candidate.slug === "front-end-developer");
    assert.ok(role);
    const layout = layoutRoadmap(roleLearningPath(role, skillPrerequisites(model.skills)));
    assert.deepEqual(
      layout.edges.map((edge) => [edge.from, edge.to]),
      [
        ["html", "css"],
        ["communication", "accessibility"],
        ["html", "accessibility"],
        ["version-control", "testing"],
      ],
    );
    for (const edge of layout.edges) assert.match(edge.d, /^M\d+ \d+[LQ\d .-]+$/);
    assert.deepEqual(
      transitiveReduction([
        { skill: { slug: "a", title: "a", category: "mobile" }, after: [] },
        { skill: { slug: "b", title: "b", category: "mobile" }, after: ["a"] },
        { skill: { slug: "c", title: "c", category: "mobile" }, after: ["a", "b"] },
      ]),
      [
        ["a", "b"],
        ["b", "c"],
      ],
    );
  });
});
