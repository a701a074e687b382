// `npm run new -- role "…" --lang de --translates <slug>`: a translation with only the fields it may set, the original's
// text to translate, and clear refusals.
import assert from "node:assert/strict";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { tryBuildModel } from "../../src/content/index.ts";
import { isError } from "../../src/content/problems.ts";
import { createTranslation } from "../../src/scaffold/translation.ts";
import { copyFixture } from "../support/harness.ts";

describe("starting a translation", () => {
  let content: string;
  before(async () => {
    content = await copyFixture("languages");
  });
  after(() => rm(content, { recursive: true, force: true }));

  it("writes <lang>/<collection>/<slug>.md with the translated title and the original's text below a TODO, and it builds", async () => {
    const created = await createTranslation({
      kind: "skill",
      title: "Barrierefreiheit im Web",
      language: "de",
      translates: "web-accessibility",
      contentDir: content,
      today: "2026-07-01",
    });
    assert.equal(created.url, "/de/skills/web-accessibility/");
    const text = await readFile(path.join(content, "de", "skills", "web-accessibility.md"), "utf8");
    assert.match(
      text,
      /^---\ntitle: Barrierefreiheit im Web\nsummary: "TODO: [^"]+"\n#[^\n]*\naliases: \[\]\npublished: 2026-07-01\n---\n\n<!-- TODO: translate the text below/,
    );
    assert.ok(
      text.includes((await readFile(path.join(content, "skills", "web-accessibility.md"), "utf8")).split("---\n")[2]?.trimStart() ?? "(no body)"),
      "the original's text follows",
    );
    const { problems } = await tryBuildModel(content);
    assert.deepEqual(problems.filter(isError), []);
  });

  it("refuses a guide that does not exist, suggesting the one meant", async () => {
    await assert.rejects(
      createTranslation({ kind: "role", title: "X", language: "de", translates: "back-end-develper", contentDir: content }),
      /there is no role "back-end-develper" to translate — did you mean "back-end-developer"\?/,
    );
  });

  it("refuses the site's own language, a tag that is no language, and a translation that exists", async () => {
    await assert.rejects(
      createTranslation({ kind: "role", title: "X", language: "en", translates: "back-end-developer", contentDir: content }),
      /en is the site's own language/,
    );
    await assert.rejects(
      createTranslation({ kind: "role", title: "X", language: "roles", translates: "back-end-developer", contentDir: content }),
      /--lang: found "roles", expected a BCP 47 language tag/,
    );
    await assert.rejects(
      createTranslation({ kind: "role", title: "X", language: "de", translates: "back-end-developer", contentDir: content }),
      /de\/roles\/back-end-developer\.md already exists/,
    );
  });
});
