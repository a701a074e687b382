// Accessibility gate: axe-core's WCAG 2.2 A and AA rules find no violation on a sample of every page type of the
// bundled site (the smallest and largest page of each type, and the search page's result states), in every theme.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { after, before, describe, it } from "node:test";
import type { AxeResults, Result, RunOptions } from "axe-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildBundledSite, launchBrowser, serve, type ServedSite } from "../helpers.ts";
import { dynamicVisits, openThemedContext, visit, visitsOf, type PageVisit } from "./browser.ts";
import { listSitePages, samplePages, themesOf, type Theme } from "./site-pages.ts";

/** The rule sets of WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe files 2.2's new A criteria under wcag22aa or none). */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const siteDir = await buildBundledSite();
const pages = await listSitePages(siteDir);
const visits: PageVisit[] = [...visitsOf(samplePages(pages)), ...dynamicVisits(pages)];
const themes = await themesOf(siteDir);

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

/** Describes violations for people: rule, impact, help, and each failing element's selector and reason. */
function describeViolations(violations: readonly Result[], target: PageVisit, theme: Theme): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => {
        const reason = (node.failureSummary ?? "").split("\n").slice(1).join(" ").trim();
        return `    - ${node.target.map(String).join(" >> ")}\n      ${node.html.slice(0, 160)}\n      ${reason}`;
      });
      return `  ${violation.id} (${violation.impact ?? "no impact"}) on ${target.url} in the ${theme.name} theme: ${violation.help}\n    ${violation.helpUrl}\n${nodes.join("\n")}`;
    })
    .join("\n");
}

describe("accessibility (axe-core, WCAG 2.2 A and AA)", () => {
  let browser: Browser;
  let site: ServedSite;

  before(async () => {
    site = await serve(siteDir);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const theme of themes) {
    describe(`in the ${theme.name} theme`, () => {
      let context: BrowserContext;
      let page: Page;
      before(async () => {
        context = await openThemedContext(browser, theme);
        page = await context.newPage();
      });
      after(() => context?.close());

      for (const target of visits) {
        it(`finds no violation on ${target.url} (${target.type})`, async () => {
          await visit(page, site.url, target, theme);
          const violations = await axeViolations(page);
          assert.equal(violations.length, 0, `axe found ${violations.length} violation(s):\n${describeViolations(violations, target, theme)}`);
        });
      }
    });
  }
});
