// Console gate: no page of the bundled site logs a console error, throws, or breaks its Content-Security-Policy, in
// any theme, with and without the service worker.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page, Worker } from "playwright-core";
import { buildBundledSite, reportCspViolations, watchForErrors } from "../support/harness.ts";
import { useBuiltSite } from "../support/site-under-test.ts";
import { dynamicVisits, openThemedContext, visit, visitsOf, type PageVisit } from "./browser.ts";
import { listSitePages, pagesByType, samplePages, themesOf, type Theme } from "./site-pages.ts";

const siteDir = await buildBundledSite();
const pages = await listSitePages(siteDir);
const themes = await themesOf(siteDir);
const [lightTheme, ...otherThemes] = themes as [Theme, ...Theme[]];

/** A browser tab with the errors it collects. */
interface Tab {
  page: Page;
  errors: string[];
}

/** A context in one theme, with tabs that visit pages side by side and the errors of any service worker. */
interface WatchedContext {
  context: BrowserContext;
  tabs: Tab[];
  workerErrors: string[];
}

/** Opens a context in a theme that reports Content-Security-Policy violations and every error of its tabs and service worker. */
async function openWatched(browser: Browser, theme: Theme, options: { serviceWorkers: "allow" | "block"; tabs: number }): Promise<WatchedContext> {
  const context = await openThemedContext(browser, theme, { serviceWorkers: options.serviceWorkers });
  await reportCspViolations(context);
  const tabs: Tab[] = [];
  for (let index = 0; index < options.tabs; index++) {
    const page = await context.newPage();
    tabs.push({ page, errors: watchForErrors(page) });
  }
  const workerErrors: string[] = [];
  const watchWorker = (worker: Worker) =>
    worker.on("console", (message) => {
      if (message.type() === "error") workerErrors.push(`service worker console: ${message.text()}`);
    });
  context.on("serviceworker", watchWorker);
  context.serviceWorkers().forEach(watchWorker);
  return { context, tabs, workerErrors };
}

/**
 * Visits pages, spread over the context's tabs, and returns every error, each line naming the page and theme. A page
 * the server sends without a Content-Security-Policy (from the site's `_headers`) is an error too, unless a service
 * worker answered: a gate on violations means nothing where no policy applies.
 */
async function errorsOn(watched: WatchedContext, siteUrl: string, visits: readonly PageVisit[], theme: Theme): Promise<string[]> {
  const found: string[][] = visits.map(() => []);
  let next = 0;
  watched.workerErrors.length = 0;
  await Promise.all(
    watched.tabs.map(async (tab) => {
      for (let index = next++; index < visits.length; index = next++) {
        const target = visits[index]!;
        tab.errors.length = 0;
        const response = await visit(tab.page, siteUrl, target, theme);
        const where = `  ${target.url} (${theme.name})`;
        if (!response) found[index]!.push(`${where}: no response`);
        else if (response.status() >= 400) found[index]!.push(`${where}: HTTP ${response.status()}`);
        else if (!response.fromServiceWorker() && !(await response.headerValue("content-security-policy")))
          found[index]!.push(`${where}: served without a Content-Security-Policy header`);
        found[index]!.push(...tab.errors.map((error) => `${where}: ${error}`));
      }
    }),
  );
  return [...found.flat(), ...watched.workerErrors.map((error) => `  (${theme.name}): ${error}`)];
}

/** Tabs that visit pages side by side: the pages are independent, and two cores finish sooner with two renderers busy. */
const parallelTabs = 2;

describe("console errors and Content-Security-Policy violations", () => {
  const site = useBuiltSite("bundled", { browser: true });

  it("reports a violation of the policy as an error (the watch works)", async () => {
    const probe = await openWatched(site.browser, lightTheme, { serviceWorkers: "block", tabs: 1 });
    try {
      const tab = probe.tabs[0]!;
      await visit(tab.page, site.url, { url: "/", type: "/" }, lightTheme);
      const reported = tab.page.waitForEvent("console", (message) => message.text().startsWith("Content-Security-Policy violation"));
      await tab.page.evaluate(() => {
        const image = document.createElement("img");
        image.alt = "";
        image.src = "https://example.invalid/tracker.png";
        document.body.append(image);
      });
      await reported;
      assert.ok(
        tab.errors.some((error) => error.includes("Content-Security-Policy violation: img-src blocked https://example.invalid/tracker.png")),
        `no violation reported: ${tab.errors.join("; ")}`,
      );
    } finally {
      await probe.context.close();
    }
  });

  describe(`on every page, in the ${lightTheme.name} theme`, () => {
    let watched: WatchedContext;
    before(async () => {
      watched = await openWatched(site.browser, lightTheme, { serviceWorkers: "block", tabs: parallelTabs });
    });
    after(() => watched?.context.close());

    for (const [type, group] of pagesByType(pages)) {
      it(`finds none on the ${group.length} page(s) of type ${type}`, async () => {
        const errors = await errorsOn(watched, site.url, visitsOf(group), lightTheme);
        assert.equal(errors.length, 0, `${errors.length} error(s):\n${errors.join("\n")}`);
      });
    }

    it("finds none on the search page showing results and showing none", async () => {
      const errors = await errorsOn(watched, site.url, dynamicVisits(pages), lightTheme);
      assert.equal(errors.length, 0, `${errors.length} error(s):\n${errors.join("\n")}`);
    });

    it("finds none on the not-found page served for a missing address", async () => {
      const tab = watched.tabs[0]!;
      tab.errors.length = 0;
      const response = await visit(tab.page, site.url, { url: "/no-such-guide/", type: "missing" }, lightTheme);
      assert.equal(response?.status(), 404);
      assert.match(await tab.page.locator("h1").innerText(), /not found/i);
      // Chromium logs the 404 status of the address itself; anything else is a fault of the page.
      const errors = tab.errors.filter((error) => !/Failed to load resource: the server responded with a status of 404/.test(error));
      assert.deepEqual(errors, []);
    });
  });

  // The scripts a theme or the service worker touch run alike on every page of a type: its largest page stands for it.
  const onePerType = [...visitsOf(samplePages(pages, 1)), ...dynamicVisits(pages)];

  for (const theme of otherThemes) {
    it(`finds none on the largest page of every type in the ${theme.name} theme`, async () => {
      const watched = await openWatched(site.browser, theme, { serviceWorkers: "block", tabs: parallelTabs });
      try {
        const errors = await errorsOn(watched, site.url, onePerType, theme);
        assert.equal(errors.length, 0, `${errors.length} error(s):\n${errors.join("\n")}`);
      } finally {
        await watched.context.close();
      }
    });
  }

  it("finds none on the largest page of every type once the service worker controls the pages", async () => {
    const watched = await openWatched(site.browser, lightTheme, { serviceWorkers: "allow", tabs: 1 });
    try {
      const tab = watched.tabs[0]!;
      await visit(tab.page, site.url, { url: "/", type: "/", settle: true }, lightTheme);
      // Wait for the worker to finish installing one way or the other: "activated", "redundant" (it failed) or "none".
      const workerState = await tab.page.evaluate(async () => {
        const registration = "serviceWorker" in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
        const worker = registration?.installing ?? registration?.waiting ?? registration?.active;
        if (!worker) return "none";
        if (worker.state === "activated" || worker.state === "redundant") return worker.state;
        return new Promise<string>((resolve) => {
          worker.addEventListener("statechange", () => {
            if (worker.state === "activated" || worker.state === "redundant") resolve(worker.state);
          });
        });
      });
      assert.notEqual(workerState, "redundant", `the service worker failed to install: ${[...tab.errors, ...watched.workerErrors].join("; ")}`);
      const errors = await errorsOn(watched, site.url, onePerType, lightTheme);
      assert.equal(errors.length, 0, `${errors.length} error(s) (service worker: ${workerState}):\n${errors.join("\n")}`);
    } finally {
      await watched.context.close();
    }
  });
});
