// `npm run check` end to end: every kind of problem, in plain text and as GitHub annotations, at the right file and line.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { before, describe, it } from "node:test";
import { projectRoot, runCli } from "../support/harness.ts";

const fixtureDir = "test/fixtures/check-errors";
const role = `${fixtureDir}/roles/back-end-developer.md`;
const skill = `${fixtureDir}/skills/query-plan-analysis.md`;

/** The 1-based line of the first line in `file` that contains `needle`. */
async function lineOf(file: string, needle: string): Promise<number> {
  const lines = (await readFile(path.join(projectRoot, file), "utf8")).split("\n");
  const index = lines.findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `${needle} is not in ${file}`);
  return index + 1;
}

/** One expected problem: its kind, severity, file, the text on its line, and words its message must hold. */
const expected = [
  { rule: "key-order", severity: "warning", file: role, needle: "skills:", says: '"skills" is out of order' },
  { rule: "content", severity: "error", file: role, needle: "- postgress", says: 'unknown skill "postgress"' },
  { rule: "back-link", severity: "warning", file: role, needle: "- data-engineer", says: '"data-engineer" does not list "back-end-developer"' },
  { rule: "broken-link", severity: "error", file: role, needle: "(/skills/postgress/)", says: 'no skill "postgress"' },
  { rule: "broken-link", severity: "error", file: role, needle: "#missing-anchor", says: 'no heading with the id "missing-anchor"' },
  { rule: "broken-link", severity: "error", file: role, needle: "#no-such-heading", says: "no heading in this guide has that id" },
  { rule: "link-form", severity: "warning", file: role, needle: "http://wiki.example.org", says: "https://" },
  { rule: "markdown-style", severity: "warning", file: role, needle: "# A second title", says: "MD025" },
  { rule: "markdown-style", severity: "warning", file: role, needle: "[Go](/technologies/postgresql/)", says: "MD059/descriptive-link-text" },
  // An error here because the fixture's site.yaml requires the standard sections; a warning where they are recommended.
  { rule: "sections", severity: "error", file: role, needle: "# A second title", says: 'missing the section "## Responsibilities"' },
  { rule: "placeholder", severity: "warning", file: role, needle: "TODO: write what convinces", says: "write what convinces a hiring manager" },
  { rule: "orphan", severity: "warning", file: skill, needle: "title: Query-plan analysis", says: "no role lists this skill" },
] as const;

describe("npm run check", () => {
  let plain: { code: number; stdout: string; stderr: string };
  let github: { code: number; stdout: string; stderr: string };

  before(async () => {
    [plain, github] = await Promise.all([
      runCli(["check", "--content", fixtureDir], { env: { GITHUB_ACTIONS: "" } }),
      runCli(["check", "--content", fixtureDir], { env: { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: "" } }),
    ]);
  });

  it("exits non-zero when there are errors", () => {
    assert.equal(plain.code, 1, plain.stderr);
    assert.equal(github.code, 1, github.stderr);
  });

  for (const problem of expected) {
    it(`reports ${problem.rule} (${problem.says}) at its file and line in plain text`, async () => {
      const line = await lineOf(problem.file, problem.needle);
      const found = plain.stdout
        .split("\n")
        .find((text) => text.includes(`${problem.file}:${line} `) && text.includes(problem.says) && text.endsWith(`[${problem.rule}]`));
      assert.ok(found, `no ${problem.rule} line for ${problem.file}:${line} in:\n${plain.stdout}`);
      assert.match(found, new RegExp(`^  ${problem.severity} `));
    });

    it(`reports ${problem.rule} (${problem.says}) at its file and line as a GitHub annotation`, async () => {
      const line = await lineOf(problem.file, problem.needle);
      const found = github.stdout
        .split("\n")
        .find(
          (text) =>
            text.startsWith(`::${problem.severity} file=${problem.file},line=${line},title=`) &&
            text.includes(`(${problem.rule})::`) &&
            text.includes(problem.says),
        );
      assert.ok(found, `no ${problem.severity} annotation for ${problem.file}:${line} in:\n${github.stdout}`);
    });
  }

  it("reports nothing else", () => {
    const lines = plain.stdout.split("\n").filter((text) => /^ {2}(error|warning) /.test(text));
    assert.equal(lines.length, expected.length, lines.join("\n"));
  });

  it("ends with a count of errors and warnings", () => {
    const errors = expected.filter((problem) => problem.severity === "error").length;
    assert.match(plain.stdout, new RegExp(`${errors} errors and ${expected.length - errors} warnings in 2 files`));
  });

  it("passes a clean content folder with no output but the summary", async () => {
    const clean = await runCli(["check", "--content", "test/fixtures/check-clean"]);
    assert.equal(clean.code, 0, clean.stdout);
    assert.match(clean.stdout.trim(), /^No problems: 6 guides checked in [\d.]+ s\.$/);
  });
});
