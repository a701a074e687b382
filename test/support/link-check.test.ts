import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkSiteLinks, extractLinks, findBrokenLinks, formatBrokenLinks, type SiteFiles } from "./link-check.ts";
import { fileUrlPath } from "../../src/lib/url-paths.ts";
import { fixture } from "./harness.ts";

describe("link check", () => {
  it("reports exactly the broken links, assets and fragments of a small site", async () => {
    const broken = await checkSiteLinks(fixture("links-broken"));
    const found = broken.map((link) => `${link.page} ${link.attribute} ${link.url}: ${link.reason}`).sort();
    assert.deepEqual(found, [
      '/ a[href] #gone: no element with id="gone" on /',
      "/ a[href] ../outside/: no such page",
      '/ a[href] /about/#nobody: no element with id="nobody" on /about/',
      "/ a[href] /about: names a folder: link to /about/ with the trailing slash",
      "/ a[href] /missing/: no such page",
      "/ img[srcset] /img/b.png: no such file",
      "/ script[src] /assets/missing.js: no such file",
    ]);
  });

  it("accepts form actions, query URLs, #top, <a name> anchors and relative links, and ignores other sites", async () => {
    const broken = await checkSiteLinks(fixture("links-broken"));
    for (const fine of [
      "/search/",
      "/search/?q=sql&type=role",
      "#top",
      "/about/#old-anchor",
      "../#local",
      "../search/",
      "https://example.com/missing/",
      "mailto:someone@example.com",
    ]) {
      assert.ok(!broken.some((link) => link.url === fine), `${fine} is reported broken`);
    }
  });

  it("ignores markup inside comments and scripts", () => {
    const { links } = extractLinks(`<!-- <a href="/a/"> --><script>"<a href='/b/'>"</script><a href="/c/">c</a>`);
    assert.deepEqual(links, [{ attribute: "a[href]", value: "/c/" }]);
  });

  it("holds a site under a path prefix to that prefix, and checks absolute URLs of its public address", () => {
    const site: SiteFiles = {
      files: new Set(["index.html", "roles/index.html"]),
      pages: new Map([
        [
          "index.html",
          `<link rel="canonical" href="https://example.org/guides/"><meta property="og:url" content="https://example.org/guides/nope/">
<a href="/guides/roles/">fine</a><a href="/roles/">outside</a><a href="https://example.org/other/">other path</a><a href="https://example.com/guides/nope/">other site</a>`,
        ],
        ["roles/index.html", `<a href="../">home</a>`],
      ]),
    };
    const broken = findBrokenLinks(site, { pathPrefix: "/guides/", baseUrl: "https://example.org/guides/" });
    assert.deepEqual(
      broken.map((link) => `${link.attribute} ${link.url}: ${link.reason}`),
      [
        "meta[content] https://example.org/guides/nope/: no such page",
        "a[href] /roles/: lies outside the site's path prefix /guides/",
        "a[href] https://example.org/other/: lies outside the site's path prefix /guides/",
      ],
    );
  });

  it("decodes character references and percent-encoding before looking a link up", () => {
    const site: SiteFiles = {
      files: new Set(["index.html", "c++/index.html"]),
      pages: new Map([
        ["index.html", `<h2 id="café">Café</h2><a href="#caf%C3%A9">x</a><a href="/c&#43;&#x2B;/">y</a><a href="/c%2B%2B/#caf%C3%A9">z</a>`],
        ["c++/index.html", `<p id="café">Café</p>`],
      ]),
    };
    assert.deepEqual(findBrokenLinks(site), []);
  });

  it("names page URLs after their folders", () => {
    assert.equal(fileUrlPath("index.html"), "/");
    assert.equal(fileUrlPath("roles/x/index.html"), "/roles/x/");
    assert.equal(fileUrlPath("404.html"), "/404.html");
  });

  it("groups a link broken on many pages into one readable line", () => {
    const broken = ["/a/", "/b/", "/c/"].map((page) => ({ page, attribute: "a[href]", url: "/gone/", reason: "no such page" }));
    assert.equal(formatBrokenLinks(broken, 2), `a[href] "/gone/": no such page — on /a/, /b/ and 1 more`);
  });
});
