// Link gate: every internal link, asset reference and #fragment across the whole bundled site points at something
// that exists (test/support/link-check.ts; external links are not fetched).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractLinks, findBrokenLinks, formatBrokenLinks, readSiteFiles, type SiteFiles } from "../support/link-check.ts";
import { buildBundledSite } from "../support/harness.ts";

const siteDir = await buildBundledSite();
const site: SiteFiles = await readSiteFiles(siteDir);

describe("internal links and fragments", () => {
  it("checks a site full of links, fragments and assets", () => {
    const links = [...site.pages.values()].flatMap((markup) => extractLinks(markup).links.map((link) => link.value));
    assert.ok(site.pages.size > 200, `only ${site.pages.size} pages were built`);
    assert.ok(links.length > 20 * site.pages.size, `only ${links.length} links on ${site.pages.size} pages`);
    assert.ok(
      links.some((link) => link.includes("#")),
      "no link with a fragment",
    );
    assert.ok(
      links.some((link) => /\/assets\/.+\.css$/.test(link)),
      "no stylesheet link",
    );
  });

  it("finds no broken link, asset or fragment on any page", () => {
    const broken = findBrokenLinks(site);
    assert.equal(broken.length, 0, `${broken.length} broken link(s):\n${formatBrokenLinks(broken)}`);
  });
});
