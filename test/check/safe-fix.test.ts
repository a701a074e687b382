// `npm run check -- --fix` applies only fixes that leave the page as it was, reaches its result in one run, and
// reports the fixes it leaves alone; proved by building the guides before and after.
import assert from "node:assert/strict";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fixSafely, renderedBody } from "../../src/check/safe-fix.ts";
import { buildFixture, copyFixture, hashTree, runCli } from "../support/harness.ts";

const guidePages = ["roles/support-engineer/index.html", "skills/shell-scripting/index.html", "technologies/bash/index.html", "technologies/csharp/index.html"];

/** Builds the content folder and returns the HTML of each guide's page. */
async function pagesOf(contentDir: string): Promise<string[]> {
  const site = await buildFixture(contentDir);
  try {
    return await Promise.all(guidePages.map((page) => readFile(path.join(site.outputDir, page), "utf8")));
  } finally {
    await site.cleanup();
  }
}

describe("npm run check -- --fix on Markdown written elsewhere", () => {
  let dir: string;
  let pagesBefore: string[];
  let fixed: { code: number; stdout: string };
  let role: string;

  before(async () => {
    dir = await copyFixture("style-from-elsewhere");
    pagesBefore = await pagesOf(dir);
    fixed = await runCli(["check", "--fix", "--content", dir]);
    role = await readFile(path.join(dir, "roles", "support-engineer.md"), "utf8");
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("changes the files: trailing spaces, blank lines, the final newline and a bullet marker", () => {
    assert.doesNotMatch(role, / +\n/);
    assert.doesNotMatch(role, /\n\n\n/);
    assert.match(role, /Then run the checks:\n\n\* The tests pass\n/);
    assert.ok(role.endsWith("\n"));
  });

  it("leaves every guide's page exactly as it was", async () => {
    const pagesAfter = await pagesOf(dir);
    guidePages.forEach((page, index) => assert.equal(pagesAfter[index], pagesBefore[index], page));
  });

  it("keeps what readers see: an ordered list a code block interrupts goes on at 2, and the heading C# keeps its #", async () => {
    assert.match(role, /\n2\. Run the tests\n/);
    assert.match(role, /\n3\. Read the runbook\n/);
    assert.match(pagesBefore[0] ?? "", /<ol start="2">\s*<li>Run the tests<\/li>/);
    assert.match(await readFile(path.join(dir, "skills", "shell-scripting.md"), "utf8"), /\n## Learning C#\n/);
    assert.match(await readFile(path.join(dir, "technologies", "csharp.md"), "utf8"), /\n# C#\n\nC# runs on \.NET/);
    assert.match(pagesBefore[3] ?? "", /<h2 id="learning-c-sharp">Learning C#<\/h2>/);
  });

  it("reports the fix it leaves alone, since two lists would become one", () => {
    const line = role.split("\n").findIndex((text) => text.startsWith("- A second list")) + 1;
    const report = fixed.stdout.split("\n").find((text) => text.includes(`support-engineer.md:${line} MD004/ul-style`));
    assert.ok(report, fixed.stdout);
    assert.match(report, /`--fix` leaves this alone, as its fix would change the page/);
  });

  it("reaches its result in one run: a second run changes no file and offers no fix", async () => {
    const hashes = await hashTree(dir);
    const again = await runCli(["check", "--fix", "--content", dir]);
    assert.deepEqual(await hashTree(dir), hashes);
    assert.doesNotMatch(again.stdout, /fixes this/);
    assert.equal(again.code, 0, again.stdout);
  });
});

describe("fixing safely", () => {
  // markdownlint's defaults, under which it renumbers interrupted lists (MD029) and spaces out "# C#" (MD020).
  const defaults = { default: true, MD013: false, MD041: false };
  const text = "---\ntitle: Steps\n---\n\n# C#\n\n1. Install\n\n```sh\nnpm install\n```\n\n2. Test   \n\nDone.\n";

  it("refuses fixes that would change the page, and applies the rest", async () => {
    const result = await fixSafely(text, 5, "Steps", defaults);
    assert.match(result.text, /\n# C#\n/);
    assert.match(result.text, /\n2\. Test\n/, "trailing spaces go, the number stays");
    assert.equal(renderedBody(result.text, 5, "Steps"), renderedBody(text, 5, "Steps"));
    const refused = [...result.refused].map((key) => key.split("\0").slice(0, 2).join(" ")).sort();
    assert.deepEqual(refused, ["MD020 # C#", "MD029 2. Test"]);
  });

  it("applies fixes that need a second pass in the same run", async () => {
    // The bullet marker and the blank line before the list are fixed in two passes: markdownlint applies one per line.
    const twoPasses = "---\ntitle: Steps\n---\n\n- One\n\nThen:\n* Two\n";
    const result = await fixSafely(twoPasses, 5, "Steps", { default: true, MD004: { style: "consistent" } });
    assert.equal(result.text, "---\ntitle: Steps\n---\n\n- One\n\nThen:\n\n- Two\n");
    assert.equal(result.refused.size, 0);
  });
});
