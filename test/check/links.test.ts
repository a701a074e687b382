// Links in guide bodies as `npm run check` reports them: links to guides and headings checked by the build's own
// rendering (errors in both), links it cannot vouch for warned about by the check; each at the right line.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { runChecks } from "../../src/check/index.ts";
import type { CheckProblem } from "../../src/check/rules.ts";
import { cleanContentWith, roleWith, type CheckContent } from "./fixture.ts";

const body = [
  "A paragraph that runs over",
  "two lines before [a bad link](/skills/postgress/) appears.",
  "",
  "- [a list item](/technologies/postgresql) without its slash",
  "- [a skill filed as a technology](/technologies/sql/)",
  "",
  "| Tool | Link |",
  "| --- | --- |",
  "| Postgres | [table link](/technologies/postgres/) |",
  "",
  "![a picture](/roles/nobody/)",
  "",
  "Fine: [home](/), [search](/search/?q=sql), [roles](/roles/), [an anchor](/skills/sql/#why-it-matters),",
  "[here](#what-the-role-is), [MDN](https://developer.mozilla.org/), [mail](mailto:someone@example.org).",
  "",
  "Not checkable: [about](/about/) and [ftp](ftp://example.org/file).",
].join("\n");

describe("checking links", () => {
  let content: CheckContent;
  let problems: CheckProblem[];
  // The body starts on line 12: the front matter's 7 lines, two --- lines, a blank, the heading and a blank.
  const bodyLine = 14;
  const at = (offset: number) => problems.filter((problem) => problem.line === bodyLine + offset);

  before(async () => {
    content = await cleanContentWith({ "roles/data-engineer.md": roleWith({ body }) });
    problems = (await runChecks(content.dir)).problems.filter((problem) => problem.file.endsWith("data-engineer.md") && problem.rule !== "markdown-style");
  });
  after(() => content.cleanup());

  it("finds a link on the second line of a paragraph at that line, with a did-you-mean", () => {
    const [problem] = at(1);
    assert.equal(problem?.rule, "broken-link");
    assert.match(problem?.message ?? "", /no skill "postgress"/);
    assert.equal(problem?.suggestion, "did you mean /technologies/postgresql/?");
  });

  it("asks for the trailing slash on a guide link", () => {
    assert.equal(at(3)[0]?.suggestion, "write /technologies/postgresql/");
  });

  it("points a skill linked as a technology to its real address", () => {
    assert.equal(at(4)[0]?.suggestion, '"sql" is a skill: write /skills/sql/');
  });

  it("checks links inside tables, and refuses an image that is not a file of the content folder", () => {
    assert.match(at(8)[0]?.message ?? "", /no technology "postgres"/);
    assert.equal(at(10)[0]?.severity, "error");
    assert.match(at(10)[0]?.message ?? "", /^image \/roles\/nobody\/: /);
  });

  it("accepts site pages, known anchors, https and mailto links", () => {
    assert.deepEqual(at(12), []);
    assert.deepEqual(at(13), []);
  });

  it("warns about links it cannot verify instead of failing them", () => {
    assert.deepEqual(
      at(15).map((problem) => [problem.rule, problem.severity]),
      [
        ["link-form", "warning"],
        ["link-form", "warning"],
      ],
    );
  });

  it("reports nothing in the clean fixture", async () => {
    const clean = await cleanContentWith();
    try {
      assert.deepEqual(
        (await runChecks(clean.dir)).problems.filter((problem) => /link/.test(problem.rule)),
        [],
      );
    } finally {
      await clean.cleanup();
    }
  });
});
