// Checks the quality gates run inside a loaded page: axe-core's WCAG rules, and whether the page scrolls sideways.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AxeResults, Result, RunOptions } from "axe-core";
import type { Page } from "playwright-core";

/** The rule sets of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** WCAG 1.4.10 (Reflow): content reads without scrolling in two directions at 320 CSS pixels wide. */
export const reflowWidth = 320;

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

declare global {
  interface Window {
    axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
  }
}

/** Runs axe in the page with the WCAG A and AA rules only and returns the violations. */
export async function axeViolations(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const options: RunOptions = { runOnly: { type: "tag", values: wcagTags }, resultTypes: ["violations"] };
  const results = await page.evaluate((runOptions) => window.axe.run(document, runOptions), options);
  return results.violations;
}

/** The elements that stick out past the right edge of a page too narrow for them, outside any scrolling region. */
export async function reflowOverflow(page: Page): Promise<string[]> {
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
