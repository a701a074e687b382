import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import type { Role, SiteModel, Skill } from "../../src/content/model.ts";
import { layoutRoadmap } from "../../src/roadmap/layout.ts";
import { roadmap, roadmapSvg, roleLearningPath } from "../../layouts/partials/roadmap.ts";
import { categorySplit, comparisonChart, heatStep, roleSimilarityChart, skillDemandChart } from "../../layouts/partials/charts.ts";
import { fixture } from "../support/harness.ts";

function roleOf(model: SiteModel, slug: string): Role {
  const role = model.roles.find((candidate) => candidate.slug === slug);
  assert.ok(role, `no role ${slug}`);
  return role;
}

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
