// Discovery outputs of a build with a public address: sitemap, Atom feed, robots.txt, head meta, structured data and
// the share image; and what a build without one leaves out.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { buildModel } from "../../src/content/index.ts";
import type { SiteModel } from "../../src/content/model.ts";
import { projectRoot } from "../../src/lib/project-paths.ts";
import { buildFixture, type BuiltSite } from "../support/harness.ts";
import { useBuiltSite } from "../support/site-under-test.ts";
import { childrenNamed, deployFixture, parseXml, publicBaseUrl, type XmlElement } from "./support.ts";

const atom = "http://www.w3.org/2005/Atom";
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function only(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  assert.equal(found.length, 1, `<${element.name}> must have exactly one <${name}>, has ${found.length}`);
  return found[0]!;
}

function assertAbsoluteIri(value: string, where: string): void {
  assert.doesNotThrow(() => new URL(value), `${where}: "${value}" is not an absolute IRI`);
}

/** The JSON-LD blocks of a page, parsed. */
function structuredData(page: string): Array<Record<string, unknown>> {
  return [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? "null") as Record<string, unknown>,
  );
}

describe("discovery files of a build with a public address", () => {
  const site = useBuiltSite(deployFixture, { baseUrl: publicBaseUrl, browser: true });
  let model: SiteModel;
  let page: Page;
  const read = (file: string) => readFile(path.join(site.outputDir, file), "utf8");

  before(async () => {
    model = await buildModel(deployFixture);
    page = await site.browser.newPage();
  });

  it("lists every page but the 404 page in the sitemap, with absolute URLs and each guide's last change", async () => {
    const urlset = await parseXml(page, await read("sitemap.xml"));
    assert.equal(urlset.name, "urlset");
    assert.equal(urlset.namespace, "http://www.sitemaps.org/schemas/sitemap/0.9");
    const entries = childrenNamed(urlset, "url").map((url) => ({ loc: only(url, "loc").text, lastmod: only(url, "lastmod").text }));
    const htmlFiles = (await readdir(site.outputDir, { recursive: true })).filter((file) => file.endsWith(".html") && file !== "404.html");
    const expected = htmlFiles
      .map(
        (file) =>
          publicBaseUrl +
          file
            .split(path.sep)
            .join("/")
            .replace(/(^|\/)index\.html$/, "$1"),
      )
      .sort();
    assert.deepEqual(
      entries.map((entry) => entry.loc),
      expected,
    );
    for (const entry of entries) assert.match(entry.lastmod, /^\d{4}-\d{2}-\d{2}$/);
    const sql = entries.find((entry) => entry.loc === `${publicBaseUrl}skills/sql/`);
    assert.equal(sql?.lastmod, model.skills.find((skill) => skill.slug === "sql")?.lastModified);
    assert.equal(entries.find((entry) => entry.loc === publicBaseUrl)?.lastmod, model.lastModified);
  });

  it("names the sitemap in robots.txt by its absolute URL under the sub-path", async () => {
    const robots = await read("robots.txt");
    assert.match(robots, /^User-agent: \*$/m);
    assert.match(robots, new RegExp(`^Sitemap: ${publicBaseUrl}sitemap\\.xml$`, "m"));
  });

  it("writes an Atom feed with every element RFC 4287 requires", async () => {
    const feed = await parseXml(page, await read("feed.xml"));
    assert.equal(feed.name, "feed");
    assert.equal(feed.namespace, atom);
    assertAbsoluteIri(only(feed, "id").text, "feed id");
    assert.ok(only(feed, "title").text.length > 0);
    assert.match(only(feed, "updated").text, rfc3339);
    const self = childrenNamed(feed, "link").find((link) => link.attributes.rel === "self");
    assert.equal(self?.attributes.href, `${publicBaseUrl}feed.xml`);
    const feedHasAuthor = childrenNamed(feed, "author").some((author) => only(author, "name").text.length > 0);
    const entries = childrenNamed(feed, "entry");
    assert.equal(entries.length, model.roles.length + model.skills.length + model.technologies.length);
    for (const entry of entries) {
      const id = only(entry, "id").text;
      assertAbsoluteIri(id, "entry id");
      assert.ok(only(entry, "title").text.length > 0, `${id} has an empty title`);
      assert.match(only(entry, "updated").text, rfc3339);
      const alternate = childrenNamed(entry, "link").find((link) => (link.attributes.rel ?? "alternate") === "alternate");
      assert.ok(alternate?.attributes.href?.startsWith(publicBaseUrl), `${id} has no alternate link under the site`);
      assert.ok(feedHasAuthor || childrenNamed(entry, "author").length > 0, `${id} has no author, nor has the feed`);
      assert.ok(only(entry, "updated").text <= only(feed, "updated").text, `${id} is newer than the feed`);
    }
    assert.equal(new Set(entries.map((entry) => only(entry, "id").text)).size, entries.length, "entry ids repeat");
  });

  it("dates the feed by the newest guide, not by the build, and lists the most recently changed first", async () => {
    const feed = await parseXml(page, await read("feed.xml"));
    assert.equal(only(feed, "updated").text, `${model.lastModified}T00:00:00Z`);
    const updated = childrenNamed(feed, "entry").map((entry) => only(entry, "updated").text);
    assert.deepEqual(updated, [...updated].sort().reverse());
  });

  it("makes the links inside feed entries absolute, fragments included", async () => {
    const feed = await parseXml(page, await read("feed.xml"));
    const entry = childrenNamed(feed, "entry").find((candidate) => only(candidate, "id").text.endsWith("/roles/front-end-developer/"));
    const content = only(entry!, "content");
    assert.equal(content.attributes.type, "html");
    assert.match(content.text, new RegExp(`href="${publicBaseUrl}roles/front-end-developer/#a-day-in-the-work"`));
    assert.match(content.text, new RegExp(`href="${publicBaseUrl}skills/sql/#what-it-is"`));
    assert.match(content.text, /href="https:\/\/developer\.mozilla\.org\/"/);
    assert.doesNotMatch(content.text, /href="\//);
  });

  it("gives a guide page its canonical URL, share card and feed link", async () => {
    const role = await read("roles/back-end-developer/index.html");
    const url = `${publicBaseUrl}roles/back-end-developer/`;
    assert.match(role, new RegExp(`<link rel="canonical" href="${url}">`));
    assert.match(role, new RegExp(`<meta property="og:url" content="${url}">`));
    assert.match(role, /<meta property="og:type" content="article">/);
    assert.match(role, /<meta property="og:title" content="Back-end developer">/);
    assert.match(role, new RegExp(`<meta property="og:image" content="${publicBaseUrl}share\\.png">`));
    assert.match(role, /<meta property="og:image:width" content="1200">/);
    assert.match(role, /<meta property="og:image:height" content="630">/);
    assert.match(role, /<meta name="twitter:card" content="summary_large_image">/);
    assert.match(role, /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/guides\/feed\.xml">/);
  });

  it("marks the 404 page noindex, without a canonical URL", async () => {
    const notFound = await read("404.html");
    assert.match(notFound, /<meta name="robots" content="noindex">/);
    assert.doesNotMatch(notFound, /rel="canonical"/);
  });

  it("describes a role as a schema.org Occupation with its skills as defined terms", async () => {
    const [data] = structuredData(await read("roles/back-end-developer/index.html"));
    assert.equal(data?.["@context"], "https://schema.org");
    assert.equal(data?.["@type"], "WebPage");
    assert.equal(data?.dateModified, "2026-06-15");
    const occupation = data?.mainEntity as {
      "@type": string;
      name: string;
      description: string;
      skills: Array<{ "@type": string; name: string; url: string }>;
    };
    assert.equal(occupation["@type"], "Occupation");
    assert.equal(occupation.name, "Back-end developer");
    assert.deepEqual(
      occupation.skills.map((skill) => [skill["@type"], skill.name, skill.url]),
      [
        ["DefinedTerm", "SQL", `${publicBaseUrl}skills/sql/`],
        ["DefinedTerm", "Query-plan analysis", `${publicBaseUrl}skills/query-plan-analysis/`],
        ["DefinedTerm", "Web accessibility", `${publicBaseUrl}skills/web-accessibility/`],
      ],
    );
  });

  it("describes skills and technologies as defined terms in their sets", async () => {
    const [skill] = structuredData(await read("skills/sql/index.html"));
    const term = skill?.mainEntity as { "@type": string; name: string; termCode: string; inDefinedTermSet: { "@type": string; url: string } };
    assert.deepEqual([term["@type"], term.name, term.termCode], ["DefinedTerm", "SQL", "sql"]);
    assert.deepEqual([term.inDefinedTermSet["@type"], term.inDefinedTermSet.url], ["DefinedTermSet", `${publicBaseUrl}skills/`]);
    const [technology] = structuredData(await read("technologies/postgresql/index.html"));
    const tech = technology?.mainEntity as { "@type": string; sameAs: string; inDefinedTermSet: { url: string } };
    assert.deepEqual([tech["@type"], tech.sameAs, tech.inDefinedTermSet.url], ["DefinedTerm", "https://www.postgresql.org/", `${publicBaseUrl}technologies/`]);
    const [set] = structuredData(await read("skills/index.html"));
    assert.equal(set?.["@type"], "DefinedTermSet");
    assert.equal((set?.hasDefinedTerm as unknown[]).length, model.skills.length);
  });

  it("keeps markup in content inert inside JSON-LD while the data reads back unchanged", async () => {
    const html = await read("roles/front-end-developer/index.html");
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    assert.doesNotMatch(block, /<|>/);
    const [data] = structuredData(html);
    assert.equal(data?.description, model.roles.find((role) => role.slug === "front-end-developer")?.summary);
    assert.match(String(data?.description), /<\/script><script>alert\(1\)<\/script> <!-- &/);
  });

  it("publishes the designed 1200 × 630 share image", async () => {
    const image = await readFile(path.join(site.outputDir, "share.png"));
    assert.deepEqual(image.subarray(0, 8), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    assert.deepEqual([image.readUInt32BE(16), image.readUInt32BE(20)], [1200, 630]);
    assert.deepEqual(image, await readFile(path.join(projectRoot, "src", "assets", "share.png")));
  });
});

describe("a build without a public address", () => {
  let site: BuiltSite;
  const printed: string[] = [];

  before(async () => {
    const log = console.log;
    console.log = (...args: unknown[]) => void printed.push(args.join(" "));
    try {
      site = await buildFixture(deployFixture, { baseUrl: "/guides/" });
    } finally {
      console.log = log;
    }
  });
  after(() => site?.cleanup());
  const read = (file: string) => readFile(path.join(site.outputDir, file), "utf8");

  it("leaves out the sitemap and feed, which need absolute URLs, and says so in one line", () => {
    assert.ok(!existsSync(path.join(site.outputDir, "sitemap.xml")));
    assert.ok(!existsSync(path.join(site.outputDir, "feed.xml")));
    const notes = printed.filter((line) => line.includes("--base-url"));
    assert.equal(notes.length, 1);
    assert.match(notes[0]!, /sitemap\.xml, feed\.xml, canonical/);
  });

  it("leaves out canonical and share URLs, and the feed link, but keeps the share text", async () => {
    const role = await read("roles/back-end-developer/index.html");
    assert.doesNotMatch(role, /rel="canonical"|og:url|og:image|twitter:image|application\/atom\+xml/);
    assert.match(role, /<meta property="og:title" content="Back-end developer">/);
    assert.match(role, /<meta name="twitter:card" content="summary">/);
  });

  it("writes robots.txt without a Sitemap line", async () => {
    assert.doesNotMatch(await read("robots.txt"), /Sitemap/);
  });

  it("puts structured data URLs under the path prefix", async () => {
    const [data] = structuredData(await read("roles/back-end-developer/index.html"));
    assert.equal(data?.url, "/guides/roles/back-end-developer/");
  });
});
