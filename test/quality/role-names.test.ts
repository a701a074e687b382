// The bundled site's search finds every role by the names and abbreviations readers type for it, in real Chromium on
// the real Pagefind index: the role is among the first page of results, and a guide named exactly is the first.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { useBuiltSite } from "../support/site-under-test.ts";

/** What readers type, and the role they mean. */
const searches: ReadonlyArray<readonly [query: string, role: string]> = [
  ["AI engineer", "AI engineer"],
  ["LLM engineer", "AI engineer"],
  ["GenAI", "AI engineer"],
  ["Android dev", "Android developer"],
  ["iOS", "iOS developer"],
  ["Swift developer", "iOS developer"],
  ["game dev", "Game developer"],
  ["firmware engineer", "Embedded systems engineer"],
  ["solutions architect", "Software architect"],
  ["EM", "Engineering manager"],
  ["DevRel", "Developer advocate"],
  ["technical writer", "Technical writer"],
  ["design engineer", "UX engineer"],
  ["BI analyst", "Data analyst"],
  ["data scientist", "Data scientist"],
  ["MLOps", "MLOps engineer"],
  ["smart contract developer", "Blockchain developer"],
  ["network administrator", "Network engineer"],
  ["build engineer", "Release engineer"],
  ["backend", "Back-end developer"],
  ["SRE", "Site reliability engineer"],
];

/** Names that are exactly one guide's title or alias, which Pagefind by itself ranks below other pages (third to twelfth). */
const exactNames: ReadonlyArray<readonly [query: string, guide: string]> = [
  ["JS", "JavaScript"],
  ["sql", "SQL"],
  ["iOS", "iOS"],
  ["EM", "Engineering manager"],
  ["CI/CD", "Continuous integration and delivery"],
  ["Android developer", "Android developer"],
  ["LLM engineer", "AI engineer"],
];

describe("searching the bundled guides for a role by its common names", () => {
  const site = useBuiltSite("bundled", { browser: true });

  it("lists the role on the first page of results for each name", async () => {
    const { context, page, errors } = await site.openPage();
    const misses: string[] = [];
    for (const [query, role] of searches) {
      await page.goto(site.urlOf(`/search/?q=${encodeURIComponent(query)}&type=role`));
      await page.waitForFunction(
        () => /result/.test(document.querySelector("#search-status")?.textContent ?? "") && !document.querySelector("#search-results[aria-busy]"),
      );
      const titles = await page.locator("#search-results-list .search-result__link").allTextContents();
      if (!titles.slice(0, 5).includes(role)) misses.push(`"${query}" → ${titles.slice(0, 5).join(", ") || "no results"} (expected ${role})`);
    }
    assert.deepEqual(misses, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("lists first the guide whose title or alias is exactly what was typed", async () => {
    const { context, page, errors } = await site.openPage();
    const misses: string[] = [];
    for (const [query, guide] of exactNames) {
      await page.goto(site.urlOf(`/search/?q=${encodeURIComponent(query)}`));
      await page.waitForFunction(
        () => /result/.test(document.querySelector("#search-status")?.textContent ?? "") && !document.querySelector("#search-results[aria-busy]"),
      );
      const first = await page.locator("#search-results-list .search-result__link").first().textContent();
      if (first !== guide) misses.push(`"${query}" → ${first ?? "no results"} (expected ${guide})`);
    }
    assert.deepEqual(misses, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
