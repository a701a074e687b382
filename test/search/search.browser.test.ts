// The search page on a real Pagefind index in headless Chromium: ranking, filters, URL state, keyboard, escaping.
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { after, describe, it } from "node:test";
import * as pagefind from "pagefind";
import type { Page } from "playwright-core";
import { tryBuildModel } from "../../src/content/index.ts";
import { nameKey } from "../../src/search/browser/_ranking.ts";
import { assertNoErrors, buildSearchIndex } from "../../src/search/plugin.ts";
import { fixture, tempDir } from "../support/harness.ts";
import { useBuiltSite, type OpenPage } from "../support/site-under-test.ts";

/** Waits until the live region reports a finished search matching `pattern`, and returns its text. */
async function statusText(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    ([source, flags]) =>
      new RegExp(source, flags).test(document.querySelector("#search-status")?.textContent ?? "") && !document.querySelector("#search-results[aria-busy]"),
    [pattern.source, pattern.flags] as const,
  );
  return (await page.locator("#search-status").textContent()) ?? "";
}

/** The titles of the results on screen, in order. */
async function resultTitles(page: Page): Promise<string[]> {
  return page.locator("#search-results-list .search-result__link").allTextContents();
}

/** Searches by URL, waits for the results and returns their titles. */
async function search(page: Page, baseUrl: string, query: string, pattern = /result/): Promise<string[]> {
  await page.goto(`${baseUrl}search/?${query}`);
  await statusText(page, pattern);
  return resultTitles(page);
}

describe("search page", () => {
  // Served with the site's own `_headers`, so every page runs under the Content-Security-Policy the site sends.
  const served = useBuiltSite(fixture("search"), { browser: true });
  let open: OpenPage;
  after(() => pagefind.close());

  /** A fresh page whose errors include any dialog (the search page must never open one). */
  async function fresh(): Promise<Page> {
    open = await served.openPage();
    open.page.on("dialog", (dialog) => {
      open.errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    return open.page;
  }

  async function done(): Promise<void> {
    assert.deepEqual(open.errors, [], "no console errors, uncaught exceptions, policy violations or dialogs");
    await open.context.close();
  }

  it("lists a guide first when its title or any of its aliases is searched for", async () => {
    const { model } = await tryBuildModel(fixture("search"));
    const guides = model ? [...model.roles, ...model.skills, ...model.technologies] : [];
    const named = new Map<string, string[]>();
    for (const guide of guides)
      for (const name of [guide.title, ...guide.aliases]) named.set(nameKey(name), [...(named.get(nameKey(name)) ?? []), guide.title]);
    const page = await fresh();
    const misses: string[] = [];
    for (const guide of guides) {
      for (const name of [guide.title, ...guide.aliases]) {
        const [first] = await search(page, served.url, `q=${encodeURIComponent(name)}`);
        if (!named.get(nameKey(name))?.includes(first ?? "")) misses.push(`"${name}" → ${first ?? "nothing"}`);
      }
    }
    assert.ok(guides.length >= 10, "the fixture has guides to search for");
    assert.deepEqual(misses, []);
    await done();
  });

  it("lists PostgreSQL first for “postgres”, before pages that only mention it", async () => {
    const page = await fresh();
    const titles = await search(page, served.url, "q=postgres");
    assert.equal(titles[0], "PostgreSQL");
    assert.deepEqual([...titles].sort(), ["MySQL", "PostgreSQL", "Query-plan analysis", "SQL"]);
    assert.match(
      (await page.locator(".search-result").first().locator(".search-result__roles").textContent()) ?? "",
      /^Used by: Back-end developer, Data engineer, Full-stack developer$/,
    );
    await done();
  });

  it("lists JavaScript first for “JS”, although Node.js has JS in its title and TypeScript says JS most", async () => {
    const page = await fresh();
    const titles = await search(page, served.url, "q=JS");
    assert.equal(titles[0], "JavaScript");
    assert.ok(titles.includes("Node.js") && titles.includes("TypeScript"), titles.join(", "));
    await done();
  });

  it("lists the back-end role first for “backend” and for “server-side”", async () => {
    const page = await fresh();
    assert.equal((await search(page, served.url, "q=backend"))[0], "Back-end developer");
    assert.equal((await search(page, served.url, "q=server-side"))[0], "Back-end developer");
    await done();
  });

  it("announces the result count in the live region", async () => {
    const page = await fresh();
    const titles = await search(page, served.url, "q=postgres");
    assert.equal(await page.locator("#search-status").getAttribute("role"), "status");
    assert.equal(await statusText(page, /result/), `${titles.length} results for “postgres”.`);
    await done();
  });

  it("narrows to one type, and counts every type's results on its option", async () => {
    const page = await fresh();
    const titles = await search(page, served.url, "q=postgres&type=technology");
    assert.deepEqual(titles, ["PostgreSQL", "MySQL"]);
    assert.deepEqual(await page.locator(".search-result__type").allTextContents(), ["Technology", "Technology"]);
    assert.equal(await page.locator("#search-filter-type").inputValue(), "technology");
    assert.deepEqual(await page.locator("#search-filter-type option").allTextContents(), ["Any type", "Role (0)", "Skill (2)", "Technology (2)"]);
    assert.match(await statusText(page, /result/), /^2 results for “postgres”, filtered by Type: Technology\.$/);
    await done();
  });

  it("loads filter counts only once the reader turns to the filters", async () => {
    const page = await fresh();
    const filterRequests: string[] = [];
    page.on("request", (request) => void (request.url().includes("/pagefind/filter/") && filterRequests.push(request.url())));
    await search(page, served.url, "q=postgres");
    assert.deepEqual(filterRequests, [], "a plain query loads no filter data");
    assert.deepEqual(await page.locator("#search-filter-type option").allTextContents(), ["Any type", "Role", "Skill", "Technology"]);
    await page.locator("#search-filter-type").focus();
    await page.waitForFunction(() => document.querySelector("#search-filter-type option:last-child")?.textContent === "Technology (2)");
    assert.deepEqual(await page.locator("#search-filter-kind option").allTextContents(), [
      "Any kind",
      "Languages (0)",
      "Runtimes (0)",
      "Libraries (0)",
      "Databases (2)",
      "Tools (0)",
    ]);
    await done();
  });

  it("lists a role's skills at one importance when both are chosen, without a query", async () => {
    const page = await fresh();
    // SQL is nice to have for the front-end role; web accessibility is nice to have only for the back-end role.
    assert.deepEqual(await search(page, served.url, "role=front-end-developer&importance=nice-to-have"), ["SQL"]);
    assert.deepEqual(await search(page, served.url, "role=back-end-developer&importance=required"), ["API design", "Query-plan analysis", "SQL"]);
    assert.deepEqual(await page.locator("#search-filter-importance option").allTextContents(), [
      "Any importance",
      "Required (3)",
      "Recommended (1)",
      "Nice to have (1)",
    ]);
    await done();
  });

  it("combines a query with type, kind and category filters", async () => {
    const page = await fresh();
    assert.deepEqual((await search(page, served.url, "q=database&type=technology&kind=database")).sort(), ["MySQL", "PostgreSQL"]);
    assert.deepEqual(await search(page, served.url, "q=js&kind=language"), ["JavaScript", "TypeScript"]);
    assert.deepEqual(await search(page, served.url, "type=skill&category=data-and-databases"), ["Query-plan analysis", "SQL"]);
    assert.deepEqual(await search(page, served.url, "type=role&role=back-end-developer", /No results/), []);
    await done();
  });

  it("sorts by title without a query, and by title or last update on request", async () => {
    const page = await fresh();
    assert.deepEqual(await search(page, served.url, "type=role"), ["Back-end developer", "Data engineer", "Front-end developer", "Full-stack developer"]);
    assert.deepEqual(await search(page, served.url, "type=role&sort=updated"), [
      "Back-end developer",
      "Data engineer",
      "Full-stack developer",
      "Front-end developer",
    ]);
    assert.deepEqual(await search(page, served.url, "q=database&type=technology&sort=title"), ["MySQL", "PostgreSQL"]);
    await done();
  });

  it("shows a no-results state with suggestions, and removes the filters on request", async () => {
    const page = await fresh();
    assert.deepEqual(await search(page, served.url, "q=postgres&type=role", /No results/), []);
    assert.equal(await statusText(page, /No results/), "No results for “postgres”, filtered by Type: Role.");
    assert.ok(await page.locator("#search-empty").isVisible());
    assert.ok(await page.getByRole("link", { name: "roles" }).last().isVisible());
    await page.getByRole("button", { name: "remove all filters" }).click();
    await statusText(page, /^4 results/);
    assert.equal(new URL(page.url()).search, "?q=postgres");
    assert.ok(await page.locator("#search-empty").isHidden());

    await search(page, served.url, "q=xylophone", /No results/);
    assert.ok(await page.locator("#search-empty").isVisible());
    assert.ok(await page.locator("#search-empty-filters").isHidden(), "no filter to remove");
    await done();
  });

  it("works by keyboard alone: / to focus, type, arrows through results, Enter opens", async () => {
    const page = await fresh();
    await page.goto(`${served.url}search/`);
    await page.keyboard.press("/");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "search-input");
    await page.keyboard.type("JS");
    await statusText(page, /results for “JS”/);
    assert.equal(new URL(page.url()).search, "?q=JS", "the URL follows the typing");
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "JavaScript");
    await page.keyboard.press("ArrowDown");
    const second = await page.evaluate(() => document.activeElement?.textContent);
    assert.equal(second, (await resultTitles(page))[1]);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "search-input", "ArrowUp from the first result returns to the box");
    await page.keyboard.press("ArrowDown");
    await Promise.all([page.waitForURL(`${served.url}technologies/javascript/`), page.keyboard.press("Enter")]);
    await page.goBack();
    await statusText(page, /results for “JS”/);
    assert.equal(await page.locator("#search-input").inputValue(), "JS");
    assert.equal((await resultTitles(page))[0], "JavaScript");
    await done();
  });

  it("starts from the header's search box on any page", async () => {
    const page = await fresh();
    await page.goto(`${served.url}roles/back-end-developer/`);
    await page.keyboard.press("/");
    await page.keyboard.type("postgres");
    await Promise.all([page.waitForURL(/\/search\/\?q=postgres$/), page.keyboard.press("Enter")]);
    await statusText(page, /results for “postgres”/);
    assert.equal((await resultTitles(page))[0], "PostgreSQL");
    await done();
  });

  it("restores query and filters from the URL on reload and on back", async () => {
    const page = await fresh();
    await search(page, served.url, "q=postgres");
    await page.locator("#search-filter-type").selectOption("technology");
    await page.waitForURL(/\?q=postgres&type=technology$/);
    await statusText(page, /^2 results/);

    await page.reload();
    await statusText(page, /^2 results/);
    assert.equal(await page.locator("#search-input").inputValue(), "postgres");
    assert.equal(await page.locator("#search-filter-type").inputValue(), "technology");
    assert.deepEqual(await resultTitles(page), ["PostgreSQL", "MySQL"]);

    await page.goBack();
    await page.waitForURL(/\?q=postgres$/);
    await statusText(page, /^4 results/);
    assert.equal(await page.locator("#search-filter-type").inputValue(), "");

    await page.locator("#search-input").fill("");
    await page.locator("#search-input").pressSequentially("sql");
    await page.waitForURL(/\?q=sql$/);
    await statusText(page, /for “sql”/);
    await page.goBack();
    await page.waitForURL(/\?q=postgres$/);
    await statusText(page, /for “postgres”/);
    assert.equal(await page.locator("#search-input").inputValue(), "postgres", "a new typed search is a history entry of its own");
    await done();
  });

  it("renders markup and script written as text in titles, summaries and excerpts as text, and a summary's formatting as plain words", async () => {
    const page = await fresh();
    const titles = await search(page, served.url, "q=injectatron");
    assert.deepEqual(titles, ["<img src=x onerror=alert(1)> Injectatron <script>alert(2)</script>"]);
    assert.equal(await page.locator(".search-result__summary").textContent(), "A bold claim <img src=x onerror=alert(3)> about Injectatron.");
    assert.match((await page.locator(".search-result__excerpt").textContent()) ?? "", /<script>alert\(2\)<\/script>/);
    assert.equal(await page.locator("#search-results-list img, #search-results-list script, #search-results-list b, #search-results-list svg").count(), 0);
    assert.ok((await page.locator("#search-results-list mark").count()) > 0, "matched words are still highlighted");
    await done();
  });

  it("loads neither the search script nor the index on plain page views, and the index only once a reader starts to search", async () => {
    const page = await fresh();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${served.url}technologies/postgresql/`);
    await page.waitForLoadState("networkidle");
    assert.deepEqual(
      requested.filter((url) => url.includes("/pagefind/") || /\/search\.[0-9a-f]+\.js$/.test(url)),
      [],
    );
    await page.goto(`${served.url}search/`);
    await page.waitForLoadState("networkidle");
    assert.deepEqual(
      requested.filter((url) => url.includes("/pagefind/")),
      [],
      "an empty search page loads no index",
    );
    await Promise.all([page.waitForRequest((request) => request.url().endsWith("/pagefind/pagefind.js")), page.keyboard.press("/")]);
    await done();
  });
});

describe("search page under a sub-path", () => {
  const served = useBuiltSite(fixture("search"), { baseUrl: "/guides/", browser: true });
  after(() => pagefind.close());

  it("loads the index and links every result under the site's path prefix", async () => {
    const { context, page, errors } = await served.openPage();
    const titles = await search(page, served.url, "q=postgres&type=technology");
    assert.deepEqual(titles, ["PostgreSQL", "MySQL"]);
    assert.equal(await page.locator(".search-result__link").first().getAttribute("href"), "/guides/technologies/postgresql/");
    assert.equal(await page.locator(".search-result__roles a").first().getAttribute("href"), "/guides/roles/back-end-developer/");
    assert.equal(await page.locator("#search-form").getAttribute("action"), "/guides/search/");
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("search index build", () => {
  it("fails with Pagefind's own message when Pagefind returns an error", async () => {
    const dir = await tempDir();
    try {
      await assert.rejects(buildSearchIndex(dir, { glob: "{{[[" }), (error: Error) => {
        assert.match(error.message, /^Pagefind could not index the pages matching \{\{\[\[:\n {2}.*did not parse as a valid glob/);
        return true;
      });
    } finally {
      await pagefind.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("lists every error Pagefind reports for a step, one per line", () => {
    assert.doesNotThrow(() => assertNoErrors("write the index", []));
    assert.throws(() => assertNoErrors("write the index", ["disk full", "permission denied"]), {
      message: "Pagefind could not write the index:\n  disk full\n  permission denied",
    });
  });
});
