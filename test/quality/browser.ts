// Opening the pages of a built site in Chromium for the quality gates: a context per theme, and page loads that wait
// until the page has settled (search results drawn, theme transitions finished).
import type { Browser, BrowserContext, Page, Response } from "playwright-core";
import type { SitePage, Theme } from "./site-pages.ts";

/** A state of a page to check: a built page, or a built page with a query that makes its scripts draw more. */
export interface PageVisit {
  url: string;
  type: string;
  /** Wait until the network is quiet, for pages that fetch after loading (search results). */
  settle?: boolean;
}

/** The query the search-page states use; several bundled guides match it. */
export const searchQuery = "developer";

/** The states worth checking beyond the built files: the search page with results and with none, when it exists. */
export function dynamicVisits(pages: readonly SitePage[]): PageVisit[] {
  if (!pages.some((page) => page.url === "/search/")) return [];
  return [
    { url: `/search/?q=${searchQuery}`, type: "/search/ with results", settle: true },
    { url: "/search/?q=qqxqqz", type: "/search/ with no results", settle: true },
  ];
}

/** The built pages as visits. */
export function visitsOf(pages: readonly SitePage[]): PageVisit[] {
  return pages.map((page) => ({ url: page.url, type: page.type }));
}

/** How a quality gate wants its browser context. */
export interface ContextOptions {
  serviceWorkers?: "allow" | "block";
  viewport?: { width: number; height: number };
  /** Lets the test add its own <style> (see stopMotion); only for gates that do not check the Content-Security-Policy. */
  bypassCsp?: boolean;
}

/** Opens a browser context that shows pages in a theme, at a desktop size, without motion. */
export async function openThemedContext(browser: Browser, theme: Theme, options: ContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    colorScheme: theme.colorScheme,
    reducedMotion: "reduce",
    viewport: options.viewport ?? { width: 1280, height: 800 },
    serviceWorkers: options.serviceWorkers ?? "block",
    bypassCSP: options.bypassCsp ?? false,
  });
}

/**
 * Turns off CSS transitions and animations in a loaded page, so that colours read right after a theme switch are the
 * theme's own and not a frame of a transition (styles of off-screen elements may only start transitioning when read).
 */
export async function stopMotion(page: Page): Promise<void> {
  await page.addStyleTag({ content: "*, *::before, *::after { transition: none !important; animation: none !important; }" });
}

/** Loads a page of the site served at `siteUrl`, applies the theme, and waits until it has settled; returns the response. */
export async function visit(page: Page, siteUrl: string, target: PageVisit, theme: Theme): Promise<Response | null> {
  const response = await page.goto(new URL(target.url.slice(1), siteUrl).href, { waitUntil: target.settle ? "networkidle" : "load" });
  if (theme.dataTheme) await applyTheme(page, theme, null);
  await settle(page);
  return response;
}

/**
 * Switches a loaded page to another theme without reloading it: the emulated colour scheme, and `data-theme` set to
 * the theme's choice or back to `initialDataTheme` (what the page's own scripts had set), then waits for transitions.
 */
export async function applyTheme(page: Page, theme: Theme, initialDataTheme: string | null): Promise<void> {
  await page.emulateMedia({ colorScheme: theme.colorScheme });
  await page.evaluate((value) => {
    if (value === null) document.documentElement.removeAttribute("data-theme");
    else document.documentElement.setAttribute("data-theme", value);
  }, theme.dataTheme ?? initialDataTheme);
  await settle(page);
}

/** Waits until every running CSS transition and animation of the page has finished. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  });
}
