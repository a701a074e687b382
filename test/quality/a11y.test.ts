// Accessibility gate: axe-core's WCAG 2.2 A and AA rules find no violation on a sample of every page type of the
// bundled site (the smallest and largest page of each type, and the search page's result states), in every theme, at
// a desktop and a phone width; and WCAG's reflow rule: at 320 px wide no page scrolls sideways. Each page is loaded once
// and switched between views, which keeps the gate fast.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { after, before, describe, it } from "node:test";
import type { AxeResults, Result, RunOptions } from "axe-core";
import type { BrowserContext, Page } from "playwright-core";
import { buildBundledSite } from "../support/harness.ts";
import { useBuiltSite } from "../support/site-under-test.ts";
import { applyTheme, dynamicVisits, openThemedContext, stopMotion, visit, visitsOf, type PageVisit } from "./browser.ts";
import { listSitePages, samplePages, themesOf, type Theme } from "./site-pages.ts";

/** The rule sets of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** A theme at a viewport width. */
interface View extends Theme {
  width: number;
}

const desktop = { width: 1280, height: 800 };
const phoneWidth = 360;
/** WCAG 1.4.10 (Reflow): content reads without scrolling in two directions at 320 CSS pixels wide. */
const reflowWidth = 320;

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const siteDir = await buildBundledSite();
const pages = await listSitePages(siteDir);
const visits: PageVisit[] = [...visitsOf(samplePages(pages)), ...dynamicVisits(pages)];
const themes = await themesOf(siteDir);
// Every theme on a desktop; the browser's own light and dark at a phone's width, where the layout changes.
const views: View[] = [
  ...themes.map((theme) => ({ ...theme, width: desktop.width })),
  ...themes.filter((theme) => !theme.dataTheme).map((theme) => ({ ...theme, name: `${theme.name}, ${phoneWidth} px wide`, width: phoneWidth })),
];

declare global {
  interface Window {
    axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
  }
}

/** Runs axe in the page with the WCAG A and AA rules only and returns the violations. */
async function axeViolations(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const options: RunOptions = { runOnly: { type: "tag", values: wcagTags }, resultTypes: ["violations"] };
  const results = await page.evaluate((runOptions) => window.axe.run(document, runOptions), options);
  return results.violations;
}

/** The elements that stick out past the right edge of a page too narrow for them, outside any scrolling region. */
async function reflowOverflow(page: Page): Promise<string[]> {
  // No named helpers inside: tsx would wrap them in a function the page does not have.
  return page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    // Elements past the edge outside any scrolling region first; then, if none, those escaping one (positioned content).
    const outside: string[] = [];
    const escaping: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      const right = element.getBoundingClientRect().right;
      if (right <= window.innerWidth + 1) continue;
      let scroller: Element | null = element.parentElement;
      while (scroller && !["auto", "scroll"].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
      (scroller ? escaping : outside).push(`<${element.tagName.toLowerCase()} class="${element.className}"> ends at ${Math.round(right)} px`);
    }
    const page = `the page is ${document.documentElement.scrollWidth} px wide`;
    return [page, ...(outside.length > 0 ? outside : escaping.map((line) => `${line} (escapes its scrolling region)`)).slice(0, 5)];
  });
}

/** Describes violations for people: rule, impact, help, and each failing element's selector and reason. */
function describeViolations(violations: readonly Result[], target: PageVisit, view: View): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => {
        const reason = (node.failureSummary ?? "").split("\n").slice(1).join(" ").trim();
        return `    - ${node.target.map(String).join(" >> ")}\n      ${node.html.slice(0, 160)}\n      ${reason}`;
      });
      return `  ${violation.id} (${violation.impact ?? "no impact"}) on ${target.url} in the ${view.name} view: ${violation.help}\n    ${violation.helpUrl}\n${nodes.join("\n")}`;
    })
    .join("\n");
}

describe(`accessibility (axe-core, WCAG 2.2 A and AA) in the views: ${views.map((view) => view.name).join("; ")}`, () => {
  const site = useBuiltSite("bundled", { browser: true });
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    context = await openThemedContext(site.browser, themes[0]!, { viewport: desktop, bypassCsp: true });
    page = await context.newPage();
  });
  after(() => context?.close());

  it("reports a violation it is shown, with its rule and element (the check works)", async () => {
    await page.setViewportSize(desktop);
    await visit(page, site.url, { url: "/", type: "/" }, themes[0]!);
    await page.evaluate(() => {
      const image = document.createElement("img");
      image.src = "/icon.svg";
      image.className = "unlabelled-probe";
      document.querySelector("main")?.append(image);
    });
    const violations = await axeViolations(page);
    assert.deepEqual(
      violations.map((violation) => [violation.id, violation.nodes.map((node) => node.html)]),
      [["image-alt", ['<img src="/icon.svg" class="unlabelled-probe">']]],
    );
  });

  it("reports a page that scrolls sideways at 320 px, naming the element (the reflow check works)", async () => {
    await page.setViewportSize({ width: reflowWidth, height: desktop.height });
    await visit(page, site.url, { url: "/", type: "/" }, themes[0]!);
    await page.evaluate(() => {
      const wide = document.createElement("div");
      wide.className = "wide-probe";
      wide.style.minWidth = "500px";
      wide.textContent = "A line that does not wrap.";
      document.querySelector("main")?.append(wide);
    });
    const overflow = await reflowOverflow(page);
    assert.ok(overflow.some((line) => line.includes("wide-probe")), `the probe was not reported: ${overflow.join("; ")}`);
  });

  for (const target of visits) {
    it(`finds no violation on ${target.url} (${target.type}) in any view`, async () => {
      await page.setViewportSize(desktop);
      await visit(page, site.url, target, themes[0]!);
      await stopMotion(page);
      const initialDataTheme = await page.evaluate(() => document.documentElement.getAttribute("data-theme"));
      const reports: string[] = [];
      for (const view of views) {
        await page.setViewportSize({ width: view.width, height: desktop.height });
        await applyTheme(page, view, initialDataTheme);
        const violations = await axeViolations(page);
        if (violations.length > 0) reports.push(describeViolations(violations, target, view));
      }
      await page.setViewportSize({ width: reflowWidth, height: desktop.height });
      const overflow = await reflowOverflow(page);
      if (overflow.length > 0) reports.push(`  reflow: ${target.url} scrolls sideways at ${reflowWidth} px wide: ${overflow.join("; ")}`);
      assert.equal(reports.length, 0, `found problems in ${reports.length} of ${views.length + 1} checks:\n${reports.join("\n")}`);
    });
  }
});
