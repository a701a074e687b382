// The orphan and back-link checks: guides nothing links to, and "works with" that goes only one way.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkBackLinks } from "../../src/check/back-links.ts";
import { checkOrphans } from "../../src/check/orphans.ts";
import { cleanContentWith, roleWith } from "./fixture.ts";

const technology = (slug: string, skills: string) => `---
title: ${slug}
summary: A tool.
kind: tool
homepage: https://example.org/
skills: ${skills}
published: 2026-01-20
---

## What it is

## Where it fits

## Common alternatives

## Learn more
`;

describe("checking orphans and back-links", () => {
  it("warns about a skill no role needs, a technology nothing names and a role no other role names", async () => {
    const content = await cleanContentWith({
      "skills/api-design.md": "---\ntitle: API design\nsummary: Designing interfaces.\ncategory: architecture-and-apis\npublished: 2026-01-10\n---\n",
      "technologies/lonely.md": technology("lonely", "[]"),
      // Names an existing skill, so that skill's page links to it: not an orphan.
      "technologies/linked.md": technology("linked", "\n  - sql"),
      "roles/data-engineer.md": roleWith({
        frontMatter: "title: Data engineer\nsummary: Builds data pipelines.\nskills:\n  required:\n    - sql\npublished: 2026-03-01",
      }),
    });
    try {
      const problems = checkOrphans(await content.load());
      assert.deepEqual(
        problems.map((problem) => [problem.file.split("/").slice(-2).join("/"), problem.line, problem.severity, problem.message]),
        [
          ["skills/api-design.md", 2, "warning", "no role lists this skill under skills"],
          ["technologies/lonely.md", 2, "warning", "no role or skill names this technology"],
          ["roles/data-engineer.md", 2, "warning", "no other role lists this role in worksWith or movesTo"],
        ],
      );
    } finally {
      await content.cleanup();
    }
  });

  it("says nothing about orphans while a guide fails validation, since its links are unknown", async () => {
    const content = await cleanContentWith({ "roles/front-end-developer.md": "---\ntitle: Front-end developer\n---\n" });
    try {
      assert.deepEqual(checkOrphans(await content.load()), []);
    } finally {
      await content.cleanup();
    }
  });

  it("reports a one-way worksWith at the line that names the other role, with the fix in the other file", async () => {
    const content = await cleanContentWith({ "roles/data-engineer.md": roleWith() });
    try {
      const problems = checkBackLinks(await content.load());
      assert.equal(problems.length, 1);
      assert.equal(problems[0]?.line, 8);
      assert.equal(problems[0]?.field, "worksWith[0]");
      assert.equal(problems[0]?.severity, "warning", "a one-way link breaks nothing a reader sees");
      assert.match(problems[0]?.suggestion ?? "", /^add "data-engineer" to worksWith in .*roles\/back-end-developer\.md, or remove "back-end-developer" here$/);
    } finally {
      await content.cleanup();
    }
  });
});
