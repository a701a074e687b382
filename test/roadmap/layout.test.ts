import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import type { Role, SiteModel, Skill, SkillLink } from "../../src/content/model.ts";
import type { PathStep } from "../../src/roadmap/learning-path.ts";
import { estimateTextWidth, layoutRoadmap, roadmapMetrics, transitiveReduction, wrapText, type RoadmapLayout } from "../../src/roadmap/layout.ts";
import { skillCategories } from "../../src/schema/index.ts";
import { roadmap, roadmapSvg, roleLearningPath } from "../../layouts/partials/roadmap.ts";
import { categorySplit, comparisonChart, heatStep, roleSimilarityChart, skillDemandChart } from "../../layouts/partials/charts.ts";
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
    steps = roleLearningPath(roleOf(model, "front-end-developer"), model.skills);
    layout = layoutRoadmap(steps);
  });

  it("gives each category the role uses one lane, in the skills index's order", () => {
    assert.deepEqual(layout.lanes.map((lane) => lane.category), ["web-platform", "architecture-and-apis", "quality-and-testing", "collaboration-and-process", "soft-skills"]);
    assert.deepEqual(layout.lanes.map((lane) => lane.label), layout.lanes.map((lane) => skillCategories[lane.category]));
  });

  it("places every step once, in learning order, inside its category's lane", () => {
    assert.deepEqual(layout.nodes.map((node) => node.step.skill.slug), steps.map((step) => step.skill.slug));
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
    assert.deepEqual(layout.stages.map((stage) => [stage.stage, stage.label, stage.first, stage.last]), [
      ["required", "Required, and what it builds on", 1, 4],
      ["recommended", "Recommended, and what it builds on", 5, 8],
      ["niceToHave", "Nice to have", 9, 9],
    ]);
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
        assert.ok(line.x + estimateTextWidth(line.text, roadmapMetrics.fontSize) <= node.x + node.width - roadmapMetrics.textInset + 0.5, `"${line.text}" fits`);
        assert.ok(line.y < node.y + node.height);
      }
    }
  });

  it("draws one line per prerequisite that no other chain implies, from the box above to the box below", () => {
    assert.deepEqual(layout.edges.map((edge) => [edge.from, edge.to]), [["html", "css"], ["communication", "accessibility"], ["html", "accessibility"], ["version-control", "testing"]]);
    for (const edge of layout.edges) assert.match(edge.d, /^M\d+ \d+[LQ\d .-]+$/);
    assert.deepEqual(
      transitiveReduction([
        { skill: { slug: "a", title: "a", category: "mobile" }, after: [] },
        { skill: { slug: "b", title: "b", category: "mobile" }, after: ["a"] },
        { skill: { slug: "c", title: "c", category: "mobile" }, after: ["a", "b"] },
      ]),
      [["a", "b"], ["b", "c"]],
    );
  });

  it("wraps titles at spaces and after hyphens, and breaks a word only when it cannot fit a line alone", () => {
    assert.deepEqual(wrapText("Concurrency and asynchronous programming", 100, 13), ["Concurrency", "and", "asynchronous", "programming"]);
    assert.deepEqual(wrapText("Machine-learning fundamentals", 200, 13), ["Machine-learning", "fundamentals"]);
    assert.deepEqual(wrapText("Machine-learning", 100, 13), ["Machine-", "learning"]);
    assert.deepEqual(wrapText("Supercalifragilistic", 60, 13).join(""), "Supercalifragilistic");
    assert.deepEqual(wrapText("", 60, 13), [""]);
  });

  it("widens lanes so the longest word of any title fits, and fits nine lanes of the bundled titles in the page width", () => {
    const nine = Object.keys(skillCategories).slice(0, 9).map((category, index): PathStep<SkillLink> => ({
      number: index + 1,
      skill: { slug: `s${index}`, title: index === 0 ? "Communication" : "Short", summary: "", url: `/skills/s${index}/`, category: category as SkillLink["category"] },
      importance: "required",
      stage: "required",
      after: [],
    }));
    const wide = layoutRoadmap(nine);
    assert.ok(wide.width <= roadmapMetrics.maxWidth, `nine lanes fit in ${roadmapMetrics.maxWidth}px (got ${wide.width})`);
    assert.deepEqual(wide.nodes[0]?.lines.map((line) => line.text), ["Communication"]);
  });

  it("lays out and draws the same data to the same bytes", async () => {
    const again = await buildModel(fixture("roadmap"));
    const role = roleOf(again, "front-end-developer");
    assert.deepEqual(layoutRoadmap(roleLearningPath(role, again.skills)), layout);
    assert.equal(String(roadmap(role, again.skills)), String(roadmap(roleOf(model, "front-end-developer"), model.skills)));
  });
});

describe("roadmap and chart markup", () => {
  let model: SiteModel;
  before(async () => {
    model = await buildModel(fixture("roadmap"));
  });

  /** A copy of a role whose own title and every skill title is hostile markup. */
  function hostile(role: Role): Role {
    const evil = (title: string) => `${title}"><script>alert(1)</script><img src=x onerror=alert(1)>`;
    const skills = Object.fromEntries(Object.entries(role.skills).map(([importance, links]) => [importance, links.map((link) => ({ ...link, title: evil(link.title) }))]));
    return { ...role, title: evil(role.title), skills: skills as Role["skills"] };
  }

  function assertInert(markup: string): void {
    assert.doesNotMatch(markup, /<script|<img|onerror=alert\(1\)>/i);
    assert.match(markup, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  }

  it("escapes hostile titles in the roadmap, the role map and the comparison chart", () => {
    const [a, b] = [hostile(roleOf(model, "front-end-developer")), hostile(roleOf(model, "back-end-developer"))];
    assertInert(String(roadmap(a, model.skills)));
    assertInert(String(roleSimilarityChart([a, b])));
    assertInert(String(comparisonChart(a, b)));
  });

  it("names every roadmap link with its step, title, category and importance, in learning order", () => {
    const role = roleOf(model, "front-end-developer");
    const svg = String(roadmapSvg(role, layoutRoadmap(roleLearningPath(role, model.skills))));
    const names = [...svg.matchAll(/<a class="roadmap__node[^"]*" href="([^"]+)" aria-label="([^"]+)"/g)].map((match) => [match[1], match[2]]);
    assert.deepEqual(names.slice(0, 3), [
      ["/skills/html/", "1. HTML: Web platform, required"],
      ["/skills/css/", "2. CSS: Web platform, required"],
      ["/skills/communication/", "3. Communication: Soft skills, recommended"],
    ]);
    assert.equal(names.length, 9);
    // A title set on several lines still reads as its words, spaced, so the visible label is part of the link's name.
    const titles = [...svg.matchAll(/<text class="roadmap__title">(.*?)<\/text>/g)].map((match) => (match[1] ?? "").replace(/<[^>]+>/g, ""));
    assert.ok(titles.includes("Version control with Git and code hosting"), titles.join(" | "));
    assert.ok(layoutRoadmap(roleLearningPath(role, model.skills)).nodes.some((node) => node.lines.length > 1), "the fixture has a title on several lines");
  });

  it("counts a skill's roles by importance out of every role", () => {
    const communication = model.skills.find((skill) => skill.slug === "communication") as Skill;
    const chart = String(skillDemandChart(communication, model.roles.length));
    assert.match(chart, /role="img" aria-label="Needed by 3 of 3 roles: 0 required, 1 recommended, 2 nice to have"/);
    assert.equal(skillDemandChart({ neededBy: { required: [], recommended: [], niceToHave: [] } }, 3), "");
  });

  it("links a role-map cell only to a comparison page the site builds", () => {
    const chart = String(roleSimilarityChart(model.roles));
    const links = [...chart.matchAll(/href="(\/compare\/[^"]+)"/g)].map((match) => match[1]);
    // Front-end moves to back-end, so that pair has a page (linked from both of its cells); no other pair is close enough.
    assert.deepEqual(links, ["/compare/back-end-developer-vs-front-end-developer/", "/compare/back-end-developer-vs-front-end-developer/"]);
    assert.equal([...chart.matchAll(/<td class="heat--self">/g)].length, 3);
    assert.deepEqual([0, 0.09, 0.1, 0.35, 0.4, 0.5, 1].map(heatStep), [0, 0, 1, 3, 4, 5, 5]);
  });

  it("splits two roles' skills into only-first, shared and only-second by category", () => {
    const split = categorySplit(roleOf(model, "front-end-developer"), roleOf(model, "back-end-developer"));
    assert.deepEqual(split.map((row) => [row.category, row.onlyFirst, row.shared, row.onlySecond]), [
      ["languages-and-fundamentals", 0, 0, 1],
      ["web-platform", 3, 1, 1],
      ["data-and-databases", 0, 0, 1],
      ["architecture-and-apis", 0, 1, 0],
      ["infrastructure-and-operations", 0, 0, 1],
      ["quality-and-testing", 1, 1, 0],
      ["collaboration-and-process", 1, 0, 0],
      ["soft-skills", 0, 1, 0],
    ]);
    const chart = String(comparisonChart(roleOf(model, "front-end-developer"), roleOf(model, "back-end-developer")));
    assert.match(chart, /<th scope="col" class="split-chart__first">Only Front-end developer<\/th><th scope="col" class="split-chart__shared">Both<\/th><th scope="col">Only Back-end developer<\/th>/);
    assert.match(chart, /<tfoot><tr><th scope="row">All skills<\/th><td class="split-chart__first">5<\/td><td class="split-chart__shared">4<\/td><td>4<\/td>/);
  });
});
