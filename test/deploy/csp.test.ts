// Every page of a built site, served with the Content-Security-Policy of its _headers file (and its own <meta>), loads
// and searches in Chromium without a single policy violation or console error.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { cspHeaderValue, cspMetaValue } from "../../src/deploy/csp.ts";
import { watchForErrors } from "../support/harness.ts";
import { useBuiltSite } from "../support/site-under-test.ts";
import { deployFixture, publicBaseUrl } from "./support.ts";

// Source text, so that the bundler's helpers never end up in the page.
const recordViolations = `
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(event.violatedDirective + " blocked " + (event.blockedURI || "inline") + " at " + event.sourceFile + ":" + event.lineNumber);
  });
`;

async function violations(page: Page): Promise<string[]> {
  return page.evaluate<string[]>("window.__cspViolations");
}

describe("the site under its Content-Security-Policy", () => {
  const served = useBuiltSite(deployFixture, { baseUrl: publicBaseUrl, browser: true });
  const site = served;
  let pageUrls: string[];

  /** Opens a page with violations and console errors recorded; returns them with the response's policy header. */
  async function visit(url: string, act?: (page: Page) => Promise<void>): Promise<{ status: number; policy: string | undefined; problems: string[] }> {
    const page = await served.browser.newPage();
    await page.addInitScript(recordViolations);
    const errors = watchForErrors(page);
    try {
      const response = await page.goto(url, { waitUntil: "load" });
      if (act) await act(page);
      const status = response?.status() ?? 0;
      // Chromium reports the 404 status of the page itself as a console error; that one is expected.
      const problems = [...(await violations(page)), ...errors.filter((error) => !(status === 404 && /status of 404/.test(error)))];
      return { status, policy: (await response?.headerValue("content-security-policy")) ?? undefined, problems };
    } finally {
      await page.close();
    }
  }

  before(async () => {
    const sitemap = await readFile(path.join(site.outputDir, "sitemap.xml"), "utf8");
    pageUrls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => served.url + (match[1] ?? "").slice(publicBaseUrl.length));
  });

  it("is sent as a header with every page, and repeated in each page's <meta>", async () => {
    const response = await fetch(served.url);
    assert.equal(response.headers.get("content-security-policy"), cspHeaderValue());
    const escaped = cspMetaValue().replace(/'/g, "&#39;");
    for (const file of ["index.html", "404.html", "roles/back-end-developer/index.html", "search/index.html"]) {
      const html = await readFile(path.join(site.outputDir, file), "utf8");
      assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${escaped}">`), `${file} has no CSP <meta>`);
    }
  });

  it("loads every page with no violation and no console error", async () => {
    assert.ok(pageUrls.length >= 12, `only ${pageUrls.length} pages in the sitemap`);
    for (const url of pageUrls) {
      const result = await visit(url);
      assert.equal(result.status, 200, url);
      assert.equal(result.policy, cspHeaderValue(), `${url} came without the policy header`);
      assert.deepEqual(result.problems, [], url);
    }
  });

  it("shows the 404 page with no violation", async () => {
    const result = await visit(`${served.url}no-such-guide/`);
    assert.equal(result.status, 404);
    assert.equal(result.policy, cspHeaderValue());
    assert.deepEqual(result.problems, []);
  });

  it("runs a search, WebAssembly and all, with no violation", async () => {
    const result = await visit(`${served.url}search/?q=sql`, async (page) => {
      await page.locator("#search-results-list li a").first().waitFor();
      await page.fill("#search-input", "accessibility");
      await page.locator("#search-results-list li a", { hasText: "Web accessibility" }).first().waitFor();
    });
    assert.deepEqual(result.problems, []);
  });

  it("reports an inline script as a violation, so the checks above can fail", async () => {
    const result = await visit(served.url, async (page) => {
      await page.evaluate(
        `(() => { const script = document.createElement("script"); script.textContent = "window.inlineRan = true"; document.body.append(script); })()`,
      );
      await page.waitForFunction("window.__cspViolations.length > 0");
      assert.equal(await page.evaluate("window.inlineRan === true"), false);
    });
    assert.ok(
      result.problems.some((problem) => /script-src/.test(problem)),
      result.problems.join("\n"),
    );
  });
});
