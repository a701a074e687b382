// The Markdown style check: markdownlint with the committed configuration, at file lines, and --fix.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { checkMarkdownStyle, readMarkdownlintConfig, stripJsonComments } from "../../src/check/markdown-style.ts";
import { cleanContentWith, roleWith } from "./fixture.ts";

const body = "Trailing spaces here.   \n\n- a dash bullet\n\nText.\n\n* a star bullet\n\n\n\nToo many blank lines above.";

describe("checking Markdown style", () => {
  it("reports markdownlint findings at their file lines, front matter counted", async () => {
    const content = await cleanContentWith({ "roles/data-engineer.md": roleWith({ body }) });
    try {
      const problems = (await checkMarkdownStyle(await content.load())).filter((problem) => problem.file.endsWith("data-engineer.md"));
      assert.ok(
        problems.every((problem) => problem.severity === "warning"),
        "style never fails the check",
      );
      const found = problems.map((problem) => [problem.line, problem.message.split(":")[0], problem.suggestion]).sort((a, b) => Number(a[0]) - Number(b[0]));
      const fix = "`npm run check -- --fix` fixes this";
      assert.deepEqual(found, [
        [14, "MD009/no-trailing-spaces", fix],
        [20, "MD004/ul-style", fix],
        [22, "MD012/no-multiple-blanks", fix],
        [23, "MD012/no-multiple-blanks", fix],
      ]);
    } finally {
      await content.cleanup();
    }
  });

  it("fixes what markdownlint can fix and reports only the rest", async () => {
    const content = await cleanContentWith({ "roles/data-engineer.md": roleWith({ body: `${body}\n\n# Not a title` }) });
    try {
      const problems = (await checkMarkdownStyle(await content.load(), { fix: true })).filter((problem) => problem.file.endsWith("data-engineer.md"));
      assert.deepEqual(
        problems.map((problem) => problem.message.split(":")[0]),
        ["MD025/single-title"],
      );
      const fixed = await readFile(path.join(content.dir, "roles", "data-engineer.md"), "utf8");
      assert.match(fixed, /^Trailing spaces here\.\n\n- a dash bullet\n\nText\.\n\n- a star bullet\n\nToo many blank lines above\.$/m);
    } finally {
      await content.cleanup();
    }
  });

  it("reads the committed configuration, comments and all", async () => {
    const config = await readMarkdownlintConfig();
    assert.equal(config.MD013, false);
    assert.equal(config.MD041, false);
    assert.deepEqual(JSON.parse(stripJsonComments('{ "a": "http://x//y", /* c */ "b": [1, 2,], // d\n }')), { a: "http://x//y", b: [1, 2] });
  });
});
