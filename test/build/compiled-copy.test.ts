// scripts/role-guides.js runs the command line from a compiled copy of the sources: the site it builds is the one the
// sources build, byte for byte.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { buildFixture, fixture, hashTree, projectRoot, runNode, tempDir } from "../support/harness.ts";

/** Runs `node scripts/role-guides.js …` and returns its exit code and output. */
function runLauncher(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runNode([path.join(projectRoot, "scripts", "role-guides.js"), ...args]);
}

describe("the compiled copy of the command line", () => {
  it("builds the very site the TypeScript sources build, and keeps its copy under .cache/compiled/", async () => {
    const root = await tempDir();
    const fromSources = await buildFixture(fixture("basic"), { baseUrl: "https://example.org/guides/" });
    try {
      const output = path.join(root, "site");
      const result = await runLauncher(["build", "--content", fixture("basic"), "--output", output, "--base-url", "https://example.org/guides/"]);
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(await hashTree(output), await hashTree(fromSources.outputDir));
      const copies = await readdir(path.join(projectRoot, ".cache", "compiled"));
      assert.ok(
        copies.some((copy) => existsSync(path.join(projectRoot, ".cache", "compiled", copy, "src", "cli.js"))),
        copies.join(", "),
      );
    } finally {
      await fromSources.cleanup();
      await rm(root, { recursive: true, force: true });
    }
  });

  it("reports bad input as the sources do", async () => {
    const result = await runLauncher(["build", "--content", fixture("basic"), "--output", "/tmp/never-written", "--base-url", "ftp://example.org/"]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /--base-url: found the scheme "ftp:"/);
  });
});
