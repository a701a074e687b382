// Real builds of tiny fixture sites: pages at the right URLs, cross-links, dates, escaping, swaps and reproducibility.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, rm, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { buildSite } from "../../src/build/build-site.ts";
import { buildFixture, copyFixture, fixture, hashTree, tempDir, type BuiltSite } from "../support/harness.ts";

describe("building the basic fixture", () => {
  let site: BuiltSite;
  const read = (url: string) => readFile(path.join(site.outputDir, url, url.endsWith(".html") ? "" : "index.html"), "utf8");

  before(async () => {
    site = await buildFixture(fixture("basic"));
  });
  after(() => site.cleanup());

  it("writes every page at its URL", () => {
    for (const url of [
      "index.html",
      "404.html",
      "roles/index.html",
      "skills/index.html",
      "technologies/index.html",
      "roles/back-end-developer/index.html",
      "roles/front-end-developer/index.html",
      "skills/sql/index.html",
      "skills/query-plan-analysis/index.html",
      "skills/web-accessibility/index.html",
      "technologies/postgresql/index.html",
      "technologies/javascript/index.html",
    ]) {
      assert.ok(existsSync(path.join(site.outputDir, url)), `${url} is missing`);
    }
    assert.deepEqual(
      { roles: site.report.roles, skills: site.report.skills, technologies: site.report.technologies },
      { roles: 2, skills: 3, technologies: 2 },
    );
  });

  it("links a role to its skills by importance, its technologies and the roles it works with", async () => {
    const page = await read("roles/back-end-developer/");
    const required = /<section class="importance importance--required"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
    assert.match(required, /<a href="\/skills\/sql\/">SQL<\/a>/);
    assert.match(required, /<a href="\/skills\/query-plan-analysis\/">Query-plan analysis<\/a>/);
    const recommended = /<section class="importance importance--recommended"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
    assert.match(recommended, /<a href="\/skills\/web-accessibility\/">Web accessibility<\/a>/);
    assert.match(page, /<a href="\/technologies\/postgresql\/">PostgreSQL<\/a>/);
    assert.match(page, /<a href="\/roles\/front-end-developer\/">Front-end developer<\/a>/);
  });

  it("shows on a skill page which roles need it and how much", async () => {
    const page = await read("skills/sql/");
    assert.match(page, /<dt>Required<\/dt><dd><ul class="tag-list"[^>]*><li><a href="\/roles\/back-end-developer\/">Back-end developer<\/a>/);
    assert.match(page, /<dt>Nice to have<\/dt><dd><ul class="tag-list"[^>]*><li><a href="\/roles\/front-end-developer\/">Front-end developer<\/a>/);
    assert.match(page, /<a href="\/technologies\/postgresql\/">PostgreSQL<\/a>/);
  });

  it("shows on a technology page the roles that use it and the skills it serves, from both directions", async () => {
    const page = await read("technologies/postgresql/");
    assert.match(page, /<a href="\/roles\/back-end-developer\/">Back-end developer<\/a>/);
    // sql lists postgresql itself; query-plan-analysis names postgresql only from the skill's side.
    assert.match(page, /<a href="\/skills\/query-plan-analysis\/">Query-plan analysis<\/a>/);
    assert.match(page, /<a href="\/skills\/sql\/">SQL<\/a>/);
  });

  it("formats dates with luxon in time elements", async () => {
    const page = await read("roles/back-end-developer/");
    assert.match(page, /Published <time datetime="2026-03-01">1 March 2026<\/time> · Updated <time datetime="2026-06-15">15 June 2026<\/time>/);
  });

  it("groups skills by category and technologies by kind", async () => {
    const skills = await read("skills/");
    assert.match(skills, /<h2 id="data-and-databases">Data and databases <span class="count">\(2\)<\/span><\/h2>/);
    assert.match(skills, /<h2 id="web-platform">Web platform <span class="count">\(1\)<\/span><\/h2>/);
    const technologies = await read("technologies/");
    assert.match(technologies, /<h2 id="database">Databases/);
    assert.match(technologies, /<h2 id="language">Languages/);
  });

  it("lists every role on the home page", async () => {
    const home = await read("index.html");
    assert.match(home, /<a href="\/roles\/back-end-developer\/">Back-end developer<\/a>/);
    assert.match(home, /<a href="\/roles\/front-end-developer\/">Front-end developer<\/a>/);
  });

  it("writes a search index of the guide pages only", async () => {
    const entry = JSON.parse(await readFile(path.join(site.outputDir, "pagefind", "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    assert.equal(entry.languages.en?.page_count, 7);
  });
});

describe("escaping hostile content", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture(fixture("hostile"));
  });
  after(() => site.cleanup());

  it("renders markup written as text (entities) in titles, summaries, aliases and URLs as text", async () => {
    const page = await readFile(path.join(site.outputDir, "technologies/javascript/index.html"), "utf8");
    assert.match(page, /<h1 data-pagefind-weight="10">&lt;img src=x onerror=alert\(1\)&gt; Script&quot;Kiddie<\/h1>/);
    assert.match(page, /A summary with &lt;script&gt;alert\(&#39;summary&#39;\)&lt;\/script&gt; in it &amp; an ampersand./);
    assert.match(page, /&lt;b&gt;JS&lt;\/b&gt;/);
    assert.match(page, /href="https:\/\/example.org\/\?a=1&amp;b=&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
    assert.doesNotMatch(page, /<img src=x/);
    assert.doesNotMatch(page, /<script>alert/);
  });

  it("strips every attribute that could run code or restyle the page from allowed HTML, and refuses script URLs", async () => {
    const page = await readFile(path.join(site.outputDir, "technologies/javascript/index.html"), "utf8");
    assert.match(page, /Allowed HTML loses what could run: <kbd>Ctrl<\/kbd>, <abbr title="HyperText Markup Language">HTML<\/abbr> and <sup>1<\/sup>\./);
    assert.doesNotMatch(page, /onclick|onmouseover|color:red|class="skip-link">1/);
    assert.match(page, /\[bad link\]\(javascript:alert\(3\)\)/);
    assert.doesNotMatch(page, /href="javascript:/);
    assert.doesNotMatch(page, /href="data:/);
  });

  it("never runs a template language over Markdown", async () => {
    const page = await readFile(path.join(site.outputDir, "technologies/javascript/index.html"), "utf8");
    assert.match(page, /\{\{ 7 \* 7 \}\}/);
    assert.match(page, /\{% raw %\}liquid\{% endraw %\}/);
    assert.doesNotMatch(page, />49</);
  });

  it("escapes hostile titles wherever they are listed", async () => {
    const list = await readFile(path.join(site.outputDir, "technologies/index.html"), "utf8");
    assert.match(list, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.doesNotMatch(list, /<img src=x/);
  });
});

describe("the output folder", () => {
  it("is replaced whole, so pages of deleted guides do not linger", async () => {
    const content = await copyFixture("basic");
    const root = await tempDir();
    const outputDir = path.join(root, "site");
    const extra = path.join(content, "skills/extra-skill.md");
    try {
      await writeFile(extra, (await readFile(path.join(content, "skills/sql.md"), "utf8")).replace("title: SQL", "title: Extra skill"));
      await buildSite({ contentDir: content, outputDir, pathPrefix: "/" });
      assert.ok(existsSync(path.join(outputDir, "skills/extra-skill/index.html")));
      await rm(extra);
      await buildSite({ contentDir: content, outputDir, pathPrefix: "/" });
      assert.ok(!existsSync(path.join(outputDir, "skills/extra-skill/index.html")), "the deleted guide's page lingers");
      assert.ok(existsSync(path.join(outputDir, "skills/sql/index.html")));
    } finally {
      await rm(content, { recursive: true, force: true });
      await rm(root, { recursive: true, force: true });
    }
  });

  it("leaves no staging folders behind after a failed build", async () => {
    const root = await tempDir();
    try {
      await mkdir(path.join(root, "content"));
      await assert.rejects(buildSite({ contentDir: path.join(root, "content"), outputDir: path.join(root, "site"), pathPrefix: "/" }));
      const { readdir } = await import("node:fs/promises");
      assert.deepEqual(await readdir(root), ["content"]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("is byte-for-byte the same when the same content is built twice", async () => {
    const first = await buildFixture(fixture("basic"));
    const second = await buildFixture(fixture("basic"));
    try {
      assert.deepEqual(await hashTree(second.outputDir), await hashTree(first.outputDir));
    } finally {
      await first.cleanup();
      await second.cleanup();
    }
  });
});
