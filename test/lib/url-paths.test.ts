import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fileUrlPath, normalisePathPrefix, withPathPrefix } from "../../src/lib/url-paths.ts";

describe("normalisePathPrefix", () => {
  it("turns any spelling of a path into one prefix with a slash at each end", () => {
    assert.equal(normalisePathPrefix("guides"), "/guides/");
    assert.equal(normalisePathPrefix("/guides"), "/guides/");
    assert.equal(normalisePathPrefix("//docs//guides//"), "/docs/guides/");
  });

  it("gives the root for an empty, missing or slash-only path", () => {
    assert.equal(normalisePathPrefix(""), "/");
    assert.equal(normalisePathPrefix(undefined), "/");
    assert.equal(normalisePathPrefix("///"), "/");
  });
});

describe("fileUrlPath", () => {
  it("serves index pages at their folder and every other file at its own path", () => {
    assert.equal(fileUrlPath("index.html"), "/");
    assert.equal(fileUrlPath("roles/x/index.html"), "/roles/x/");
    assert.equal(fileUrlPath("404.html"), "/404.html");
    assert.equal(fileUrlPath("pagefind/pagefind.js"), "/pagefind/pagefind.js");
  });
});

describe("withPathPrefix", () => {
  it("puts a root-relative site path under the prefix", () => {
    assert.equal(withPathPrefix("/", "/roles/x/"), "/roles/x/");
    assert.equal(withPathPrefix("/guides/", "/roles/x/"), "/guides/roles/x/");
  });

  it("refuses a path that is not root-relative, or that names another host", () => {
    assert.throws(() => withPathPrefix("/guides/", "roles/x/"), /root-relative/);
    assert.throws(() => withPathPrefix("/guides/", "//evil.example/x"), /root-relative/);
  });
});
