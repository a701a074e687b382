// A site in several languages in headless Chromium, served under its own headers (CSP included): each language's search
// finds its own pages only, the language switcher works from the keyboard, a right-to-left page reads right to left,
// and offline search works in a second language once the service worker has stored it.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import * as pagefind from "pagefind";
import type { Page } from "playwright-core";
import { fixture } from "../support/harness.ts";
import { useBuiltSite } from "../support/site-under-test.ts";

/** Searches a language's search page by URL and returns the result titles once the live region reports them. */
async function searchTitles(page: Page, searchPage: string, query: string): Promise<string[]> {
  await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (document.querySelector("#search-status")?.textContent ?? "") !== "" && !document.querySelector("#search-results[aria-busy]"));
  return page.locator("#search-results-list .search-result__link").allTextContents();
}

describe("a site in several languages, in a browser", () => {
  const site = useBuiltSite(fixture("languages"), { browser: true, baseUrl: "/guides/" });
  after(() => pagefind.close());

  it("finds pages in each language's search only: a German word in German, a French one in French, neither in English", async () => {
    const { page, errors, context } = await site.openPage();
    assert.deepEqual(await searchTitles(page, site.urlOf("/de/search/"), "Datenbankabfragen"), ["Backend-Entwickler:in"]);
    assert.match((await page.locator("#search-status").textContent()) ?? "", /^1 Ergebnis für „Datenbankabfragen“\.$/);
    assert.deepEqual(await searchTitles(page, site.urlOf("/search/"), "Datenbankabfragen"), []);
    assert.match((await page.locator("#search-status").textContent()) ?? "", /^No results for “Datenbankabfragen”\.$/);
    assert.deepEqual(await searchTitles(page, site.urlOf("/fr/search/"), "serveurs"), ["Développeur back-end"]);
    assert.deepEqual(await searchTitles(page, site.urlOf("/search/"), "serveurs"), []);
    assert.deepEqual(await searchTitles(page, site.urlOf("/de/search/"), "reviewing"), [], "the English guide is not in the German index");
    assert.deepEqual(await searchTitles(page, site.urlOf("/search/"), "reviewing"), ["Back-end developer"]);
    // German stemming: "Tabelle" finds the guide that says "Tabellen".
    assert.deepEqual(await searchTitles(page, site.urlOf("/de/search/"), "Tabelle"), ["SQL"]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("labels the filters and their choices in the page's language", async () => {
    const { page, errors, context } = await site.openPage();
    await page.goto(site.urlOf("/de/search/?type=skill"));
    await page.waitForFunction(() => (document.querySelector("#search-status")?.textContent ?? "") !== "");
    assert.equal(await page.locator('label[for="search-filter-type"]').textContent(), "Art");
    assert.deepEqual(await page.locator("#search-results-list .search-result__link").allTextContents(), ["SQL"]);
    assert.match((await page.locator("#search-status").textContent()) ?? "", /gefiltert nach Art: Fähigkeit/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("switches to another language from the keyboard alone", async () => {
    const { page, errors, context } = await site.openPage();
    await page.goto(site.urlOf("/roles/back-end-developer/"));
    const summary = page.locator(".language-switcher summary");
    // Tab from the top of the page until the switcher has focus.
    for (let tab = 0; tab < 30 && !(await summary.evaluate((element) => element === document.activeElement)); tab++) await page.keyboard.press("Tab");
    assert.ok(await summary.evaluate((element) => element === document.activeElement), "the switcher is reachable with Tab");
    await page.keyboard.press("Enter");
    // The other languages follow in the order of their folders: Arabic (its home page), German, French.
    const focused: string[] = [];
    for (let tab = 0; tab < 3 && focused.at(-1) !== "Deutsch"; tab++) {
      await page.keyboard.press("Tab");
      focused.push((await page.evaluate(() => document.activeElement?.textContent)) ?? "");
    }
    assert.deepEqual(focused, ["العربية (الرئيسية)", "Deutsch"]);
    await Promise.all([page.waitForURL(/\/guides\/de\/roles\/back-end-developer\/$/), page.keyboard.press("Enter")]);
    assert.equal(await page.locator("h1").textContent(), "Backend-Entwickler:in");
    assert.equal(await page.locator("html").getAttribute("lang"), "de");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("lays a right-to-left page out from the right", async () => {
    const { page, errors, context } = await site.openPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(site.urlOf("/ar/roles/front-end-developer/"));
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), "rtl");
    const name = await page.locator(".site-name").boundingBox();
    const heading = await page.locator("h1").boundingBox();
    assert.ok(name && name.x > 1100 / 2, `the site name starts at the right, found x=${name?.x}`);
    assert.ok(heading && heading.x + heading.width > 1100 - 80, "the heading ends at the right edge");
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 1100, "nothing sticks out sideways");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("searches a second language offline once the service worker has stored it", async () => {
    const { page, errors, context } = await site.openPage({ serviceWorkers: "allow" });
    await page.goto(site.urlOf("/de/"));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true }));
    });
    // The page asks the worker to store its language; it answers once German pages and index are stored.
    await page.evaluate(async () => {
      const stored = new Promise<void>((resolve) => navigator.serviceWorker.addEventListener("message", (event) => {
        if ((event.data as { type?: string }).type === "language-stored") resolve();
      }));
      navigator.serviceWorker.controller?.postMessage({ type: "store-language" });
      await stored;
    });
    await context.setOffline(true);
    assert.deepEqual(await searchTitles(page, site.urlOf("/de/search/"), "Datenbankabfragen"), ["Backend-Entwickler:in"]);
    assert.equal(await page.locator("html").getAttribute("lang"), "de");
    assert.deepEqual(errors, []);
    await context.close();
  });
});
