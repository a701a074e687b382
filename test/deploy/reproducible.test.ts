// Building the same content twice for a public address gives the same bytes, and nothing records where or when the
// build ran.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { DateTime } from "luxon";
import { buildModel } from "../../src/content/index.ts";
import { allGuides } from "../../src/content/model.ts";
import { projectRoot } from "../../src/lib/project-paths.ts";
import { buildFixture, hashTree, type BuiltSite } from "../support/harness.ts";
import { deployFixture, publicBaseUrl } from "./support.ts";

/** The search index (and the service worker, which hashes it) has its own reproducibility work in src/search/pagefind-normalise.ts. */
const elsewhere = (file: string) => file.startsWith(`pagefind${path.sep}`) || file === "sw.js";

describe("two builds of the same content for a public address", () => {
  let first: BuiltSite;
  let second: BuiltSite;

  before(async () => {
    first = await buildFixture(deployFixture, { baseUrl: publicBaseUrl });
    second = await buildFixture(deployFixture, { baseUrl: publicBaseUrl });
  });
  after(async () => {
    await first?.cleanup();
    await second?.cleanup();
  });

  it("are byte-for-byte the same: pages, sitemap, feed, exports, schemas, headers and share image", async () => {
    const hashes = async (site: BuiltSite) => new Map([...(await hashTree(site.outputDir))].filter(([file]) => !elsewhere(file)));
    const [a, b] = [await hashes(first), await hashes(second)];
    for (const file of [
      "sitemap.xml",
      "feed.xml",
      "robots.txt",
      "_headers",
      "share.png",
      "roles.json",
      "roles/back-end-developer.json",
      "schema/roles.schema.json",
      "index.html",
    ]) {
      assert.ok(a.has(file), `${file} was not built`);
    }
    assert.deepEqual(b, a);
  });

  it("record neither the build's folders nor the day it ran", async () => {
    const model = await buildModel(deployFixture);
    // Dates the content gives (front matter, git history) may be today's; only a date from the clock may not appear.
    const contentDates = new Set(allGuides(model).flatMap((guide) => [guide.published, guide.updated, guide.lastUpdated]));
    const today = DateTime.utc().toISODate();
    const traces = [projectRoot, deployFixture, path.dirname(first.outputDir), ".site.building-", ...(contentDates.has(today) ? [] : [today])];
    for (const file of (await hashTree(first.outputDir)).keys()) {
      if (file.startsWith(`pagefind${path.sep}`) || file.endsWith(".png")) continue;
      const text = await readFile(path.join(first.outputDir, file), "utf8");
      for (const trace of traces) assert.ok(!text.includes(trace), `${file} contains "${trace}"`);
    }
  });
});
