// Dark mode, print and small screens in a real browser: the theme follows the system until the reader picks one, the
// pick persists across pages and reloads with no flash of the wrong theme, the toggle works by keyboard, a role guide
// prints without navigation and with link URLs, and the reader pages fit 320 px without scripts shifting the layout.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Script } from "node:vm";
import { describe, it } from "node:test";
import type { BrowserContextOptions, Page } from "playwright-core";
import { fixture } from "../support/harness.ts";
import { useBuiltSite } from "../support/site-under-test.ts";

const themeKey = "role-guides:theme";
const darkBackground = "rgb(15, 20, 26)";
const lightBackground = "rgb(255, 255, 255)";

describe("dark mode, print and small screens", () => {
  const site = useBuiltSite(fixture("reader"), { browser: true });
  const built = site;
  const freshPage = (options: BrowserContextOptions = {}) => site.openPage(options);

  const open = (page: Page, url: string) => page.goto(new URL(url, site.url).href);
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dataTheme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme ?? "none");

  it("loads theme-init as a blocking classic script in the head, before the stylesheet", async () => {
    const page = await readFile(path.join(built.outputDir, "roles/front-end-developer/index.html"), "utf8");
    const head = page.slice(0, page.indexOf("</head>"));
    const tag = /<script src="([^"]*theme-init\.[0-9a-f]+\.js)"><\/script>/.exec(head);
    assert.ok(tag, "a plain <script src> for theme-init, with no defer, async or type=module");
    assert.ok(head.indexOf(tag[0]) < head.indexOf('rel="stylesheet"'));
    const code = await readFile(path.join(built.outputDir, "roles/front-end-developer", tag[1]!), "utf8");
    assert.doesNotThrow(() => new Script(code), "the built file compiles as a classic script (no import or export)");
  });

  it("follows the system setting until the reader chooses", async () => {
    for (const [colorScheme, expected] of [
      ["dark", darkBackground],
      ["light", lightBackground],
    ] as const) {
      const { context, page, errors } = await freshPage({ colorScheme });
      await open(page, "roles/front-end-developer/");
      assert.equal(await dataTheme(page), "none");
      assert.equal(await background(page), expected);
      assert.equal(await page.getByRole("radio", { name: "System" }).isChecked(), true);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  it("keeps the chosen theme across pages and reloads, and forgets it when the reader picks System", async () => {
    const { context, page, errors } = await freshPage({ colorScheme: "light" });
    await open(page, "roles/front-end-developer/");
    await page.getByRole("radio", { name: "Dark" }).check();
    assert.equal(await dataTheme(page), "dark");
    assert.equal(await background(page), darkBackground);
    await page.reload();
    assert.equal(await background(page), darkBackground);
    assert.equal(await page.getByRole("radio", { name: "Dark" }).isChecked(), true);
    await open(page, "compare/");
    assert.equal(await background(page), darkBackground);
    await page.getByRole("radio", { name: "System" }).check();
    assert.equal(await background(page), lightBackground);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), themeKey), null);
    await open(page, "me/");
    assert.equal(await dataTheme(page), "none");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("paints the saved theme from the first frame, with no flash of the system's", async () => {
    const { context, page, errors } = await freshPage({ colorScheme: "light" });
    await context.addInitScript((key) => {
      localStorage.setItem(key, "dark");
      const seen = { themeWhenBodyParsed: "", firstFrameBackground: "" };
      (window as unknown as { themeProbe: typeof seen }).themeProbe = seen;
      // The <body> start tag is parsed after everything in <head> and before any deferred script runs.
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        seen.themeWhenBodyParsed = document.documentElement.dataset.theme ?? "none";
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
      requestAnimationFrame(() => {
        seen.firstFrameBackground = document.body ? getComputedStyle(document.body).backgroundColor : "no body yet";
      });
    }, themeKey);
    await open(page, "roles/back-end-developer/");
    const probe = await page.evaluate(() => (window as unknown as { themeProbe: Record<string, string> }).themeProbe);
    assert.deepEqual(probe, { themeWhenBodyParsed: "dark", firstFrameBackground: darkBackground });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("offers the toggle as a labelled radio group that works by keyboard alone", async () => {
    const { context, page, errors } = await freshPage({ colorScheme: "light" });
    await open(page, "skills/");
    assert.equal(await page.getByRole("group", { name: "Colour theme" }).getByRole("radio").count(), 3);
    await page.locator("#site-search-input").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value), "system", "Tab reaches the checked option");
    await page.keyboard.press("ArrowRight");
    assert.equal(await dataTheme(page), "light");
    await page.keyboard.press("ArrowRight");
    assert.equal(await dataTheme(page), "dark");
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), themeKey), "dark");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("hides the toggle when scripts are off", async () => {
    const { context, page } = await freshPage({ javaScriptEnabled: false, colorScheme: "dark" });
    await open(page, "roles/front-end-developer/");
    assert.equal(await page.locator(".theme-toggle").isVisible(), false);
    assert.equal(await background(page), darkBackground, "the system's dark theme still applies");
    await context.close();
  });

  it("prints a role guide without navigation, search or reader controls, with link URLs, in the light theme", async () => {
    const { context, page } = await freshPage({ colorScheme: "dark" });
    await context.addInitScript((key) => localStorage.setItem(key, "dark"), themeKey);
    await open(page, "roles/front-end-developer/");
    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-nav", ".site-search", ".theme-toggle", ".self-check", ".skip-link"]) {
      assert.equal(await page.locator(selector).isVisible(), false, `${selector} is hidden in print`);
    }
    assert.equal(await page.locator(".prose").isVisible(), true);
    const after = (selector: string) => page.$eval(selector, (link) => getComputedStyle(link, "::after").content);
    assert.equal(await after('.prose a[href^="https://www.w3.org"]'), '" (https://www.w3.org/WAI/fundamentals/accessibility-intro/)"');
    assert.equal(await after(".pathway h3 a"), '" (/roles/full-stack-developer/)"');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).color), "rgb(0, 0, 0)");
    await context.close();
  });

  it("fits the reader pages into 320 px without sideways scrolling", async () => {
    const { context, page, errors } = await freshPage({ viewport: { width: 320, height: 700 } });
    await context.addInitScript(() => localStorage.setItem("role-guides:skills", JSON.stringify({ version: 1, skills: ["html", "sql"] })));
    for (const url of [
      "roles/full-stack-developer/",
      "me/",
      "compare/back-end-developer-vs-front-end-developer/",
      "compare/?roles=front-end-developer,back-end-developer,full-stack-developer",
    ]) {
      await open(page, url);
      await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
      if (url.includes("?")) await page.locator("[data-compare-result] .comparison").waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${url} scrolls sideways by ${overflow} px`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("does not shift the layout when the reader scripts fill in the page", async () => {
    const { context, page, errors } = await freshPage({ viewport: { width: 390, height: 800 } });
    await context.addInitScript(() => {
      localStorage.setItem("role-guides:skills", JSON.stringify({ version: 1, skills: ["html", "css", "sql"] }));
      localStorage.setItem("role-guides:theme", "dark");
      const shifts: number[] = [];
      (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    for (const url of ["roles/front-end-developer/", "me/"]) {
      await open(page, url);
      await page.waitForLoadState("networkidle");
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
      assert.deepEqual(shifts, [], `${url} shifted`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
});
