// The security and caching headers: one policy for the header and the <meta>, a `_headers` file hosts read the same
// way, and the local server sending what that file says.
import assert from "node:assert/strict";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { contentSecurityPolicy, cspHeaderValue, cspMetaValue } from "../../src/deploy/csp.ts";
import { headersForPath, parseHeadersFile, renderHeadersFile, siteHeaderRules } from "../../src/deploy/headers-file.ts";
import { serve, tempDir, type ServedSite } from "../support/harness.ts";

describe("the Content-Security-Policy", () => {
  it("lets Pagefind run its WebAssembly and workers, and nothing inline", () => {
    const header = cspHeaderValue();
    assert.match(header, /(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.match(header, /(^|; )worker-src 'self' blob:(;|$)/);
    assert.match(header, /(^|; )connect-src 'self'(;|$)/);
    assert.match(header, /(^|; )frame-ancestors 'none'(;|$)/);
    assert.doesNotMatch(header, /unsafe-inline|'unsafe-eval'/);
  });

  it("is the same in the <meta>, less the directives a <meta> cannot carry", () => {
    const meta = cspMetaValue();
    assert.doesNotMatch(meta, /frame-ancestors|report-uri|sandbox/);
    const expected = Object.entries(contentSecurityPolicy)
      .filter(([directive]) => directive !== "frame-ancestors")
      .map(([directive, sources]) => [directive, ...sources].join(" "))
      .join("; ");
    assert.equal(meta, expected);
  });
});

describe("the _headers file", () => {
  const rules = siteHeaderRules("/guides/");

  it("reads back as the rules it was written from", () => {
    assert.deepEqual(
      parseHeadersFile(renderHeadersFile(rules)),
      rules.map((rule) => ({ path: rule.path, headers: rule.headers.map(([name, value]) => [name, value]) })),
    );
  });

  it("sends the policy and security headers everywhere under the prefix, and caches hashed assets for good", () => {
    const page = headersForPath(rules, "/guides/roles/back-end-developer/");
    assert.equal(page.get("content-security-policy"), cspHeaderValue());
    assert.equal(page.get("x-content-type-options"), "nosniff");
    assert.equal(page.get("referrer-policy"), "strict-origin-when-cross-origin");
    assert.match(page.get("permissions-policy") ?? "", /camera=\(\)/);
    assert.equal(page.get("cache-control"), undefined, "HTML keeps the host's revalidating default");
    assert.equal(headersForPath(rules, "/guides/assets/site.0123456789.css").get("cache-control"), "public, max-age=31536000, immutable");
    assert.equal(headersForPath(rules, "/guides/pagefind/fragment/en_0123abc.pf_fragment").get("cache-control"), "public, max-age=31536000, immutable");
    assert.equal(headersForPath(rules, "/guides/pagefind/pagefind.js").get("cache-control"), undefined);
    assert.equal(headersForPath(rules, "/guides/sw.js").get("cache-control"), "no-cache");
    assert.equal(headersForPath(rules, "/elsewhere/").size, 0);
  });

  it("never sets one header from two rules that match the same path, which Netlify and Cloudflare resolve differently", () => {
    for (const requestPath of [
      "/guides/",
      "/guides/assets/site.css",
      "/guides/pagefind/index/en_1.pf_index",
      "/guides/pagefind/filter/en_1.pf_filter",
      "/guides/sw.js",
      "/guides/roles.json",
    ]) {
      const names = rules.filter((rule) => headersForPath([rule], requestPath).size > 0).flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
      assert.equal(new Set(names).size, names.length, `${requestPath} gets a header from two rules: ${names.join(", ")}`);
    }
  });

  it("matches splats and placeholders the way the hosts document them", () => {
    const parsed = parseHeadersFile("# comment\n/a/:name/b\n  X-One: 1\n\n/c/*\n  X-Two: 2\n  X-Two: 3\n");
    assert.equal(headersForPath(parsed, "/a/anything/b").get("x-one"), "1");
    assert.equal(headersForPath(parsed, "/a/any/thing/b").get("x-one"), undefined);
    assert.equal(headersForPath(parsed, "/c/d/e.js").get("x-two"), "2, 3");
    assert.throws(() => parseHeadersFile("  X-Orphan: 1\n"), /_headers:1: expected/);
  });
});

describe("the local server", () => {
  let root: string;
  let served: ServedSite;

  before(async () => {
    root = await tempDir();
    await mkdir(path.join(root, "roles", "x"), { recursive: true });
    await mkdir(path.join(root, "assets"));
    await writeFile(path.join(root, "index.html"), "<!doctype html><title>Home</title>");
    await writeFile(path.join(root, "roles", "x", "index.html"), "<!doctype html><title>X</title>");
    await writeFile(path.join(root, "404.html"), "<!doctype html><title>Not found</title><p>There is no page here.</p>");
    await writeFile(path.join(root, "assets", "site.0123456789.css"), "body{}");
    await writeFile(path.join(root, "_headers"), renderHeadersFile(siteHeaderRules("/guides/")));
    served = await serve(root, "/guides/");
  });
  after(async () => {
    await served?.close();
    await rm(root, { recursive: true, force: true });
  });

  it("sends each response the headers the site's _headers file gives its path", async () => {
    const page = await fetch(served.url);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get("content-security-policy"), cspHeaderValue());
    assert.equal(page.headers.get("x-content-type-options"), "nosniff");
    const asset = await fetch(`${served.url}assets/site.0123456789.css`);
    assert.equal(asset.headers.get("cache-control"), "public, max-age=31536000, immutable");
    const missing = await fetch(`${served.url}nothing-here/`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get("content-security-policy"), cspHeaderValue());
  });

  it("never serves the _headers file itself, as the hosts do not", async () => {
    assert.equal((await fetch(`${served.url}_headers`)).status, 404);
  });

  it("sends a folder's address without its trailing slash to the address with it, keeping the query", async () => {
    const response = await fetch(`${served.url}roles/x?a=1`, { redirect: "manual" });
    assert.equal(response.status, 301);
    assert.equal(response.headers.get("location"), "/guides/roles/x/?a=1");
  });
});
