// What the dev server renders after an edit: only the guides whose body alone changed, else every page.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import type { SiteModel } from "../../src/content/model.ts";
import { trustedHtml } from "../../src/lib/html.ts";
import { guidesInScope, renderEverything, scopeOfChange, unlessBodiesOnly } from "../../src/site/render-scope.ts";
import { fixture } from "../support/harness.ts";

const model = await buildModel(fixture("basic"));

/** A copy of the model in which `change` has altered the skill `slug`. */
function withSkill(slug: string, change: (skill: SiteModel["skills"][number]) => void): SiteModel {
  const copy: SiteModel = { ...model, skills: model.skills.map((skill) => ({ ...skill })) };
  const skill = copy.skills.find((candidate) => candidate.slug === slug);
  assert.ok(skill, `the fixture has the skill ${slug}`);
  change(skill);
  return copy;
}

describe("scopeOfChange", () => {
  it("renders nothing again when no guide changed", () => {
    assert.deepEqual(scopeOfChange(model, withSkill("sql", () => undefined)), { everything: false, guideUrls: new Set() });
  });

  it("renders only the guides whose body, headings or word count changed", () => {
    const edited = withSkill("sql", (skill) => {
      skill.body = trustedHtml(`${skill.body.toString()}<p>More.</p>`);
      skill.wordCount += 1;
    });
    assert.deepEqual(scopeOfChange(model, edited), { everything: false, guideUrls: new Set(["/skills/sql/"]) });
    const retitled = withSkill("web-accessibility", (skill) => {
      skill.headings = [...skill.headings, { level: 2, text: "New", id: "new" }];
    });
    assert.deepEqual(scopeOfChange(model, retitled), { everything: false, guideUrls: new Set(["/skills/web-accessibility/"]) });
  });

  it("renders everything when site.yaml changed, as its name, home text and language show on every page", () => {
    assert.equal(scopeOfChange(model, { ...model, settings: { ...model.settings, name: "Acme Handbook" } }), renderEverything);
  });

  it("renders everything when anything other pages show changed: a title, a reference, a date", () => {
    assert.equal(scopeOfChange(model, withSkill("sql", (skill) => (skill.title = "Structured Query Language"))), renderEverything);
    assert.equal(scopeOfChange(model, withSkill("query-plan-analysis", (skill) => (skill.prerequisites = []))), renderEverything);
    assert.equal(scopeOfChange(model, withSkill("sql", (skill) => (skill.lastUpdated = "2030-01-01"))), renderEverything);
  });

  it("renders everything when a guide was added, removed or reordered", () => {
    assert.equal(scopeOfChange(model, { ...model, skills: model.skills.slice(1) }), renderEverything);
    assert.equal(scopeOfChange(model, { ...model, skills: [...model.skills].reverse() }), renderEverything);
  });
});

describe("guidesInScope and unlessBodiesOnly", () => {
  const items = [{ url: "/skills/a/" }, { url: "/skills/b/" }];

  it("keep every item when everything renders, or when no scope is given", () => {
    assert.deepEqual(guidesInScope(items, renderEverything), items);
    assert.deepEqual(guidesInScope(items, undefined), items);
    assert.deepEqual(unlessBodiesOnly(items, renderEverything), items);
  });

  it("keep only the guides in scope, and nothing that shows no body, after an edit to bodies alone", () => {
    const scope = { everything: false, guideUrls: new Set(["/skills/b/"]) } as const;
    assert.deepEqual(guidesInScope(items, scope), [{ url: "/skills/b/" }]);
    assert.deepEqual(unlessBodiesOnly(items, scope), []);
  });
});
