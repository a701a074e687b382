import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { buildSite } from "../../src/build/build-site.ts";
import type { ProgressSink } from "../../src/site/context.ts";
import { fixture, tempDir } from "../support/harness.ts";

describe("a build's progress", () => {
  it("reports its phases in order, and every page rendered and written against the number Eleventy will render", async () => {
    const phases: Array<{ name: string; total?: number; done: number }> = [];
    const progress: ProgressSink = {
      phase: (name, total) => void phases.push({ name, total: total?.count, done: 0 }),
      advance: () => void ((phases.at(-1) as { done: number }).done += 1),
    };
    const root = await tempDir();
    try {
      const report = await buildSite({ contentDir: fixture("basic"), outputDir: path.join(root, "site"), pathPrefix: "/", progress });
      const names = phases.map((phase) => phase.name);
      assert.deepEqual(names.slice(0, 4), ["Reading the guides", "Preparing pages", "Rendering", "Writing"]);
      assert.ok(names.some((name) => name.includes("Search indexing")) && names.includes("Writing the service worker"), names.join(", "));
      assert.equal(names.at(-1), "Replacing the output folder");
      for (const name of ["Rendering", "Writing"]) {
        const phase = phases.find((candidate) => candidate.name === name);
        assert.deepEqual({ total: phase?.total, done: phase?.done }, { total: report.pages, done: report.pages }, name);
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
