// `npm run check` on translations: the build's errors, plus field order and placeholders in their own files; the
// standard section headings are left to the originals.
import assert from "node:assert/strict";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { runChecks } from "../../src/check/index.ts";
import { copyFixture } from "../support/harness.ts";

describe("checking translations", () => {
  let content: string;
  before(async () => {
    content = await copyFixture("languages");
    await writeFile(
      path.join(content, "de", "skills", "web-accessibility.md"),
      "---\nsummary: Für alle nutzbar.\ntitle: Barrierefreiheit\npublished: 2026-03-05\n---\n\n## Worum es geht\n\nTODO: den Rest übersetzen.\n",
    );
  });
  after(() => rm(content, { recursive: true, force: true }));

  it("reports field order and placeholders in a translation, and no standard sections", async () => {
    const report = await runChecks(content);
    const mine = report.problems
      .filter((problem) => problem.file.endsWith("de/skills/web-accessibility.md"))
      .map((problem) => `${problem.rule} ${problem.line}`);
    assert.deepEqual(mine.sort(), ["key-order 3", "placeholder 9"]);
    assert.ok(
      !report.problems.some((problem) => problem.rule === "sections" && problem.file.includes("/de/")),
      "translations name their sections in their own language",
    );
    assert.ok(
      report.problems.some((problem) => problem.rule === "messages" && problem.file.endsWith("/fr")),
      "a language without messages is a warning",
    );
  });
});
