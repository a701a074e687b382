// What the dev server renders after an edit: the guides whose body changed, and the pages that show a guide whose front
// matter changed; every page after any other edit.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import type { SiteModel } from "../../src/content/model.ts";
import { trustedHtml } from "../../src/lib/html.ts";
import { guidesInScope, renderEverything, scopeOfChange, unlessBodiesOnly } from "../../src/site/render-scope.ts";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { copyFixture, fixture } from "../support/harness.ts";

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
    assert.deepEqual(
      scopeOfChange(
        model,
        withSkill("sql", () => undefined),
      ),
      { everything: false, guideUrls: new Set(), facesChanged: false },
    );
  });

  it("renders only the guides whose body, headings or word count changed", () => {
    const edited = withSkill("sql", (skill) => {
      skill.body = trustedHtml(`${skill.body.toString()}<p>More.</p>`);
      skill.wordCount += 1;
    });
    assert.deepEqual(scopeOfChange(model, edited), { everything: false, guideUrls: new Set(["/skills/sql/"]), facesChanged: false });
    const retitled = withSkill("web-accessibility", (skill) => {
      skill.headings = [...skill.headings, { level: 2, text: "New", id: "new" }];
    });
    assert.deepEqual(scopeOfChange(model, retitled), { everything: false, guideUrls: new Set(["/skills/web-accessibility/"]), facesChanged: false });
  });

  it("renders everything when site.yaml changed, as its name, home text and language show on every page", () => {
    assert.equal(scopeOfChange(model, { ...model, settings: { ...model.settings, name: "Acme Handbook" } }), renderEverything);
  });

  it("renders the pages that show a guide after an edit to its front matter: its own, those it names and that name it, and every role's", () => {
    const shown = (scope: ReturnType<typeof scopeOfChange>) =>
      scope.everything ? "everything" : [...scope.guideUrls].filter((url) => !url.startsWith("http")).sort();
    // SQL is needed by both roles, named by PostgreSQL and a prerequisite of query-plan analysis; web accessibility and JavaScript never mention it.
    const aroundSql = [
      "/roles/back-end-developer/",
      "/roles/front-end-developer/",
      "/skills/query-plan-analysis/",
      "/skills/sql/",
      "/technologies/postgresql/",
    ];
    assert.deepEqual(
      shown(
        scopeOfChange(
          model,
          withSkill("sql", (skill) => (skill.title = "Structured Query Language")),
        ),
      ),
      aroundSql,
    );
    assert.deepEqual(
      shown(
        scopeOfChange(
          model,
          withSkill("sql", (skill) => (skill.lastUpdated = "2030-01-01")),
        ),
      ),
      aroundSql,
    );
    // A reference taken away: the guide it led to still shows the old link until it renders again.
    const unlinked = scopeOfChange(
      model,
      withSkill("query-plan-analysis", (skill) => (skill.prerequisites = [])),
    );
    assert.deepEqual(shown(unlinked), aroundSql);
    assert.equal(unlinked.everything === false && unlinked.facesChanged, true, "the comparisons and the collections' JSON files render too");
  });

  it("renders a title where it shows and not beyond, though every guide naming it now holds the new title too", async () => {
    const contentDir = await copyFixture("basic");
    try {
      const before = await buildModel(contentDir);
      const file = path.join(contentDir, "technologies", "javascript.md");
      await writeFile(file, (await readFile(file, "utf8")).replace("title: JavaScript", "title: ECMAScript"));
      const scope = scopeOfChange(before, await buildModel(contentDir));
      // Web accessibility and the front-end role name JavaScript; SQL, query-plan analysis and PostgreSQL do not, though
      // the front-end role, which now shows "ECMAScript", names SQL.
      assert.deepEqual(scope.everything ? "everything" : [...scope.guideUrls].sort(), [
        "/roles/back-end-developer/",
        "/roles/front-end-developer/",
        "/skills/web-accessibility/",
        "/technologies/javascript/",
      ]);
    } finally {
      await rm(contentDir, { recursive: true, force: true });
    }
  });

  it("renders everything when a guide was added or removed", () => {
    assert.equal(scopeOfChange(model, { ...model, skills: model.skills.slice(1) }), renderEverything);
    const renamed = withSkill("sql", (skill) => (skill.url = "/skills/structured-query-language/"));
    assert.equal(scopeOfChange(model, renamed), renderEverything);
  });

  it("matches guides by address, so a guide moved in the model's order (by a new title) is no change by itself", () => {
    assert.deepEqual(scopeOfChange(model, { ...model, skills: [...model.skills].reverse() }), { everything: false, guideUrls: new Set(), facesChanged: false });
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
    const scope = { everything: false, guideUrls: new Set(["/skills/b/"]), facesChanged: false } as const;
    assert.deepEqual(guidesInScope(items, scope), [{ url: "/skills/b/" }]);
    assert.deepEqual(unlessBodiesOnly(items, scope), []);
  });

  it("keep the pages that show many guides once front matter changed", () => {
    assert.deepEqual(unlessBodiesOnly(items, { everything: false, guideUrls: new Set(["/skills/b/"]), facesChanged: true }), items);
  });
});
