// The placeholder check: every TODO the scaffold writes, or an author leaves, is a warning at its line saying what is left.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkPlaceholders } from "../../src/check/placeholders.ts";
import { cleanContentWith, roleWith } from "./fixture.ts";

describe("checking placeholders", () => {
  it("reports each TODO with what is left to write, in text, in a quoted value and in an HTML comment", async () => {
    const body = "TODO: describe the on-call rota\n\n### Tools <!-- TODO: expand the list -->";
    const content = await cleanContentWith({
      "roles/data-engineer.md": roleWith({
        frontMatter:
          'title: Data engineer\nsummary: "TODO: one sentence"\nskills:\n  required:\n    - sql\nworksWith:\n  - back-end-developer\npublished: 2026-03-01',
        body,
      }),
    });
    try {
      const found = checkPlaceholders(await content.load()).filter((problem) => problem.file.endsWith("data-engineer.md"));
      assert.deepEqual(
        found.map((problem) => [problem.line, problem.severity, problem.message]),
        [
          [3, "warning", "placeholder still to write: one sentence"],
          [14, "warning", "placeholder still to write: describe the on-call rota"],
          [16, "warning", "placeholder still to write: expand the list"],
        ],
      );
    } finally {
      await content.cleanup();
    }
  });
});
