// A team's own guides with their own site.yaml, kept in a git repository of their own: the site carries their name,
// home text, logo, language, repository and image origins, and summaries written with Markdown never show it raw.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cp, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { buildSite } from "../../src/build/build-site.ts";
import { parseBaseUrl } from "../../src/site/base-url.ts";
import { buildFixture, fixture, runCli, tempDir } from "../support/harness.ts";

/** Every file under a folder, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

describe("a content folder with its own site.yaml and repository", () => {
  let root: string;
  let content: string;
  let output: string;
  const read = (file: string) => readFile(path.join(output, file), "utf8");

  before(async () => {
    root = await tempDir();
    content = path.join(root, "handbook");
    output = path.join(root, "site");
    await cp(fixture("own-site"), content, { recursive: true });
    // The guides' own repository: the content folder is its root, and every file was last committed on 2025-05-06.
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=Acme", "-c", "user.email=docs@example.org", ...args], {
        cwd: content,
        env: { ...process.env, GIT_AUTHOR_DATE: "2025-05-06T10:00:00Z", GIT_COMMITTER_DATE: "2025-05-06T10:00:00Z" },
      });
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "Handbook");
    await buildSite({ contentDir: content, outputDir: output, ...parseBaseUrl("https://handbook.example.org/docs/") });
  });
  after(() => rm(root, { recursive: true, force: true }));

  it("shows the site's name, with its logo, in the header, page titles, the manifest and the icon", async () => {
    const page = await read("roles/platform-engineer/index.html");
    const logo =
      /<a class="site-name site-name--logo" href="[^"]*"><img class="site-logo" src="[^"]*(logo\.[0-9a-f]{10}\.svg)" alt="" width="96" height="32"> Acme Handbook<\/a>/.exec(
        page,
      );
    assert.ok(logo, page.slice(page.indexOf("<header"), page.indexOf("</header>")));
    assert.equal(await read(logo[1] ?? ""), await readFile(path.join(content, "images", "logo.svg"), "utf8"));
    assert.match(page, /<title>Platform engineer · Acme Handbook<\/title>/);
    assert.equal((JSON.parse(await read("manifest.webmanifest")) as { name: string }).name, "Acme Handbook");
    assert.match(await read("icon.svg"), /aria-label="Acme Handbook"/);
    assert.doesNotMatch(page, /Role Guides/);
  });

  it("gives the home page its heading and introduction, which also describe the site", async () => {
    const home = await read("index.html");
    assert.match(home, /<h1>How we work at Acme<\/h1>/);
    assert.match(home, /<p class="lead">Guides to the roles, skills and tools of Acme&#39;s engineering teams\.<\/p>/);
    assert.match(home, /<meta name="description" content="Guides to the roles, skills and tools of Acme&#39;s engineering teams\.">/);
    assert.match(await read("feed.xml"), /<title>Acme Handbook: new and updated guides<\/title>/);
  });

  it("marks every page, the feed and the structured data with the site's language", async () => {
    const page = await read("skills/infrastructure-as-code/index.html");
    assert.match(page, /^<!doctype html>\n<html lang="en-US">/);
    assert.match(page, /<meta property="og:locale" content="en_US">/);
    assert.match(page, /"inLanguage":"en-US"/);
    assert.match(await read("feed.xml"), /xml:lang="en-US"/);
  });

  it("links each guide to its file in the guides' own repository, dated by that repository's history", async () => {
    const page = await read("roles/platform-engineer/index.html");
    assert.match(page, /href="https:\/\/git\.example\.org\/acme\/handbook\/edit\/trunk\/roles\/platform-engineer\.md">Edit this page</);
    assert.match(page, /Last updated <time datetime="2025-05-06">/);
  });

  it("allows images from the origins site.yaml lists, in the page's policy and in _headers", async () => {
    const page = await read("technologies/cors/index.html");
    assert.match(page, /<img src="https:\/\/images\.example\.org\/cors-preflight\.png" alt="How a preflight request flows"/);
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="[^"]*img-src &#39;self&#39; data: https:\/\/images\.example\.org;/);
    assert.match(await read("_headers"), /img-src 'self' data: https:\/\/images\.example\.org;/);
  });

  it("leaves out the share card, which pictures the generator's own name", async () => {
    assert.doesNotMatch(await read("index.html"), /og:image/);
  });

  it("shows a technology without a homepage without an official-site line", async () => {
    assert.doesNotMatch(await read("technologies/cors/index.html"), /Official site/);
    const exported = JSON.parse(await read("technologies/cors.json")) as { technology: { homepage?: string } };
    assert.equal(exported.technology.homepage, undefined);
  });

  it("renders Markdown in summaries on pages and in lists, and reads it as plain words everywhere else", async () => {
    const role = await read("roles/platform-engineer/index.html");
    assert.match(role, /<p class="lead">Builds the <strong>internal platform<\/strong> other teams ship on, from CI to <code>terraform<\/code> modules\.<\/p>/);
    const plain = "Builds the internal platform other teams ship on, from CI to terraform modules.";
    assert.match(role, new RegExp(`<meta name="description" content="${plain}">`));
    assert.match(role, new RegExp(`data-summary="${plain}"`));
    assert.match(await read("roles/index.html"), /<p>Builds the <strong>internal platform<\/strong>/);
    assert.match(await read("technologies/cors/index.html"), /<p class="lead"><em>Cross-Origin Resource Sharing<\/em>: the browser standard/);
    assert.equal((JSON.parse(await read("roles.json")) as { roles: Array<{ summary: string }> }).roles[0]?.summary, plain);
    assert.match(await read("skills/infrastructure-as-code/index.html"), /Also called <span data-pagefind-weight="8">IaC<\/span>/);
    assert.match(await read("feed.xml"), new RegExp(`<summary>${plain}</summary>`));
    for (const file of await filesUnder(output)) {
      if (!/\.(html|json|xml)$/.test(file) || file.startsWith("pagefind")) continue;
      assert.doesNotMatch(await read(file), /\*\*|\*IaC\*|\]\(https:\/\/example\.org\/ci\)|`terraform`/, `${file} shows Markdown as text`);
    }
  });
});

describe("site settings on the command line", () => {
  it("takes the base URL from site.yaml unless --base-url or BASE_URL says otherwise, and --repository none drops the edit links", async () => {
    const root = await tempDir();
    try {
      const fromSettings = await runCli(["build", "--content", fixture("own-site"), "--output", path.join(root, "a")], { env: { BASE_URL: "" } });
      assert.equal(fromSettings.code, 0, fromSettings.stderr);
      const page = await readFile(path.join(root, "a", "roles", "platform-engineer", "index.html"), "utf8");
      assert.match(page, /<link rel="canonical" href="https:\/\/handbook\.example\.org\/docs\/roles\/platform-engineer\/">/);
      const overridden = await runCli(["build", "--content", fixture("own-site"), "--output", path.join(root, "b"), "--repository", "none"], {
        env: { BASE_URL: "https://other.example.org/" },
      });
      assert.equal(overridden.code, 0, overridden.stderr);
      const other = await readFile(path.join(root, "b", "roles", "platform-engineer", "index.html"), "utf8");
      assert.match(other, /<link rel="canonical" href="https:\/\/other\.example\.org\/roles\/platform-engineer\/">/);
      assert.doesNotMatch(other, /Edit this page/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("keeps today's defaults without site.yaml: the generator's name, English as the interface writes it, no edit links", async () => {
    const site = await buildFixture(fixture("check-clean"));
    try {
      const page = await readFile(path.join(site.outputDir, "roles", "back-end-developer", "index.html"), "utf8");
      // The default language is "en", which pages declare as the English their interface is written in.
      assert.match(page, /^<!doctype html>\n<html lang="en-GB">/);
      assert.match(page, /<a class="site-name" href="[^"]*">Role Guides<\/a>/);
      assert.doesNotMatch(page, /Edit this page/);
      assert.match(await readFile(path.join(site.outputDir, "index.html"), "utf8"), /<h1>Find your way into a developer role<\/h1>/);
    } finally {
      await site.cleanup();
    }
  });
});
