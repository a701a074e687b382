import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import type { Guide, SiteModel } from "../../src/content/model.ts";
import { importanceParam, searchFacets, searchFilters } from "../../src/views/search-filters.ts";
import { fixture } from "../support/harness.ts";

describe("search filter views", () => {
  let model: SiteModel;
  const guideOf = (guides: readonly Guide[], slug: string): Guide => {
    const guide = guides.find((candidate) => candidate.slug === slug);
    assert.ok(guide, `no guide ${slug}`);
    return guide;
  };

  before(async () => {
    model = await buildModel(fixture("reader"));
  });

  it("offers every filter with readable URL values next to the values pages carry", () => {
    const filters = searchFilters(model);
    assert.deepEqual(
      filters.map((filter) => filter.name),
      ["type", "role", "importance", "category", "kind"],
    );
    assert.deepEqual(filters[0]?.choices, [
      { param: "role", value: "Role" },
      { param: "skill", value: "Skill" },
      { param: "technology", value: "Technology" },
    ]);
    assert.deepEqual(filters[1]?.choices[0], { param: "back-end-developer", value: "Back-end developer", url: "/roles/back-end-developer/" });
    assert.deepEqual(
      filters[2]?.choices.map((choice) => choice.param),
      ["required", "recommended", "nice-to-have"],
    );
    assert.deepEqual(
      filters[3]?.choices.map((choice) => choice.param),
      model.skillsByCategory.map((group) => group.key),
    );
    assert.equal(importanceParam("niceToHave"), "nice-to-have");
  });

  it("gives a skill page its category, the roles that need it, their importances and each role with its importance", () => {
    const facets = searchFacets(guideOf(model.skills, "html"));
    assert.equal(facets.type, "Skill");
    assert.deepEqual(Object.keys(facets.filters), ["type", "category", "role", "importance", "need"]);
    assert.deepEqual(facets.filters.importance, ["Required", "Nice to have"]);
    assert.ok(facets.filters.need?.includes("Front-end developer · Required"), facets.filters.need?.join(" | "));
    assert.ok(facets.filters.need?.includes("Back-end developer · Nice to have"), facets.filters.need?.join(" | "));
  });

  it("gives a technology page its kind and the roles that use it, and a role page its type alone", () => {
    const react = searchFacets(guideOf(model.technologies, "react"));
    assert.deepEqual(react.filters, { type: ["Technology"], kind: [react.filters.kind?.[0]], role: ["Front-end developer", "Full-stack developer"], need: [] });
    assert.deepEqual(searchFacets(guideOf(model.roles, "devops-engineer")), { type: "Role", filters: { type: ["Role"], need: [] } });
  });
});
