// The key-order check: front-matter fields in the schema's order, at every level, with the fewest moves named.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { checkKeyOrder } from "../../src/check/key-order.ts";
import type { CheckProblem } from "../../src/check/rules.ts";
import { cleanContentWith, roleWith, type CheckContent } from "./fixture.ts";

describe("checking front-matter key order", () => {
  let content: CheckContent;
  let problems: CheckProblem[];

  before(async () => {
    content = await cleanContentWith({
      "roles/data-engineer.md": roleWith({
        frontMatter: [
          "published: 2026-03-01", // line 2: belongs last
          "title: Data engineer",
          "summary: Builds data pipelines.",
          "skills:",
          "  niceToHave:", // line 6: belongs last
          "    - web-accessibility",
          "  required:",
          "    - sql",
          "  recommended:",
          "    - query-plan-analysis",
          "worksWith:",
          "  - back-end-developer",
        ].join("\n"),
      }),
    });
    problems = checkKeyOrder(await content.load());
  });
  after(() => content.cleanup());

  it("names only the fields that moved, at their lines, nested ones included", () => {
    assert.deepEqual(
      problems.map((problem) => [problem.file.split("/").slice(-2).join("/"), problem.line, problem.field]),
      [
        ["roles/data-engineer.md", 2, "published"],
        ["roles/data-engineer.md", 6, "skills.niceToHave"],
      ],
    );
  });

  it("says where each belongs and the full order", () => {
    assert.equal(problems[0]?.message, '"published" is out of order: it belongs after "worksWith"');
    assert.match(
      problems[0]?.suggestion ?? "",
      /fields go in this order: title, summary, aliases, skills, technologies, worksWith, movesTo, published, updated, reviewed, sources$/,
    );
    assert.equal(problems[1]?.message, '"niceToHave" is out of order: it belongs after "recommended"');
    assert.match(problems[1]?.suggestion ?? "", /fields under skills go in this order: required, recommended, niceToHave$/);
  });
});
