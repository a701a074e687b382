// The check's review warnings: each guide whose review is older than site.yaml's period, at its `reviewed` line.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runChecks } from "../../src/check/index.ts";
import { checkReviews } from "../../src/check/reviews.ts";
import { loadDocuments } from "../../src/check/documents.ts";
import { defaultSiteSettings } from "../../src/schema/site.ts";
import { fixture, runCli } from "../support/harness.ts";

describe("checking reviews", () => {
  it("warns at the reviewed line of each stale guide, and stays quiet about fresh and unreviewed ones", async () => {
    const report = await runChecks(fixture("reviews"));
    const reviews = report.problems.filter((problem) => problem.rule === "review-due");
    assert.deepEqual(
      report.problems.filter((problem) => problem.rule !== "review-due"),
      [],
    );
    assert.deepEqual(
      reviews.map((problem) => [problem.file.split("/").slice(-2).join("/"), problem.line, problem.severity, problem.field, problem.message]),
      [
        [
          "roles/back-end-developer.md",
          19,
          "warning",
          "reviewed",
          "last reviewed 2012-03-01, more than 10 years ago (site.yaml review.maxAge): the guide is due for review",
        ],
        [
          "technologies/javascript.md",
          11,
          "warning",
          "reviewed",
          "last reviewed 2015-06-01, more than 10 years ago (site.yaml review.maxAge): the guide is due for review",
        ],
      ],
    );
    assert.match(reviews[0]?.suggestion ?? "", /^check its facts against current sources, fix what changed, then set "reviewed: \d{4}-\d{2}-\d{2}"$/);
  });

  it("counts from the day it is given, with the six-month default", async () => {
    const input = await loadDocuments(fixture("reviews"));
    const due = (today: string) => checkReviews(input, defaultSiteSettings, today).map((problem) => problem.file.split("/").slice(-2).join("/"));
    assert.deepEqual(due("2027-05-30"), ["roles/back-end-developer.md", "technologies/javascript.md"]);
    // Six months after 2026-11-30 is 2027-05-30; the day after, the fresh guides are due too.
    assert.deepEqual(due("2027-05-31"), [
      "roles/back-end-developer.md",
      "technologies/javascript.md",
      "roles/front-end-developer.md",
      "skills/sql.md",
      "technologies/postgresql.md",
    ]);
  });

  it("prints the warnings without failing the check", async () => {
    const result = await runCli(["check", "--content", fixture("reviews")]);
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /warning {2}\S*roles\/back-end-developer\.md:19 reviewed: last reviewed 2012-03-01, more than 10 years ago .*\[review-due\]/);
    assert.match(result.stdout, /0 errors and 2 warnings in 2 files/);
  });
});
