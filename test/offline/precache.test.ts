// The offline plan for a site with images: pages and the search index at install, the guides' images when first shown.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { planPrecache, type BuiltFile } from "../../src/offline/precache.ts";

const file = (path: string, bytes: number): BuiltFile => ({ path, bytes, hash: `${path}:${bytes}` });

describe("planning the offline cache with images", () => {
  const pages = [file("index.html", 10_000), file("roles/a/index.html", 20_000), file("skills/b/index.html", 20_000), file("pagefind/pagefind.js", 40_000)];
  const images = [file("images/abc-480.avif", 30_000), file("images/abc-480.webp", 40_000), file("images/abc-480.png", 90_000)];

  it("stores pages at install but no image, and stores images under the prefix when a page first shows them", () => {
    const plan = planPrecache([...pages, ...images], "/guides/", 1_000_000);
    assert.equal(plan.mode, "full");
    assert.deepEqual(plan.urls, ["/guides/", "/guides/pagefind/pagefind.js", "/guides/roles/a/", "/guides/skills/b/"]);
    assert.deepEqual(plan.storeOnView, ["/guides/images/"]);
    assert.equal(plan.bytes, 90_000);
  });

  it("does not let images push a site over its install budget into storing core pages only", () => {
    assert.equal(planPrecache([...pages, ...images], "/", 100_000).mode, "full");
    assert.equal(planPrecache([...pages, file("technologies/c/index.html", 20_000)], "/", 100_000).mode, "core");
  });

  it("makes a new version when an image changes, so the old copy is dropped with the old cache", () => {
    const before = planPrecache([...pages, ...images], "/").version;
    const after = planPrecache([...pages, ...images.slice(1), file("images/abc-480.avif", 31_000)], "/").version;
    assert.notEqual(after, before);
  });
});
