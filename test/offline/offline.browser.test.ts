// Offline: after one visit the whole site and its search index work without a network; new deploys replace old caches whole.
import assert from "node:assert/strict";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { buildSite } from "../../src/build/build-site.ts";
import { copyFixture, launchBrowser, serve, tempDir, watchForErrors, type ServedSite } from "../support/harness.ts";

/** Waits until a service worker controls the page (the first visit installs it; claiming takes a moment). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true }));
    }
  });
}

/** Searches the index from inside the page, the way the search page does, and returns result titles. */
async function searchTitles(page: Page, query: string, filters: Record<string, string> = {}): Promise<string[]> {
  return page.evaluate(
    async ([term, chosen]) => {
      const prefix = document.body.dataset.pathPrefix ?? "/";
      const pagefind = (await import(`${prefix}pagefind/pagefind.js`)) as {
        search(q: string, o: object): Promise<{ results: Array<{ data(): Promise<{ meta: { title: string } }> }> }>;
      };
      const found = await pagefind.search(term, { filters: chosen });
      const data = await Promise.all(found.results.map((result) => result.data()));
      return data.map((item) => item.meta.title);
    },
    [query, filters] as const,
  );
}

describe("offline", () => {
  let browser: Browser;
  let root: string;
  let content: string;
  let outputDir: string;
  let site: ServedSite;

  before(async () => {
    browser = await launchBrowser();
    root = await tempDir();
    content = await copyFixture("basic");
    outputDir = path.join(root, "site");
    await buildSite({ contentDir: content, outputDir, pathPrefix: "/" });
    site = await serve(outputDir);
  });

  after(async () => {
    await site.close();
    await browser.close();
    await rm(root, { recursive: true, force: true });
    await rm(content, { recursive: true, force: true });
  });

  it("serves never-visited guide pages and searches with filters after the network goes away", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(site.url);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    for (const [url, heading] of [
      ["roles/back-end-developer/", "Back-end developer"],
      ["skills/query-plan-analysis/", "Query-plan analysis"],
      ["technologies/postgresql/", "PostgreSQL"],
      ["skills/", "Skills"],
    ] as const) {
      const response = await page.goto(site.url + url);
      assert.equal(response?.status(), 200, url);
      assert.equal(await page.locator("h1").first().textContent(), heading);
    }
    assert.deepEqual(await searchTitles(page, "postgres", { type: "Technology" }), ["PostgreSQL"]);
    assert.ok((await searchTitles(page, "sql", { type: "Skill" })).includes("SQL"));
    const missing = await page.goto(`${site.url}no/such/page/`);
    assert.match((await missing?.text()) ?? "", /Page not found/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("replaces the old version whole after a new deploy, pages and index together", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}skills/sql/`);
    await waitForServiceWorker(page);
    const oldCaches = await page.evaluate(() => caches.keys());

    const file = path.join(content, "skills/sql.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("title: SQL", "title: SQL, the query language"));
    await buildSite({ contentDir: content, outputDir, pathPrefix: "/" });

    await page.goto(`${site.url}skills/sql/`);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "SQL, the query language", undefined, { timeout: 20_000 });
    const newCaches = await page.evaluate(() => caches.keys());
    assert.equal(newCaches.length, 1, `one cache at a time, found ${newCaches.join(", ")}`);
    assert.notDeepEqual(newCaches, oldCaches);
    await context.setOffline(true);
    assert.ok((await searchTitles(page, "query language")).includes("SQL, the query language"), "the index is from the new version");
    await page.goto(`${site.url}roles/back-end-developer/`);
    assert.match(await page.content(), /SQL, the query language/);
    await context.close();
  });

  it("explains on a page opened from disk that search needs the local server", async () => {
    const page = await browser.newPage();
    const uncaught: string[] = [];
    page.on("pageerror", (error) => uncaught.push(error.message));
    await page.goto(pathToFileURL(path.join(outputDir, "roles/back-end-developer/index.html")).href);
    assert.equal(await page.locator("h1").first().textContent(), "Back-end developer");
    const notice = page.locator(".file-notice").first();
    await notice.waitFor();
    assert.match((await notice.textContent()) ?? "", /Search needs the local server: .*npm run serve/);
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--color-accent").trim());
    assert.notEqual(accent, "", "the stylesheet loads from disk");
    await page.locator("#site-search-input").fill("sql");
    await page.keyboard.press("Enter");
    assert.match(page.url(), /^file:.*back-end-developer\/index\.html$/, "the form does not navigate to a page that cannot search");
    assert.deepEqual(uncaught, []);
    await page.close();
  });
});
