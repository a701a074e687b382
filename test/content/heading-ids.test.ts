// Heading ids from guides never collide with the ids of the page around them, stay stable, and `npm run check` links
// to them by the same ids the site gives them.
import assert from "node:assert/strict";
import { appendFile, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { isReservedId, uniqueHeadingIds } from "../../src/content/heading-ids.ts";
import { buildFixture, copyFixture, runCli, type BuiltSite } from "../support/harness.ts";

describe("unique heading ids", () => {
  it("moves a slug the page reserves out of the way, and numbers repeats as markdown-it-anchor does", () => {
    assert.deepEqual(
      uniqueHeadingIds(["what-it-is", "main", "main", "has-sql", "site-search-input", "what-it-is", "section-main", "what-it-is-1"]),
      ["what-it-is", "section-main", "section-main-1", "section-has-sql", "section-site-search-input", "what-it-is-1", "section-main-2", "what-it-is-1-1"],
    );
  });

  it("keeps every id that collides with nothing as it was", () => {
    const slugs = ["what-the-role-is", "a-week-in-the-work", "learn-more", "main-ideas", "skills"];
    assert.deepEqual(uniqueHeadingIds(slugs), slugs);
  });
});

describe("heading ids on built guide pages", () => {
  let contentDir: string;
  let site: BuiltSite;
  const pages = ["roles/back-end-developer/index.html", "skills/sql/index.html", "technologies/postgresql/index.html"];
  const read = (page: string) => readFile(path.join(site.outputDir, page), "utf8");
  const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1] ?? "");
  /** The guide's own body on a page, as the layouts place it. */
  const body = (html: string) => html.slice(html.indexOf('<div class="prose">'), html.indexOf("\n  </div>\n", html.indexOf('<div class="prose">')));

  before(async () => {
    contentDir = await copyFixture("basic");
    const headings = "\n## Main\n\nText.\n\n## Site search input\n\nText.\n\n## Skills heading\n\nText.\n\n## Has SQL\n\nText.\n\n## Used by heading\n\nText.\n\n## Needed by heading\n\nLinks to [the first](#section-main) and [SQL's](/skills/sql/#section-has-sql).\n";
    for (const file of ["roles/back-end-developer.md", "skills/sql.md", "technologies/postgresql.md"]) await appendFile(path.join(contentDir, file), headings);
    site = await buildFixture(contentDir);
  });
  after(async () => {
    await site?.cleanup();
    await rm(contentDir, { recursive: true, force: true });
  });

  it("gives no two elements of a page the same id", async () => {
    for (const page of pages) {
      const all = ids(await read(page));
      const repeated = all.filter((id, index) => all.indexOf(id) !== index);
      assert.deepEqual(repeated, [], `${page} repeats ids`);
    }
  });

  it("gives a heading that names a page id the prefix section-", async () => {
    const role = body(await read("roles/back-end-developer/index.html"));
    for (const id of ["section-main", "section-site-search-input", "section-skills-heading", "section-has-sql", "section-used-by-heading", "section-needed-by-heading"]) {
      assert.match(role, new RegExp(`<h2 id="${id}">`), id);
    }
    assert.match(role, /<h2 id="what-the-role-is">/, "other headings keep their ids");
  });

  it("reserves every id the layouts give a guide page's own elements", async () => {
    for (const page of pages) {
      const html = await read(page);
      const own = new Set(ids(body(html)));
      const unreserved = ids(html).filter((id) => !own.has(id) && !isReservedId(id));
      assert.deepEqual(unreserved, [], `${page}: add these to reservedPageIds in src/content/heading-ids.ts`);
    }
  });

  it("lets npm run check find the headings by the same ids", async () => {
    const result = await runCli(["check", "--content", contentDir]);
    const output = `${result.stdout}${result.stderr}`;
    assert.doesNotMatch(output, /section-main|section-has-sql/, output);
    assert.match(output, /0 errors/, output);
  });
});
