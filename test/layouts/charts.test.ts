import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import type { Role, SiteModel, Skill } from "../../src/content/model.ts";
import { pairPath } from "../../src/compare/related-roles.ts";
import { categorySplit, roleSimilarity, skillDemand } from "../../src/views/charts.ts";
import { siteViews } from "../../src/views/index.ts";
import { comparisonChart, roleSimilarityChart, skillDemandChart } from "../../layouts/partials/charts.ts";
import { fixture } from "../support/harness.ts";
import { assertInert, hostile } from "./hostile.ts";

describe("chart markup", () => {
  let model: SiteModel;
  const roleOf = (slug: string): Role => {
    const role = model.roles.find((candidate) => candidate.slug === slug);
    assert.ok(role, `no role ${slug}`);
    return role;
  };

  before(async () => {
    model = await buildModel(fixture("roadmap"));
  });

  it("escapes hostile titles in the role map and the comparison chart", () => {
    const [a, b] = [hostile(roleOf("front-end-developer")), hostile(roleOf("back-end-developer"))];
    assertInert(String(roleSimilarityChart(roleSimilarity([a, b], new Set([pairPath(a.slug, b.slug)])))));
    assertInert(String(comparisonChart(categorySplit(a, b), a, b)));
  });

  it("names the demand chart with a skill's roles by importance out of every role, and draws none for a skill no role needs", () => {
    const communication = model.skills.find((skill) => skill.slug === "communication") as Skill;
    const chart = String(skillDemandChart(skillDemand(communication, model.roles.length)));
    assert.match(chart, /role="img" aria-label="Needed by 3 of 3 roles: 0 required, 1 recommended, 2 nice to have"/);
    assert.equal(skillDemandChart(skillDemand({ neededBy: { required: [], recommended: [], niceToHave: [] } }, 3)), "");
  });

  it("links a role-map cell only to a comparison page the site builds, and marks each role's own cell", () => {
    const chart = String(roleSimilarityChart(siteViews(model, { pathPrefix: "/" }).roleSimilarity));
    const links = [...chart.matchAll(/href="(\/compare\/[^"]+)" aria-label="([^"]+)"/g)].map((match) => [match[1], match[2]]);
    // Front-end moves to back-end, so that pair has a page (linked from both of its cells) though they share only 4 of
    // their 13 skills; no other pair is close enough.
    assert.deepEqual(links, [
      ["/compare/back-end-developer-vs-front-end-developer/", "31%: compare Back-end developer with Front-end developer"],
      ["/compare/back-end-developer-vs-front-end-developer/", "31%: compare Front-end developer with Back-end developer"],
    ]);
    assert.equal([...chart.matchAll(/<td class="heat--self">/g)].length, 3);
    assert.equal(roleSimilarityChart(roleSimilarity([roleOf("front-end-developer")], new Set())), "");
  });

  it("heads the comparison chart with both roles and totals each column", () => {
    const [a, b] = [roleOf("front-end-developer"), roleOf("back-end-developer")];
    const chart = String(comparisonChart(categorySplit(a, b), a, b));
    assert.match(
      chart,
      /<th scope="col" class="split-chart__first">Only Front-end developer<\/th><th scope="col" class="split-chart__shared">Both<\/th><th scope="col">Only Back-end developer<\/th>/,
    );
    assert.match(chart, /<tfoot><tr><th scope="row">All skills<\/th><td class="split-chart__first">5<\/td><td class="split-chart__shared">4<\/td><td>4<\/td>/);
  });
});
