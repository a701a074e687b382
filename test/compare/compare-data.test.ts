import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import type { SiteModel } from "../../src/content/model.ts";
import { compareData } from "../../src/compare/compare-data.ts";
import { fixture } from "../support/harness.ts";

describe("comparison data", () => {
  let model: SiteModel;

  before(async () => {
    model = await buildModel(fixture("reader"));
  });

  it("lists every role's profile, every skill and technology by slug, and every related pair with its page", () => {
    const data = compareData(model, "/");
    assert.deepEqual(
      data.roles.map((role) => role.slug),
      model.roles.map((role) => role.slug),
    );
    assert.deepEqual(data.skills.sql, { title: "SQL", url: "/skills/sql/" });
    assert.deepEqual(data.pairs, [
      { roles: ["back-end-developer", "devops-engineer"], url: "/compare/back-end-developer-vs-devops-engineer/" },
      { roles: ["back-end-developer", "front-end-developer"], url: "/compare/back-end-developer-vs-front-end-developer/" },
      { roles: ["back-end-developer", "full-stack-developer"], url: "/compare/back-end-developer-vs-full-stack-developer/" },
      { roles: ["front-end-developer", "full-stack-developer"], url: "/compare/front-end-developer-vs-full-stack-developer/" },
    ]);
  });

  it("puts the path prefix on every URL of the data file", () => {
    const prefixed = compareData(model, "/guides/");
    assert.ok(prefixed.roles.every((role) => role.url.startsWith("/guides/roles/")));
    assert.equal(prefixed.skills.sql?.url, "/guides/skills/sql/");
    assert.equal(prefixed.technologies.react?.url, "/guides/technologies/react/");
    assert.equal(prefixed.pairs[0]?.url, "/guides/compare/back-end-developer-vs-devops-engineer/");
  });
});
