// One gate: `npm run build` refuses exactly what `npm run check` reports as an error, and prints its warnings while
// building anyway.
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { rules } from "../../src/check/rules.ts";
import { runCli, tempDir } from "../support/harness.ts";

/** The problems of `npm run check`'s plain output, as "severity file:line …" lines without the rule. */
function checkProblems(stdout: string, severity: "error" | "warning"): string[] {
  return stdout
    .split("\n")
    .filter((line) => line.startsWith(`  ${severity} `))
    .map((line) =>
      line
        .slice(`  ${severity}`.length)
        .trim()
        .replace(/ {2}\[[a-z-]+\]$/, ""),
    )
    .sort();
}

/** The problems the build printed under "The content has …:", one per line. */
function buildProblems(stderr: string, heading: RegExp): string[] {
  const lines = stderr.split("\n");
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return [];
  const found: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith("  ")) break;
    found.push(line.trim());
  }
  return found.sort();
}

describe("one gate for check and build", () => {
  let output: string;
  before(async () => {
    output = await tempDir();
  });
  after(() => rm(output, { recursive: true, force: true }));

  it("makes every kind of problem a warning except those the build's own validation finds", () => {
    const errors = Object.entries(rules)
      .filter(([, rule]) => rule.severity === "error")
      .map(([id]) => id);
    assert.deepEqual(errors.sort(), ["broken-link", "content"]);
  });

  it("refuses in the build exactly the errors the check reports", async () => {
    const fixture = "test/fixtures/check-errors";
    const [check, build] = await Promise.all([
      runCli(["check", "--content", fixture], { env: { GITHUB_ACTIONS: "" } }),
      runCli(["build", "--content", fixture, "--output", path.join(output, "errors")]),
    ]);
    assert.equal(check.code, 1, check.stdout);
    assert.equal(build.code, 1, build.stderr);
    const errors = checkProblems(check.stdout, "error");
    assert.ok(
      errors.some((line) => line.includes("missing the section")),
      "site.yaml makes sections required here",
    );
    assert.deepEqual(buildProblems(build.stderr, /^The content has \d+ problems?:$/), errors);
  });

  it("builds what the check passes with warnings only, printing the warnings the build's validation finds", async () => {
    const fixture = "test/fixtures/style-from-elsewhere";
    const [check, build] = await Promise.all([
      runCli(["check", "--content", fixture], { env: { GITHUB_ACTIONS: "" } }),
      runCli(["build", "--content", fixture, "--output", path.join(output, "warnings")]),
    ]);
    assert.equal(check.code, 0, check.stdout);
    assert.deepEqual(checkProblems(check.stdout, "error"), []);
    assert.equal(build.code, 0, build.stderr);
    const warnings = buildProblems(build.stderr, /^The content has \d+ warnings? \(they stop nothing/);
    assert.ok(
      warnings.some((line) => line.includes("missing 8 sections")),
      build.stderr,
    );
    const checked = checkProblems(check.stdout, "warning");
    for (const warning of warnings) assert.ok(checked.includes(warning), `the check does not report: ${warning}`);
  });
});
