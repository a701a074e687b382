// The review cycle in a real build of the reviews fixture: the warning naming stale guides, the "Checked on" date and
// sources on guide pages, and the review fields in the JSON exports and the feed.
import assert from "node:assert/strict";
import { appendFile, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { copyFixture, fixture, runCli, tempDir } from "../support/harness.ts";

describe("building a site with fresh, stale and unreviewed guides", () => {
  let root: string;
  let output: string;
  let result: { code: number; stdout: string; stderr: string };
  const read = (file: string) => readFile(path.join(output, file), "utf8");

  before(async () => {
    root = await tempDir();
    output = path.join(root, "site");
    result = await runCli(["build", "--content", fixture("reviews"), "--output", output, "--base-url", "https://guides.example.org/"]);
  });
  after(() => rm(root, { recursive: true, force: true }));

  it("builds, and warns about the guides whose review is older than site.yaml's period, oldest first", () => {
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stderr,
      /Warning: 2 guides are due for review \(last checked more than 10 years ago\), oldest first:\n {2}roles\/back-end-developer\.md: reviewed 2012-03-01, due since 2022-03-01\n {2}technologies\/javascript\.md: reviewed 2015-06-01, due since 2025-06-01\n/,
    );
    assert.match(result.stderr, /npm run report lists them all/);
    // Fresh guides and the guide with no date (optional in this fixture) are not named.
    assert.doesNotMatch(result.stderr, /front-end-developer|sql\.md|postgresql|web-accessibility/);
    assert.match(result.stdout, /^Built \d+ pages/m);
  });

  it("shows the check date beside the other dates, and the reviewer's sources at the end of the guide", async () => {
    const sql = await read("skills/sql/index.html");
    assert.match(
      sql,
      /<p class="guide-dates">Published <time datetime="2026-01-10">10 January 2026<\/time> · Checked on <time datetime="2026-11-30">30 November 2026<\/time><\/p>/,
    );
    const sources = /<footer class="guide-sources"[\s\S]*?<\/footer>/.exec(sql)?.[0] ?? "";
    assert.match(sources, /Facts checked on <time datetime="2026-11-30">30 November 2026<\/time> against these sources:/);
    assert.match(
      sources,
      /<li><a href="https:\/\/www\.postgresql\.org\/docs\/current\/sql-select\.html" rel="external">PostgreSQL documentation on SELECT<\/a><\/li><li><a href="https:\/\/www\.sqlite\.org\/lang_select\.html" rel="external">SQLite query language<\/a><\/li>/,
    );
    const role = await read("roles/back-end-developer/index.html");
    assert.match(role, /Checked on <time datetime="2012-03-01">1 March 2012<\/time><\/p>/);
    assert.doesNotMatch(role, /guide-sources/, "no sources, no source list");
    const unreviewed = await read("skills/web-accessibility/index.html");
    assert.doesNotMatch(unreviewed, /Checked on|guide-sources/);
  });

  it("exports the check date and sources with each guide", async () => {
    const skills = JSON.parse(await read("skills.json")) as { skills: Array<{ slug: string; reviewed?: string; sources: unknown[] }> };
    const sql = skills.skills.find((skill) => skill.slug === "sql");
    assert.equal(sql?.reviewed, "2026-11-30");
    assert.deepEqual(sql?.sources, [
      { title: "PostgreSQL documentation on SELECT", url: "https://www.postgresql.org/docs/current/sql-select.html" },
      { title: "SQLite query language", url: "https://www.sqlite.org/lang_select.html" },
    ]);
    const accessibility = skills.skills.find((skill) => skill.slug === "web-accessibility");
    assert.equal(accessibility && "reviewed" in accessibility, false);
    assert.deepEqual(accessibility?.sources, []);
    const own = JSON.parse(await read("technologies/javascript.json")) as { technology: { reviewed?: string } };
    assert.equal(own.technology.reviewed, "2015-06-01");
  });

  it("puts the check date and sources after each guide's text in the feed", async () => {
    const feed = await read("feed.xml");
    const entry = (slug: string) => new RegExp(`<entry>\\s*<id>https://guides\\.example\\.org/[a-z]+/${slug}/</id>[\\s\\S]*?</entry>`).exec(feed)?.[0] ?? "";
    assert.match(entry("sql"), /Facts checked on &lt;time datetime=&quot;2026-11-30&quot;&gt;30 November 2026&lt;\/time&gt; against these sources:/);
    assert.match(entry("sql"), /https:\/\/www\.sqlite\.org\/lang_select\.html/);
    assert.match(entry("back-end-developer"), /&lt;p&gt;Checked on &lt;time datetime=&quot;2012-03-01&quot;&gt;1 March 2012&lt;\/time&gt;\.&lt;\/p&gt;/);
    assert.doesNotMatch(entry("web-accessibility"), /Checked on/);
  });

  it("refuses to build, naming each guide without a date, when site.yaml requires reviews", async () => {
    const content = await copyFixture("reviews");
    await appendFile(path.join(content, "site.yaml"), "  requireReviewed: true\n");
    const required = await runCli(["build", "--content", content, "--output", path.join(root, "required")]);
    await rm(content, { recursive: true, force: true });
    assert.equal(required.code, 1);
    assert.match(required.stderr, /skills\/web-accessibility\.md:7 reviewed: missing field: site\.yaml sets review\.requireReviewed/);
    assert.match(required.stderr, /Nothing was written/);
  });
});
