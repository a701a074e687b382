import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import type { Role, SiteModel, SkillLink } from "../../src/content/model.ts";
import type { PathStep } from "../../src/roadmap/learning-path.ts";
import { roadmapMetrics, type RoadmapLayout } from "../../src/roadmap/drawing.ts";
import { layoutRoadmap } from "../../src/roadmap/layout.ts";
import { estimateTextWidth } from "../../src/roadmap/text-width.ts";
import { skillCategories } from "../../src/schema/index.ts";
import { roleLearningPath, skillPrerequisites } from "../../src/views/roadmaps.ts";
import { fixture } from "../support/harness.ts";

function roleOf(model: SiteModel, slug: string): Role {
  const role = model.roles.find((candidate) => candidate.slug === slug);
  assert.ok(role, `no role ${slug}`);
  return role;
}

/** Whether two boxes overlap. */
function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe("roadmap layout", () => {
  let model: SiteModel;
  let steps: PathStep<SkillLink>[];
  let layout: RoadmapLayout<SkillLink>;

  before(async () => {
    model = await buildModel(fixture("roadmap"));
    steps = roleLearningPath(roleOf(model, "front-end-developer"), skillPrerequisites(model.skills));
    layout = layoutRoadmap(steps);
  });

  it("gives each category the role uses one lane, in the skills index's order", () => {
    assert.deepEqual(
      layout.lanes.map((lane) => lane.category),
      ["web-platform", "architecture-and-apis", "quality-and-testing", "collaboration-and-process", "soft-skills"],
    );
    assert.deepEqual(
      layout.lanes.map((lane) => lane.label),
      layout.lanes.map((lane) => skillCategories[lane.category]),
    );
  });

  it("places every step once, in learning order, inside its category's lane", () => {
    assert.deepEqual(
      layout.nodes.map((node) => node.step.skill.slug),
      steps.map((step) => step.skill.slug),
    );
    for (const node of layout.nodes) {
      const lane = layout.lanes.find((candidate) => candidate.category === node.step.skill.category);
      assert.ok(lane, `no lane for ${node.step.skill.slug}`);
      assert.ok(node.x >= lane.x && node.x + node.width <= lane.x + lane.width, `${node.step.skill.slug} inside its lane`);
    }
  });

  it("reads top to bottom in learning order, every prerequisite in a row above what builds on it", () => {
    layout.nodes.forEach((node, index) => {
      const previous = layout.nodes[index - 1];
      if (previous) assert.ok(previous.y <= node.y, `${node.step.skill.slug} is not above step ${previous.step.number}`);
      for (const slug of node.step.after) {
        const before = layout.nodes.find((candidate) => candidate.step.skill.slug === slug);
        assert.ok(before && before.y + before.height < node.y, `${slug} ends above ${node.step.skill.slug}`);
      }
    });
  });

  it("starts each stage on a new row below a labelled rule naming its steps", () => {
    assert.deepEqual(
      layout.stages.map((stage) => [stage.stage, stage.label, stage.first, stage.last]),
      [
        ["required", "Required, and what it builds on", 1, 4],
        ["recommended", "Recommended, and what it builds on", 5, 8],
        ["niceToHave", "Nice to have", 9, 9],
      ],
    );
    for (const stage of layout.stages) {
      const first = layout.nodes.find((node) => node.step.number === stage.first);
      assert.ok(first && stage.labelBox.y + stage.labelBox.height < first.y - first.badge.r, `the ${stage.stage} label sits above its first row`);
      assert.match(stage.labelText.text, new RegExp(`^${stage.label} · step`));
    }
  });

  it("keeps boxes apart and inside the drawing, and text lines inside their boxes", () => {
    for (const [index, node] of layout.nodes.entries()) {
      assert.ok(node.x >= 0 && node.y - node.badge.r >= 0 && node.x + node.width <= layout.width && node.y + node.height <= layout.height);
      for (const other of layout.nodes.slice(index + 1)) assert.ok(!overlaps(node, other), `${node.step.skill.slug} overlaps ${other.step.skill.slug}`);
      for (const line of node.lines) {
        assert.ok(
          line.x + estimateTextWidth(line.text, roadmapMetrics.fontSize) <= node.x + node.width - roadmapMetrics.textInset + 0.5,
          `"${line.text}" fits`,
        );
        assert.ok(line.y < node.y + node.height);
      }
    }
  });

  it("widens lanes so the longest word of any title fits, and fits nine lanes of the bundled titles in the page width", () => {
    const nine = Object.keys(skillCategories)
      .slice(0, 9)
      .map((category, index): PathStep<SkillLink> => ({
        number: index + 1,
        skill: {
          slug: `s${index}`,
          title: index === 0 ? "Communication" : "Short",
          summary: "",
          url: `/skills/s${index}/`,
          category: category as SkillLink["category"],
        },
        importance: "required",
        stage: "required",
        after: [],
      }));
    const wide = layoutRoadmap(nine);
    assert.ok(wide.width <= roadmapMetrics.maxWidth, `nine lanes fit in ${roadmapMetrics.maxWidth}px (got ${wide.width})`);
    assert.deepEqual(
      wide.nodes[0]?.lines.map((line) => line.text),
      ["Communication"],
    );
  });

  it("lays out the same data the same way", async () => {
    const again = await buildModel(fixture("roadmap"));
    const role = roleOf(again, "front-end-developer");
    assert.deepEqual(layoutRoadmap(roleLearningPath(role, skillPrerequisites(again.skills))), layout);
  });
});
