// Reading guides written elsewhere, in Chromium: at 320 px wide a wide table and a long line of code scroll inside
// their own focusable regions while the page never scrolls sideways, axe finds no WCAG A or AA violation (code colours
// included) in either theme, small headings stay as large as the text, and images load under the site's CSP.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fixture } from "../support/harness.ts";
import { useBuiltSite } from "../support/site-under-test.ts";
import { applyTheme, stopMotion } from "./browser.ts";
import { axeViolations, reflowOverflow, reflowWidth } from "./page-checks.ts";

const pages = ["/roles/back-end-developer/", "/skills/http-caching/", "/technologies/redis/"];

describe("reading guides with wide tables, long code and images", () => {
  const site = useBuiltSite(fixture("markdown-from-elsewhere"), { browser: true });

  it("never scrolls the page sideways at 320 px: the wide table and long code scroll in their own focusable regions", async () => {
    const { page, errors } = await site.openPage({ viewport: { width: reflowWidth, height: 800 } });
    for (const url of pages) {
      await page.goto(site.urlOf(url), { waitUntil: "load" });
      assert.deepEqual(await reflowOverflow(page), [], `${url} scrolls sideways`);
    }
    await page.goto(site.urlOf("/roles/back-end-developer/"), { waitUntil: "load" });
    const scrollers = await page.evaluate(() =>
      [...document.querySelectorAll(".prose .table-scroll, .prose pre")].map((element) => ({
        what: element.tagName.toLowerCase(),
        scrolls: element.scrollWidth > element.clientWidth,
        focusable: (element as HTMLElement).tabIndex === 0,
        name: element.getAttribute("aria-label"),
      })),
    );
    assert.deepEqual(
      scrollers.filter((scroller) => scroller.scrolls).map((scroller) => scroller.what),
      ["section", "pre", "pre"],
      "the table and the long SQL and Python lines should scroll in place",
    );
    assert.ok(
      scrollers.every((scroller) => scroller.focusable),
      "every scrolling region can take the keyboard focus",
    );
    assert.match(scrollers[0]?.name ?? "", /^Table: Day, What happens/);
    assert.deepEqual(errors, []);
  });

  it("finds no WCAG A or AA violation, highlighted code and tables included, in the light and dark themes", async () => {
    const { page } = await site.openPage({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
    const reports: string[] = [];
    for (const url of pages) {
      await page.goto(site.urlOf(url), { waitUntil: "load" });
      await stopMotion(page);
      for (const colorScheme of ["light", "dark"] as const) {
        for (const width of [1280, reflowWidth]) {
          await page.setViewportSize({ width, height: 800 });
          await applyTheme(page, { name: colorScheme, colorScheme }, null);
          for (const violation of await axeViolations(page))
            reports.push(`${url} (${colorScheme}, ${width} px): ${violation.id} on ${violation.nodes.map((node) => node.html.slice(0, 120)).join(", ")}`);
        }
      }
    }
    assert.deepEqual(reports, []);
  });

  it("keeps h5 and h6 headings at least as large as the text around them", async () => {
    const { page } = await site.openPage();
    await page.goto(site.urlOf("/roles/back-end-developer/"), { waitUntil: "load" });
    const sizes = await page.evaluate(() =>
      Object.fromEntries(
        ["h5", "h6", "p"].map((selector) => [selector, parseFloat(getComputedStyle(document.querySelector(`.prose ${selector}`) as Element).fontSize)]),
      ),
    );
    assert.ok((sizes.h5 ?? 0) >= (sizes.p ?? Infinity) && (sizes.h6 ?? 0) >= (sizes.p ?? Infinity), JSON.stringify(sizes));
  });

  it("loads every image under the site's Content-Security-Policy, in AVIF, the second one lazily", async () => {
    const { page, errors } = await site.openPage({ viewport: { width: 1280, height: 3000 } });
    await page.goto(site.urlOf("/technologies/redis/"), { waitUntil: "networkidle" });
    const images = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLImageElement>(".prose img")].map((image) => ({
        loaded: image.complete && image.naturalWidth > 0,
        source: image.currentSrc.split(".").at(-1),
        lazy: image.loading,
      })),
    );
    assert.deepEqual(images, [
      { loaded: true, source: "avif", lazy: "auto" },
      { loaded: true, source: "avif", lazy: "lazy" },
    ]);
    assert.deepEqual(errors, []);
  });
});
