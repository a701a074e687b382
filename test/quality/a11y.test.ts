// Accessibility gate: axe-core's WCAG 2.2 A and AA rules find no violation on a sample of every page type of the
// bundled site (the smallest and largest page of each type, and the search page's result states), in every theme, at
// a desktop and a phone width; and WCAG's reflow rule: at 320 px wide no page scrolls sideways. Each page is loaded once
// and switched between views, which keeps the gate fast.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Result } from "axe-core";
import type { BrowserContext, Page } from "playwright-core";
import { buildBundledSite } from "../support/harness.ts";
import { useBuiltSite } from "../support/site-under-test.ts";
import { applyTheme, dynamicVisits, openThemedContext, stopMotion, visit, visitsOf, type PageVisit } from "./browser.ts";
import { listSitePages, samplePages, themesOf, type Theme } from "./site-pages.ts";
import { axeViolations, reflowOverflow, reflowWidth } from "./page-checks.ts";

/** A theme at a viewport width. */
interface View extends Theme {
  width: number;
}

const desktop = { width: 1280, height: 800 };
const phoneWidth = 360;
const siteDir = await buildBundledSite();
const pages = await listSitePages(siteDir);
const visits: PageVisit[] = [...visitsOf(samplePages(pages)), ...dynamicVisits(pages)];
const themes = await themesOf(siteDir);
// Every theme on a desktop; the browser's own light and dark at a phone's width, where the layout changes.
const views: View[] = [
  ...themes.map((theme) => ({ ...theme, width: desktop.width })),
  ...themes.filter((theme) => !theme.dataTheme).map((theme) => ({ ...theme, name: `${theme.name}, ${phoneWidth} px wide`, width: phoneWidth })),
];

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
    assert.ok(
      overflow.some((line) => line.includes("wide-probe")),
      `the probe was not reported: ${overflow.join("; ")}`,
    );
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
