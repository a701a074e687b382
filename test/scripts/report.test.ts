// `npm run report` lists the guides due for review, oldest first: never reviewed, then by the day they were checked.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { fixture, projectRoot, runNode } from "../support/harness.ts";

function report(contentDir: string): Promise<{ code: number; stdout: string }> {
  return runNode(["--import", "tsx", path.join(projectRoot, "scripts", "report.ts"), "--content", contentDir]);
}

describe("the content report", () => {
  it("lists the guides due for review under site.yaml's period, oldest first, and leaves fresh ones out", async () => {
    const { code, stdout } = await report(fixture("reviews"));
    assert.equal(code, 0);
    const section = /^Reviews due .*$[\s\S]*?(?=\n\n|$(?![\s\S]))/m.exec(stdout)?.[0] ?? "";
    assert.equal(
      section,
      [
        "Reviews due (last checked more than 10 years ago, or never), oldest first: 3",
        "  skills/web-accessibility.md: never reviewed",
        "  roles/back-end-developer.md: reviewed 2012-03-01, due since 2022-03-01",
        "  technologies/javascript.md: reviewed 2015-06-01, due since 2025-06-01",
      ].join("\n"),
    );
  });

  it("lists the recommended sections each guide lacks, when site.yaml does not require them", async () => {
    const { stdout } = await report(fixture("own-site"));
    const section = /^Guides without every recommended section: .*$[\s\S]*?(?=\n\n|$(?![\s\S]))/m.exec(stdout)?.[0] ?? "";
    assert.match(section, /^Guides without every recommended section: 3\n/);
    assert.match(section, /\n {2}technologies\/cors\.md: ## What it is, ## Where it fits, ## Common alternatives, ## Learn more$/m);
    const bundled = await report(path.join(projectRoot, "content"));
    assert.doesNotMatch(bundled.stdout, /recommended section/, "the bundled guides require their sections");
  });

  it("shows per language how many guides are translated and which translations are older than their original", async () => {
    const { stdout } = await report(fixture("languages"));
    assert.match(stdout, /^Translations into de: 1 of 2 roles, 1 of 3 skills, 0 of 2 technologies\n {2}Older than their original: 0$/m);
    assert.match(
      stdout,
      /^Translations into fr: 1 of 2 roles, 0 of 3 skills, 0 of 2 technologies\n {2}Older than their original: 1\n {4}fr\/roles\/back-end-developer\.md \(2026-03-06\) is older than roles\/back-end-developer\.md \(2026-06-15\)$/m,
    );
  });
});
