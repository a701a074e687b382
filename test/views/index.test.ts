import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import type { SiteModel } from "../../src/content/model.ts";
import { siteViews } from "../../src/views/index.ts";
import { fixture } from "../support/harness.ts";

describe("site views", () => {
  let model: SiteModel;

  before(async () => {
    model = await buildModel(fixture("reader"));
  });

  it("gives the same views for the same model, so each part is worked out once", () => {
    const views = siteViews(model, { pathPrefix: "/" });
    assert.equal(siteViews(model, { pathPrefix: "/" }), views);
    assert.equal(views.rolePairs, views.rolePairs);
    const role = model.roles[0];
    assert.ok(role);
    assert.equal(views.roadmap(role), views.roadmap(role));
    const pair = views.rolePairs[0];
    assert.ok(pair);
    assert.equal(views.pairComparison(pair), views.pairComparison(pair));
  });

  it("works out fresh views for a new model, so pages follow the content", async () => {
    const again = await buildModel(fixture("reader"));
    const [before, after] = [siteViews(model, { pathPrefix: "/" }), siteViews(again, { pathPrefix: "/" })];
    assert.notEqual(after, before);
    assert.notEqual(after.compareData, before.compareData);
    assert.deepEqual(after.compareData, before.compareData);
  });

  it("puts the path prefix on the comparison data file's URLs only, not on the data pages link with", () => {
    const views = siteViews(model, { pathPrefix: "/guides/" });
    assert.equal(views.compareDataFile.skills.sql?.url, "/guides/skills/sql/");
    assert.equal(views.compareData.skills.sql?.url, "/skills/sql/");
    assert.equal(siteViews(model, { pathPrefix: "/" }).compareDataFile, siteViews(model, { pathPrefix: "/" }).compareData);
  });
});
