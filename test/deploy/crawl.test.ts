// A site built for https://example.org/guides/ and served under /guides/, as GitHub Pages serves a project site:
// every link and asset of every page, sitemap, feed and export resolves, and search and offline support work there.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { watchForErrors } from "../support/harness.ts";
import { useBuiltSite } from "../support/site-under-test.ts";
import { deployFixture, pathPrefix, publicBaseUrl } from "./support.ts";

/** One fetched URL: its status, and the page or file that linked to it. */
interface Visit {
  url: string;
  status: number;
  from: string;
}

const entities: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&#39;": "'", "&lt;": "<", "&gt;": ">" };
const decode = (text: string) => text.replace(/&(amp|quot|#39|lt|gt);/g, (entity) => entities[entity] ?? entity);

/** Every URL an HTML document refers to: attributes, share-card meta, and URLs inside its JSON-LD. */
function htmlReferences(markup: string): string[] {
  const found: string[] = [];
  for (const match of markup.matchAll(/\s(?:href|src|action|poster)="([^"]*)"/g)) found.push(decode(match[1] ?? ""));
  for (const match of markup.matchAll(/\ssrcset="([^"]*)"/g))
    found.push(
      ...decode(match[1] ?? "")
        .split(",")
        .map((part) => part.trim().split(/\s+/)[0] ?? ""),
    );
  for (const match of markup.matchAll(/<meta (?:property|name)="(?:og:url|og:image|twitter:image)" content="([^"]*)"/g)) found.push(decode(match[1] ?? ""));
  for (const match of markup.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
    // JSON-LD "@id"s name things, not document fragments; the page part of each must still exist.
    found.push(
      ...jsonStrings(JSON.parse(match[1] ?? "null"))
        .filter((value) => value.startsWith(publicBaseUrl))
        .map((value) => value.replace(/#.*$/, "")),
    );
  }
  return found;
}

function jsonStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** The URLs a JSON file refers to: fields named like URLs, and the links in its HTML fields. */
function jsonReferences(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(jsonReferences);
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, field]) => {
    if (typeof field === "string" && /^(url|dataUrl|schema|src|start_url|scope|homepage)$/i.test(key)) return [field];
    if (typeof field === "string" && key === "bodyHtml") return htmlReferences(field);
    return jsonReferences(field);
  });
}

/** The URLs an XML document (sitemap, feed) refers to. */
function xmlReferences(markup: string): string[] {
  return [...markup.matchAll(/<(?:loc|id)>([^<]*)<\/(?:loc|id)>|\shref="([^"]*)"/g)].map((match) => decode(match[1] ?? match[2] ?? ""));
}

function cssReferences(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((match) => match[1] ?? "").filter((url) => !url.startsWith("data:"));
}

describe("a site built for https://example.org/guides/ and served under /guides/", () => {
  const served = useBuiltSite(deployFixture, { baseUrl: publicBaseUrl, browser: true });
  const visits = new Map<string, Visit>();
  const fragmentsNeeded: Array<{ url: string; fragment: string; from: string }> = [];
  const idsByPage = new Map<string, Set<string>>();

  /** Maps a public URL to the local server; leaves other sites' URLs out. */
  function local(url: string, base: string): string | undefined {
    const absolute = url.startsWith(publicBaseUrl) ? served.url + url.slice(publicBaseUrl.length) : new URL(url, base).href;
    return absolute.startsWith(new URL(served.url).origin) ? absolute : undefined;
  }

  async function crawl(seeds: string[]): Promise<void> {
    const queue = seeds.map((url) => ({ url, from: "(start)" }));
    while (queue.length > 0) {
      const { url, from } = queue.shift()!;
      const [address = url, fragment] = url.split("#");
      if (fragment) fragmentsNeeded.push({ url: address, fragment: decodeURIComponent(fragment), from });
      if (visits.has(address)) continue;
      const response = await fetch(address, { redirect: "manual" });
      visits.set(address, { url: address, status: response.status, from });
      if (response.status !== 200) continue;
      const type = response.headers.get("content-type") ?? "";
      const body = await response.text();
      let references: string[] = [];
      if (type.startsWith("text/html")) {
        references = htmlReferences(body);
        idsByPage.set(address, new Set([...body.matchAll(/\sid="([^"]*)"/g)].map((match) => decode(match[1] ?? ""))));
      } else if (address.endsWith(".json") || address.endsWith(".webmanifest")) {
        references = jsonReferences(JSON.parse(body));
      } else if (address.endsWith(".xml")) {
        references = xmlReferences(body);
      } else if (type.startsWith("text/css")) {
        references = cssReferences(body);
      } else if (address.endsWith("robots.txt")) {
        references = [...body.matchAll(/^Sitemap:\s*(\S+)/gm)].map((match) => match[1] ?? "");
      }
      for (const reference of references) {
        if (/^(mailto|tel|javascript|data):/.test(reference)) continue;
        const next = local(reference, address);
        if (next) queue.push({ url: next, from: address });
      }
    }
  }

  before(async () => {
    const seeds = ["", "sitemap.xml", "feed.xml", "robots.txt", "roles.json", "skills.json", "technologies.json", "no-such-page/"].map(
      (path) => served.url + path,
    );
    await crawl(seeds);
  });

  it("serves the site under /guides/ only", () => {
    assert.ok(served.url.endsWith("/guides/"));
    assert.equal(visits.get(`${served.url}no-such-page/`)?.status, 404);
  });

  it("finds every page, export and asset from the home page, sitemap, feed and exports", () => {
    const paths = [...visits.keys()].map((url) => url.slice(served.url.length));
    for (const expected of [
      "",
      "roles/front-end-developer/",
      "skills/sql/",
      "technologies/postgresql/",
      "search/",
      "share.png",
      "feed.xml",
      "sitemap.xml",
      "roles.json",
      "roles/front-end-developer.json",
      "schema/roles.schema.json",
      "schema/technology.schema.json",
      "manifest.webmanifest",
      "icon.svg",
    ]) {
      assert.ok(paths.includes(expected), `the crawl never reached /guides/${expected}`);
    }
    assert.ok(
      paths.some((path) => /^assets\/site\.[0-9a-f]+\.css$/.test(path)),
      "the crawl never reached the stylesheet",
    );
    assert.ok(visits.size > 40, `only ${visits.size} URLs were crawled`);
  });

  it("answers every internal link and asset with 200: no 404s and no redirects", () => {
    const broken = [...visits.values()].filter((visit) => visit.status !== 200 && !visit.url.endsWith("/no-such-page/"));
    assert.deepEqual(
      broken.map((visit) => `${visit.status} ${visit.url} (linked from ${visit.from})`),
      [],
    );
  });

  it("points every #fragment link at an element of its page", () => {
    const missing = fragmentsNeeded
      .filter(({ url }) => idsByPage.has(url))
      .filter(({ url, fragment }) => !idsByPage.get(url)!.has(fragment))
      .map(({ url, fragment, from }) => `${url}#${fragment} (linked from ${from})`);
    assert.deepEqual([...new Set(missing)], []);
    assert.ok(
      fragmentsNeeded.some(({ fragment }) => fragment === "a-day-in-the-work"),
      "the fixture's fragment link was not crawled",
    );
  });

  it("finds results through the search page under the sub-path, linking to pages that exist", async () => {
    const page = await served.browser.newPage();
    const errors = watchForErrors(page);
    try {
      await page.goto(`${served.url}search/?q=sql`);
      const firstResult = page.locator("#search-results-list li a").first();
      await firstResult.waitFor();
      const hrefs = await page.locator("#search-results-list li a").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      assert.ok(hrefs.length > 0);
      for (const href of hrefs) assert.ok(href.startsWith(pathPrefix), `search result ${href} is outside ${pathPrefix}`);
      assert.ok(hrefs.includes(`${pathPrefix}skills/sql/`), `no result for the SQL guide: ${hrefs.join(", ")}`);
      const response = await page.goto(new URL(hrefs[0]!, served.url).href);
      assert.equal(response?.status(), 200);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it("registers the service worker with the sub-path as its scope", async () => {
    const page = await served.browser.newPage();
    try {
      await page.goto(served.url);
      const scope = await page.evaluate(() =>
        Promise.race([
          navigator.serviceWorker.ready.then((registration) => registration.scope),
          new Promise<string>((resolve) => setTimeout(() => resolve("no service worker became ready"), 20_000)),
        ]),
      );
      assert.equal(scope, served.url);
    } finally {
      await page.close();
    }
  });
});
