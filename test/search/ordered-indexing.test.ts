// Indexing while rendering: pages go to Pagefind in path order whatever order they arrive in, and a build's index is
// the very index the written pages give.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import type { PagefindIndex } from "pagefind";
import { OrderedIndexer } from "../../src/search/ordered-indexing.ts";
import { buildSearchIndex } from "../../src/search/plugin.ts";
import { buildFixture, fixture, hashTree, tempDir } from "../support/harness.ts";

/**
 * A stand-in for Pagefind's index that records the order pages were sent in (the order Pagefind's service handles its
 * messages, and so numbers the pages), answering after a delay that varies by page; `mostInFlight` is the largest number
 * of pages it held unanswered at once.
 */
function recordingIndex(): { index: PagefindIndex; added: string[]; mostInFlight: () => number } {
  const added: string[] = [];
  let inFlight = 0;
  let most = 0;
  const index = {
    addHTMLFile: async ({ sourcePath }: { sourcePath?: string }) => {
      added.push(sourcePath ?? "");
      most = Math.max(most, (inFlight += 1));
      await new Promise((resolve) => setTimeout(resolve, (sourcePath?.length ?? 0) % 3));
      inFlight -= 1;
      return { errors: sourcePath?.includes("broken") ? ["no body"] : [], file: { url: "", meta: {}, filters: {} } };
    },
  } as unknown as PagefindIndex;
  return { index, added, mostInFlight: () => most };
}

describe("OrderedIndexer", () => {
  it("adds pages in path order, each once, whatever order they are offered in", async () => {
    const { index, added } = recordingIndex();
    const expected = ["skills/b/index.html", "roles/index.html", "roles/a/index.html", "skills/a/index.html"];
    const indexer = new OrderedIndexer(index, expected);
    for (const page of ["skills/a/index.html", "skills/b/index.html", "roles/a/index.html", "roles/index.html"]) indexer.offer(page, "<html></html>");
    assert.deepEqual(await indexer.finish(), { complete: true, errors: [], pageCount: 4 });
    assert.deepEqual(added, ["roles/a/index.html", "roles/index.html", "skills/a/index.html", "skills/b/index.html"]);
  });

  it("passes on Pagefind's errors with the page they concern", async () => {
    const { index } = recordingIndex();
    const indexer = new OrderedIndexer(index, ["roles/broken/index.html", "roles/fine/index.html"]);
    indexer.offer("roles/fine/index.html", "");
    indexer.offer("roles/broken/index.html", "");
    assert.deepEqual(await indexer.finish(), { complete: true, errors: ["roles/broken/index.html: no body"], pageCount: 1 });
  });

  it("keeps a few pages in flight at once, never all of them, and still adds them in order", async () => {
    const { index, added, mostInFlight } = recordingIndex();
    const expected = Array.from({ length: 100 }, (_, page) => `skills/s${String(page).padStart(3, "0")}/index.html`);
    const indexer = new OrderedIndexer(index, expected);
    for (const page of [...expected].reverse()) indexer.offer(page, "<html></html>");
    assert.deepEqual(await indexer.finish(), { complete: true, errors: [], pageCount: 100 });
    assert.deepEqual(added, expected);
    assert.ok(mostInFlight() > 1 && mostInFlight() <= 8, `at most ${mostInFlight()} pages were in flight at once`);
  });

  it("stops sending once Pagefind's service fails, and throws that failure from finish() rather than leaving it unhandled", async () => {
    let calls = 0;
    const failing = { addHTMLFile: () => Promise.reject(new Error(`backend closed ${++calls}`)) } as unknown as PagefindIndex;
    const indexer = new OrderedIndexer(failing, ["roles/a/index.html", "roles/b/index.html"]);
    indexer.offer("roles/a/index.html", "");
    await new Promise((resolve) => setTimeout(resolve, 10));
    indexer.offer("roles/b/index.html", "");
    await assert.rejects(indexer.finish(), /backend closed 1/);
    assert.equal(calls, 1);
  });

  it("is incomplete when an expected page never comes, or one comes that was not expected or comes twice", async () => {
    const missing = new OrderedIndexer(recordingIndex().index, ["roles/a/index.html", "roles/b/index.html"]);
    missing.offer("roles/b/index.html", "");
    assert.deepEqual(await missing.finish(), { complete: false, reason: "1 expected page(s) never rendered, the first roles/a/index.html" });

    const surprise = new OrderedIndexer(recordingIndex().index, ["roles/a/index.html"]);
    surprise.offer("roles/a/index.html", "");
    surprise.offer("roles/z/index.html", "");
    assert.equal((await surprise.finish()).complete, false);

    const twice = new OrderedIndexer(recordingIndex().index, ["roles/a/index.html", "roles/b/index.html"]);
    twice.offer("roles/b/index.html", "");
    twice.offer("roles/b/index.html", "");
    assert.equal((await twice.finish()).complete, false);
  });

  it("gives a build the same index, byte for byte, as indexing the written pages afterwards", async () => {
    const site = await buildFixture(fixture("search"), { baseUrl: "/guides/" });
    const afterwards = path.join(await tempDir(), "pagefind");
    try {
      await buildSearchIndex(site.outputDir, { indexDir: afterwards });
      const [during, after] = [await hashTree(path.join(site.outputDir, "pagefind")), await hashTree(afterwards)];
      assert.ok(during.size > 5, `the build wrote an index: ${[...during.keys()].join(", ")}`);
      assert.deepEqual(during, after);
    } finally {
      await site.cleanup();
    }
  });
});
