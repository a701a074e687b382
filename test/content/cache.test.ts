// The dev server's content cache: unchanged files are not parsed or rendered again; changed and deleted ones are.
import assert from "node:assert/strict";
import { readFile, rm, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { ContentCache } from "../../src/content/cache.ts";
import { tryBuildModel } from "../../src/content/index.ts";
import { loadContent, type RawEntry } from "../../src/content/load.ts";
import { parseBody } from "../../src/content/render.ts";
import { copyFixture } from "../support/harness.ts";

describe("ContentCache", () => {
  let contentDir: string;
  before(async () => (contentDir = await copyFixture("basic")));
  after(async () => rm(contentDir, { recursive: true, force: true }));

  const bySlug = (entries: RawEntry[]) => new Map(entries.map((entry) => [`${entry.collection}/${entry.slug}`, entry]));

  it("hands back the same parsed entry and rendered body for a file whose bytes did not change, and parses a changed file again", async () => {
    const cache = new ContentCache();
    const first = bySlug((await loadContent(contentDir, cache)).entries);
    const sqlFile = path.join(contentDir, "skills", "sql.md");
    await writeFile(sqlFile, `${await readFile(sqlFile, "utf8")}\nOne more line.\n`);
    const second = bySlug((await loadContent(contentDir, cache)).entries);
    assert.equal(second.get("roles/back-end-developer"), first.get("roles/back-end-developer"));
    assert.notEqual(second.get("skills/sql"), first.get("skills/sql"));
    assert.match(second.get("skills/sql")?.body ?? "", /One more line\./);

    const role = second.get("roles/back-end-developer");
    assert.ok(role);
    const parse = () => parseBody(role.body);
    assert.equal(cache.parsedBody(role, parse), cache.parsedBody(role, parse), "a body is parsed once per version of its file");
    let renders = 0;
    const render = () => ({ html: String(++renders), headings: [], wordCount: 0, problems: [], images: [] });
    assert.equal(cache.renderedBody(role, "links lead here", render).html, "1");
    assert.equal(cache.renderedBody(role, "links lead here", render).html, "1", "a body is rendered once while what it depends on stays the same");
    assert.equal(cache.renderedBody(role, "a linked heading changed", render).html, "2", "a body is rendered again when what it depends on changed");
  });

  it("gives the same model as a build without a cache, and reports a file deleted since the last call", async () => {
    const cache = new ContentCache();
    const cached = await tryBuildModel(contentDir, { cache });
    const plain = await tryBuildModel(contentDir);
    assert.deepEqual(JSON.parse(JSON.stringify(cached.model)), JSON.parse(JSON.stringify(plain.model)));
    await unlink(path.join(contentDir, "skills", "web-accessibility.md"));
    const afterDelete = await tryBuildModel(contentDir, { cache });
    assert.equal(afterDelete.model, undefined);
    assert.ok(afterDelete.problems.some((problem) => /unknown skill "web-accessibility"/.test(problem.message)), afterDelete.problems.map((problem) => problem.message).join("; "));
  });
});
