// Rendering bodies against each other with the dev server's cache: a body is rendered again when a guide it links to
// changes under it, even though its own file did not change.
import assert from "node:assert/strict";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { ContentCache } from "../../src/content/cache.ts";
import { tryBuildModel } from "../../src/content/index.ts";
import { copyFixture } from "../support/harness.ts";

describe("bodies that link to each other, in the dev loop", () => {
  let contentDir: string;
  before(async () => (contentDir = await copyFixture("markdown-from-elsewhere")));
  after(() => rm(contentDir, { recursive: true, force: true }));

  it("gives the same bodies when nothing changed, and reports a link whose heading went away in an unchanged file", async () => {
    const cache = new ContentCache();
    const first = await tryBuildModel(contentDir, { cache });
    const again = await tryBuildModel(contentDir, { cache });
    const body = (model: typeof first.model, slug: string) => model?.roles.find((role) => role.slug === slug)?.body.toString();
    assert.ok(first.model && again.model, first.problems.map((problem) => problem.message).join("\n"));
    assert.match(body(first.model, "back-end-developer") ?? "", /href="\/skills\/http-caching\/#stale-while-revalidate"/);
    assert.equal(body(again.model, "back-end-developer"), body(first.model, "back-end-developer"));

    const caching = path.join(contentDir, "skills", "http-caching.md");
    await writeFile(caching, (await readFile(caching, "utf8")).replace('<a name="swr"></a>\n\n## Stale while revalidate', "## Serving stale copies"));
    const afterEdit = await tryBuildModel(contentDir, { cache });
    const backEnd = afterEdit.problems.filter((problem) => problem.file.endsWith("roles/back-end-developer.md") && problem.message.startsWith("link to"));
    assert.deepEqual(backEnd.map((problem) => [problem.line, problem.message]), [[18, 'link to ../skills/http-caching.md#swr: skills/http-caching.md has no heading with the id "swr"']]);
  });
});
