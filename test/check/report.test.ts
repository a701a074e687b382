// Check reports: plain text grouped by file, and GitHub annotations with their special characters escaped.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatGithub, formatMarkdownSummary, formatPlain, hasErrors, type CheckReport } from "../../src/check/report.ts";
import { problemOf } from "../../src/check/rules.ts";

const report: CheckReport = {
  guides: 3,
  seconds: 0.42,
  problems: [
    problemOf("orphan", { file: "content/skills/b.md", line: 2, message: "no role lists this skill under skills" }),
    problemOf("broken-link", { file: "content/roles/a,b.md", line: 9, message: "link to /x/: 100% wrong\nreally", suggestion: "did you mean | this?" }),
    problemOf("content", { file: "content/roles/a,b.md", line: 3, field: "skills.required[0]", message: 'unknown skill "y"' }),
  ],
};

describe("check reports", () => {
  it("groups problems by file in line order, each with its severity and kind", () => {
    assert.equal(
      formatPlain(report),
      [
        "content/roles/a,b.md",
        '  error    content/roles/a,b.md:3 skills.required[0]: unknown skill "y"  [content]',
        "  error    content/roles/a,b.md:9 link to /x/: 100% wrong\\u000areally — did you mean | this?  [broken-link]",
        "",
        "content/skills/b.md",
        "  warning  content/skills/b.md:2 no role lists this skill under skills  [orphan]",
        "",
        "2 errors and 1 warning in 2 files (3 guides checked in 0.4 s). Fix the errors; CONTRIBUTING.md explains each kind.",
      ].join("\n"),
    );
  });

  it("writes one annotation per problem, escaping what GitHub's workflow commands require", () => {
    const lines = formatGithub(report)
      .split("\n")
      .filter((line) => line.startsWith("::"));
    assert.deepEqual(lines, [
      '::error file=content/roles/a%2Cb.md,line=3,title=Content problem (content)::skills.required[0]: unknown skill "y"',
      "::error file=content/roles/a%2Cb.md,line=9,title=Broken link (broken-link)::link to /x/: 100%25 wrong%0Areally — did you mean | this?",
      "::warning file=content/skills/b.md,line=2,title=Orphan guide (orphan)::no role lists this skill under skills",
    ]);
  });

  it("fails only when there is an error", () => {
    assert.equal(hasErrors(report), true);
    assert.equal(hasErrors({ ...report, problems: report.problems.filter((problem) => problem.severity === "warning") }), false);
  });

  it("summarises for the job summary in a table", () => {
    assert.match(
      formatMarkdownSummary(report),
      /\| error \| `content\/roles\/a,b\.md:9` \| link to \/x\/: 100% wrong really — did you mean \\\| this\? \| broken-link \|/,
    );
  });
});
