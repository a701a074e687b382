// One set-up for every suite that needs a built site: build a fixture (or use the bundled build), serve it with the
// headers its `_headers` file sets — the site's own Content-Security-Policy included — and, when asked, launch
// headless Chromium; all of it before the suite's tests and removed after them.
import { after, before } from "node:test";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import type { BuildReport } from "../../src/build/build-site.ts";
import { buildBundledSite, buildFixture, launchBrowser, reportCspViolations, serve, watchForErrors, type BuiltSite, type ServedSite } from "./harness.ts";

/** A page in a fresh browser context, with every console error, uncaught exception and CSP violation collected. */
export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** What went wrong on the page so far; tests that must see no error assert it is empty. */
  errors: string[];
}

/** The built, served site of one suite. */
export interface SiteUnderTest {
  /** The built folder. */
  readonly outputDir: string;
  /** What the build reported (fixture builds only). */
  readonly report: BuildReport | undefined;
  /** The served site's address, ending in the path prefix, like http://127.0.0.1:4321/guides/. */
  readonly url: string;
  /** The suite's browser (only with `browser: true`). */
  readonly browser: Browser;
  /** Opens a page in a new context, with service workers blocked unless the options allow them. */
  openPage(options?: BrowserContextOptions): Promise<OpenPage>;
  /** The address of a site path like "/roles/x/" (the path prefix is added). */
  urlOf(sitePath: string): string;
}

/** How a suite wants its site. */
export interface SiteOptions {
  /** A base URL, like "/guides/" or "https://example.org/guides/"; the site is served under its path. */
  baseUrl?: string;
  /** Launch Chromium for the suite. */
  browser?: boolean;
}

/**
 * Registers `before`/`after` hooks in the calling suite that build `contentDir` (or use the bundled site's shared build
 * when it is "bundled"), serve it and launch a browser; returns the handle the suite's tests read once they run.
 */
export function useBuiltSite(contentDir: string, options: SiteOptions = {}): SiteUnderTest {
  let built: BuiltSite | undefined;
  let outputDir: string | undefined;
  let served: ServedSite | undefined;
  let browser: Browser | undefined;
  const contexts = new Set<BrowserContext>();
  const pathPrefix = options.baseUrl ? new URL(options.baseUrl, "http://site.invalid").pathname : "/";

  before(async () => {
    if (contentDir === "bundled") {
      outputDir = await buildBundledSite();
    } else {
      built = await buildFixture(contentDir, { baseUrl: options.baseUrl });
      outputDir = built.outputDir;
    }
    served = await serve(outputDir, pathPrefix);
    if (options.browser) browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await served?.close();
    await built?.cleanup();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is set up in before(); read it inside a test`);
    return value;
  };
  return {
    get outputDir() {
      return ready(outputDir, "the built site");
    },
    get report() {
      return built?.report;
    },
    get url() {
      return ready(served, "the served site").url;
    },
    get browser() {
      return ready(browser, "the browser (useBuiltSite(…, { browser: true }))");
    },
    async openPage(contextOptions: BrowserContextOptions = {}) {
      const context = await ready(browser, "the browser").newContext({ serviceWorkers: "block", ...contextOptions });
      contexts.add(context);
      context.once("close", () => contexts.delete(context));
      await reportCspViolations(context);
      const page = await context.newPage();
      return { context, page, errors: watchForErrors(page) };
    },
    urlOf(sitePath: string) {
      return new URL(sitePath.replace(/^\//, ""), ready(served, "the served site").url).href;
    },
  };
}
