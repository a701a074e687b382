// Role roadmaps and charts in a real browser: links, order, keyboard, one view at a time, axe in both themes, and
// byte-identical drawings from two builds.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, it } from "node:test";
import type { AxeResults, Result, RunOptions } from "axe-core";
import type { BrowserContext, Page } from "playwright-core";
import { buildFixture, fixture } from "../support/harness.ts";
import { useBuiltSite } from "../support/site-under-test.ts";

/** The fixture role's learning path, worked out by hand (see test/roadmap/learning-path.test.ts for why). */
const expectedOrder = ["html", "css", "communication", "accessibility", "browser-tools", "debugging", "version-control", "testing", "api-design"];
const rolePage = "roles/front-end-developer/";
const comparePage = "compare/back-end-developer-vs-front-end-developer/";
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const wide = { width: 1280, height: 900 };
const narrow = { width: 360, height: 800 };

declare global {
  interface Window {
    axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
  }
}

/** The roadmap's SVG element, as the build wrote it. */
function svgOf(pageHtml: string): string {
  const match = /<svg class="roadmap__svg"[\s\S]*?<\/svg>/.exec(pageHtml);
  assert.ok(match, "the role page has a roadmap diagram");
  return match[0];
}

async function builtPage(site: { outputDir: string }, url: string): Promise<string> {
  return readFile(path.join(site.outputDir, url, "index.html"), "utf8");
}

/** The skill slug a link points at. */
function skillSlug(href: string | null): string {
  return /\/skills\/([^/]+)\/$/.exec(href ?? "")?.[1] ?? `not a skill link: ${href}`;
}

/** Puts keyboard focus on an element that is not a tab stop itself (like a heading), so the next Tab goes to what follows it. */
async function focusOn(page: Page, selector: string): Promise<void> {
  await page.evaluate((target) => {
    const element = document.querySelector<HTMLElement>(target);
    element?.setAttribute("tabindex", "-1");
    element?.focus();
  }, selector);
}

/** Presses Tab until focus leaves `selector`, returning the links it stopped on inside; starts from `start`. */
async function tabThrough(page: Page, start: string, selector: string): Promise<string[]> {
  await focusOn(page, start);
  const visited: string[] = [];
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate((inside) => {
      const active = document.activeElement;
      return active?.closest(inside) ? (active.getAttribute("href") ?? active.tagName) : null;
    }, selector);
    if (stop === null) break;
    visited.push(stop);
  }
  return visited;
}

function describeViolations(violations: readonly Result[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${node.target.join(" ")}: ${node.failureSummary ?? ""}`).join("\n")}`,
    )
    .join("\n");
}

describe("role roadmaps and charts in a browser", () => {
  const served = useBuiltSite(fixture("roadmap"), { browser: true });
  const site = served;

  async function open(
    url: string,
    options: { viewport?: typeof wide; colorScheme?: "light" | "dark"; bypassCSP?: boolean } = {},
  ): Promise<{ context: BrowserContext; page: Page }> {
    const { context, page } = await served.openPage({
      viewport: options.viewport ?? wide,
      colorScheme: options.colorScheme ?? "light",
      reducedMotion: "reduce",
      bypassCSP: options.bypassCSP ?? false,
    });
    await page.goto(new URL(url, served.url).href);
    return { context, page };
  }

  it("links every box and every list item to a page the build wrote, each of the role's skills exactly once, in learning order", async () => {
    const pageHtml = await builtPage(site, rolePage);
    const boxes = [...svgOf(pageHtml).matchAll(/<a class="roadmap__node[^"]*" href="([^"]+)"/g)].map((match) => match[1] ?? "");
    const list = /<div class="roadmap__list">[\s\S]*?<\/div>/.exec(pageHtml)?.[0] ?? "";
    const items = [...list.matchAll(/<li[^>]*><a href="([^"]+)"/g)].map((match) => match[1] ?? "");
    for (const links of [boxes, items]) {
      assert.deepEqual(links.map(skillSlug), expectedOrder);
      for (const href of links) assert.ok(existsSync(path.join(site.outputDir, href, "index.html")), `${href} was built`);
    }
  });

  it("walks the boxes with the Tab key in learning order, each once, then leaves the diagram", async () => {
    const { context, page } = await open(rolePage);
    const stops = await tabThrough(page, "#roadmap-heading", ".roadmap");
    assert.deepEqual(stops.map(skillSlug), expectedOrder);
    await context.close();
  });

  it("shows a focus ring around the box that has keyboard focus", async () => {
    const { context, page } = await open(rolePage);
    await focusOn(page, "#roadmap-heading");
    await page.keyboard.press("Tab");
    const strokes = await page.evaluate(() => [...document.querySelectorAll(".roadmap__focus")].map((ring) => getComputedStyle(ring).stroke));
    assert.notEqual(strokes[0], "none", "the focused first box has a ring");
    assert.deepEqual(new Set(strokes.slice(1)), new Set(["none"]), "no other box has one");
    await context.close();
  });

  it("gives a narrow screen the numbered list instead, walked by Tab in the same order, with the diagram out of reach", async () => {
    const { context, page } = await open(rolePage, { viewport: narrow });
    const displays = await page.evaluate(() =>
      [".roadmap__diagram", ".roadmap__list"].map((selector) => getComputedStyle(document.querySelector(selector) as Element).display),
    );
    assert.deepEqual(displays, ["none", "block"]);
    assert.deepEqual(await page.locator(".roadmap__steps").evaluateAll((lists) => lists.map((list) => (list as HTMLOListElement).start)), [1, 5, 9]);
    const stops = await tabThrough(page, "#roadmap-heading", ".roadmap");
    assert.deepEqual(stops.map(skillSlug), expectedOrder);
    await context.close();
  });

  it("exposes each skill to assistive technology once, with its step, category and importance, at any width", async () => {
    const names: Record<number, string[]> = {};
    for (const viewport of [wide, narrow]) {
      const { context, page } = await open(rolePage, { viewport });
      const tree = await page.locator(".roadmap").ariaSnapshot();
      names[viewport.width] = [...tree.matchAll(/link "([^"]+)"/g)].map((match) => match[1] ?? "");
      await context.close();
    }
    assert.deepEqual(names[wide.width], [
      "1. HTML: Web platform, required",
      "2. CSS: Web platform, required",
      "3. Communication: Soft skills, recommended",
      "4. Accessibility: Web platform, required",
      "5. Browser tools: Web platform, recommended",
      "6. Debugging: Quality and testing, recommended",
      "7. Version control with Git and code hosting: Collaboration and process, nice to have",
      "8. Testing: Quality and testing, recommended",
      "9. API design: Architecture and APIs, nice to have",
    ]);
    assert.deepEqual(names[narrow.width], [
      "HTML",
      "CSS",
      "Communication",
      "Accessibility",
      "Browser tools",
      "Debugging",
      "Version control with Git and code hosting",
      "Testing",
      "API design",
    ]);
  });

  it("fits every title inside its box in the browser's own font", async () => {
    const { context, page } = await open(rolePage);
    const overflows = await page.evaluate(() =>
      [...document.querySelectorAll(".roadmap__node")].flatMap((node) => {
        const box = (node.querySelector(".roadmap__box") as SVGGraphicsElement).getBBox();
        const text = (node.querySelector(".roadmap__title") as SVGGraphicsElement).getBBox();
        return text.x + text.width <= box.x + box.width && text.y + text.height <= box.y + box.height ? [] : [node.getAttribute("href")];
      }),
    );
    assert.deepEqual(overflows, []);
    await context.close();
  });

  it("passes axe's WCAG 2.2 A and AA rules on pages with a roadmap or chart, in the light and dark themes", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      // Injecting axe as a script tag needs the page's Content-Security-Policy set aside; the next test checks it.
      const { context, page } = await open("", { colorScheme, bypassCSP: true });
      for (const [url, viewport] of [
        [rolePage, wide],
        [rolePage, narrow],
        ["skills/communication/", wide],
        ["roles/", wide],
        [comparePage, wide],
        [comparePage, narrow],
      ] as const) {
        await page.setViewportSize(viewport);
        await page.goto(new URL(url, served.url).href);
        await page.addScriptTag({ path: axePath });
        const options: RunOptions = { runOnly: { type: "tag", values: wcagTags }, resultTypes: ["violations"] };
        const { violations } = await page.evaluate((runOptions) => window.axe.run(document, runOptions), options);
        assert.deepEqual(
          violations.map((violation) => violation.id),
          [],
          `${url} at ${viewport.width}px, ${colorScheme}:\n${describeViolations(violations)}`,
        );
      }
      await context.close();
    }
  });

  it("charts a comparison's shared and unique skills with the same totals as the lists on its page", async () => {
    const { context, page } = await open(comparePage);
    const count = (selector: string) => page.locator(selector).count();
    const counts = {
      chart: (await page.locator(".split-chart tfoot td").allTextContents()).map(Number),
      lists: [
        await count("section[aria-labelledby='unique-back-end-developer'] a[href*='/skills/']"),
        await count("section[aria-labelledby='shared-skills'] tbody tr"),
        await count("section[aria-labelledby='unique-front-end-developer'] a[href*='/skills/']"),
      ],
      rows: await page.locator(".split-chart tbody th").allTextContents(),
    };
    assert.deepEqual(counts.chart, counts.lists);
    assert.ok(
      counts.chart.every((count) => count > 0),
      `each column has skills in this fixture: ${counts.chart.join(", ")}`,
    );
    assert.ok(counts.rows.length > 1, "more than one category");
    await context.close();
  });

  it("loads the role, skill, role-list and comparison pages without a console error or Content-Security-Policy violation", async () => {
    const { context, page, errors } = await served.openPage({ viewport: wide });
    for (const url of [rolePage, "skills/communication/", "roles/", comparePage]) await page.goto(new URL(url, served.url).href);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("draws the same SVG, byte for byte, in a second build of the same guides", async () => {
    const again = await buildFixture(fixture("roadmap"));
    try {
      assert.equal(svgOf(await builtPage(again, rolePage)), svgOf(await builtPage(site, rolePage)));
    } finally {
      await again.cleanup();
    }
  });

  it("puts the path prefix on every box's link when the site lives under a sub-path", async () => {
    const prefixed = await buildFixture(fixture("roadmap"), { baseUrl: "/guides/" });
    try {
      const hrefs = [...svgOf(await builtPage(prefixed, rolePage)).matchAll(/<a class="roadmap__node[^"]*" href="([^"]+)"/g)].map((match) => match[1]);
      assert.equal(hrefs.length, expectedOrder.length);
      for (const href of hrefs) assert.match(href ?? "", /^\/guides\/skills\/[a-z-]+\/$/);
    } finally {
      await prefixed.cleanup();
    }
  });

  it("links role-map cells only to comparison pages and role names to role pages", async () => {
    const pageHtml = await builtPage(site, "roles/");
    const table = /<table class="similarity">[\s\S]*?<\/table>/.exec(pageHtml)?.[0] ?? "";
    assert.deepEqual(
      [...table.matchAll(/href="(\/compare\/[^"]+)"/g)].map((match) => match[1]),
      ["/compare/back-end-developer-vs-front-end-developer/", "/compare/back-end-developer-vs-front-end-developer/"],
    );
    assert.deepEqual(
      [...table.matchAll(/<th scope="row"><a href="([^"]+)"/g)].map((match) => match[1]),
      ["/roles/back-end-developer/", "/roles/devops-engineer/", "/roles/front-end-developer/"],
    );
  });
});
