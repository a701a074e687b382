// The guide footer: "Last updated" from git history (or the front matter without it) and "Edit this page".
import assert from "node:assert/strict";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { buildSite } from "../../src/build/build-site.ts";
import { buildFixture, fixture, hashTree, tempDir, type BuiltSite } from "../support/harness.ts";
import { commitAll, git } from "../content/git-history.ts";

const repository = { url: "https://github.com/acme/guides", branch: "main", contentPath: "content" };
const footerOf = (page: string) => /<footer class="site-footer">[\s\S]*?<\/footer>/.exec(page)?.[0] ?? "";

describe("the guide footer", () => {
  let root: string;
  let content: string;
  const build = async (name: string, options: { repository?: typeof repository } = {}) => {
    const outputDir = path.join(root, name);
    await buildSite({ contentDir: content, outputDir, pathPrefix: "/", ...options });
    return outputDir;
  };
  const read = (site: string, url: string) => readFile(path.join(site, url, "index.html"), "utf8");

  before(async () => {
    root = await tempDir();
    content = path.join(root, "repo", "content");
    await mkdir(content, { recursive: true });
    await cp(fixture("check-clean"), content, { recursive: true });
    await git(path.join(root, "repo"), ["init", "-q"]);
    await commitAll(path.join(root, "repo"), "Add the guides", "2026-05-20");
    const file = path.join(content, "skills", "sql.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("Answer real questions", "Answer real, messy questions"));
    await commitAll(path.join(root, "repo"), "Improve the SQL guide", "2026-08-01");
  });
  after(() => rm(root, { recursive: true, force: true }));

  it("dates each guide by its last commit and links to its source", async () => {
    const site = await build("with-repository", { repository });
    const sql = footerOf(await read(site, "skills/sql"));
    assert.match(sql, /Last updated <time datetime="2026-08-01">1 August 2026<\/time>/);
    assert.match(sql, /<a class="page-source__edit" href="https:\/\/github\.com\/acme\/guides\/edit\/main\/content\/skills\/sql\.md">Edit this page<\/a>/);
    assert.match(footerOf(await read(site, "roles/back-end-developer")), /Last updated <time datetime="2026-05-20">20 May 2026<\/time>/);
  });

  it("shows no edit link without a repository, and no guide facts on pages that are not guides", async () => {
    const site = await build("without-repository");
    assert.doesNotMatch(footerOf(await read(site, "skills/sql")), /Edit this page/);
    assert.match(footerOf(await read(site, "skills/sql")), /Last updated/);
    assert.doesNotMatch(footerOf(await readFile(path.join(site, "index.html"), "utf8")), /Last updated|Edit this page/);
  });

  it("renders the same checkout's pages byte for byte the same twice", async () => {
    const pages = async (site: string) => new Map([...(await hashTree(site))].filter(([file]) => file.endsWith(".html")));
    const first = await pages(await build("first", { repository }));
    assert.ok(first.size > 6);
    assert.deepEqual(await pages(await build("second", { repository })), first);
  });

  describe("without git history", () => {
    let site: BuiltSite;
    before(async () => {
      const plain = path.join(root, "plain");
      await cp(fixture("check-clean"), plain, { recursive: true });
      site = await buildFixture(plain);
    });
    after(() => site.cleanup());

    it("falls back to the front-matter date", async () => {
      // check-clean's SQL guide: published 2026-01-10, no updated.
      assert.match(footerOf(await read(site.outputDir, "skills/sql")), /Last updated <time datetime="2026-01-10">10 January 2026<\/time>/);
    });
  });
});
