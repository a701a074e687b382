import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import type { Role, SiteModel } from "../../src/content/model.ts";
import { compareData, type CompareData } from "../../src/compare/compare-data.ts";
import { pairComparison, pathwaysOf, rolePairs } from "../../src/views/comparisons.ts";
import { fixture } from "../support/harness.ts";

describe("comparison views", () => {
  let model: SiteModel;
  let data: CompareData;
  const roleOf = (slug: string): Role => {
    const role = model.roles.find((candidate) => candidate.slug === slug);
    assert.ok(role, `no role ${slug}`);
    return role;
  };

  before(async () => {
    model = await buildModel(fixture("reader"));
    data = compareData(model, "/");
  });

  it("gives every related pair its two role profiles and the address of its page", () => {
    assert.deepEqual(
      rolePairs(data).map((pair) => [pair.first.title, pair.second.title, pair.url]),
      [
        ["Back-end developer", "DevOps engineer", "/compare/back-end-developer-vs-devops-engineer/"],
        ["Back-end developer", "Front-end developer", "/compare/back-end-developer-vs-front-end-developer/"],
        ["Back-end developer", "Full-stack developer", "/compare/back-end-developer-vs-full-stack-developer/"],
        ["Front-end developer", "Full-stack developer", "/compare/front-end-developer-vs-full-stack-developer/"],
      ],
    );
    assert.throws(() => rolePairs({ roles: [], pairs: data.pairs }), /a pair names the role "back-end-developer", which it does not list/);
  });

  it("counts what a pair shares: half their skills and one of their three technologies", () => {
    const pair = rolePairs(data).find((candidate) => candidate.url === "/compare/back-end-developer-vs-front-end-developer/");
    assert.ok(pair);
    const view = pairComparison(pair, data, model.roles);
    assert.deepEqual([view.sharedSkills, view.allSkills, view.overlapPercent, view.sharedTechnologies, view.allTechnologies], [4, 8, 50, 1, 3]);
    assert.deepEqual(
      view.comparison.sharedSkills.map((row) => row.skill),
      ["api-design", "html", "testing", "communication"],
    );
    assert.equal(view.split.totals.shared, 4);
  });

  it("lays out each move a role names, with the skills it takes by importance and the pair's page when there is one", () => {
    const [pathway, ...others] = pathwaysOf(roleOf("front-end-developer"), model.roles);
    assert.equal(others.length, 0);
    assert.ok(pathway);
    assert.equal(pathway.target.slug, "full-stack-developer");
    assert.deepEqual(
      [pathway.size, pathway.levels],
      [
        2,
        [
          { importance: "required", count: 1 },
          { importance: "niceToHave", count: 1 },
        ],
      ],
    );
    assert.equal(pathway.compareUrl, "/compare/front-end-developer-vs-full-stack-developer/");
    assert.deepEqual(pathwaysOf(roleOf("devops-engineer"), model.roles), []);
  });
});
