// The sections check: each kind of guide has its standard headings, in order.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { checkSections } from "../../src/check/sections.ts";
import type { CheckProblem } from "../../src/check/rules.ts";
import { cleanContentWith, type CheckContent } from "./fixture.ts";

const technology = `---
title: MySQL
summary: A relational database.
kind: database
homepage: https://www.mysql.com/
skills:
  - sql
published: 2026-01-20
---

## Where it fits

Web applications.

## What it is

A database.

## Learn More

The manual.
`;

describe("checking section headings", () => {
  let content: CheckContent;
  let problems: CheckProblem[];

  before(async () => {
    content = await cleanContentWith({ "technologies/mysql.md": technology });
    problems = checkSections(await content.load());
  });
  after(() => content.cleanup());

  it("reports a heading out of order at its line", () => {
    const outOfOrder = problems.find((problem) => problem.message.includes("out of order"));
    assert.equal(outOfOrder?.line, 11);
    assert.equal(outOfOrder?.message, '"## Where it fits" is out of order: it belongs after "## What it is"');
  });

  it("reports missing sections together, suggesting to rename a heading that is nearly right, at its line", () => {
    const missing = problems.filter((problem) => problem.message.startsWith("missing"));
    assert.deepEqual(missing.map((problem) => [problem.line, problem.message, problem.suggestion]), [[
      19,
      'missing 2 sections after "## Where it fits": "## Common alternatives", "## Learn more"',
      'rename "## Learn More" to "## Learn more"; add "## Common alternatives" (CONTRIBUTING.md describes each section)',
    ]]);
  });

  it("passes guides that have every standard heading", () => {
    assert.deepEqual(problems.filter((problem) => !problem.file.endsWith("mysql.md")), []);
  });
});
