// The sections check: each kind of guide has its standard headings, in order; required or recommended per site.yaml.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createMarkdown } from "../../src/content/render.ts";
import { checkSections, missingSections } from "../../src/content/sections.ts";
import { defaultSiteSettings } from "../../src/schema/site.ts";

const body = `## Where it fits

Web applications.

## What it is

A database.

## Learn More

The manual.
`;

const guide = { collection: "technologies" as const, file: "content/technologies/mysql.md", bodyLine: 10 };
const required = { ...defaultSiteSettings.sections, technologies: "required" as const };
const markdown = createMarkdown();

describe("checking section headings", () => {
  const problems = checkSections(guide, markdown.parse(body, {}), required);

  it("reports a heading out of order at its line", () => {
    const outOfOrder = problems.find((problem) => problem.message.includes("out of order"));
    assert.equal(outOfOrder?.line, 10);
    assert.equal(outOfOrder?.message, '"## Where it fits" is out of order: it belongs after "## What it is"');
  });

  it("reports missing sections together, suggesting to rename a heading that is nearly right, at its line", () => {
    const missing = problems.filter((problem) => problem.message.startsWith("missing"));
    assert.deepEqual(missing.map((problem) => [problem.line, problem.message, problem.suggestion]), [[
      18,
      'missing 2 sections after "## Where it fits": "## Common alternatives", "## Learn more"',
      'rename "## Learn More" to "## Learn more"; add "## Common alternatives" (CONTRIBUTING.md describes each section)',
    ]]);
  });

  it("reads a heading by its visible text, so a comment or a tag beside the words changes nothing", () => {
    const annotated = "## What it is <!-- keep short -->\n\nA database.\n\n## Where it <b>fits</b>\n\nWeb applications.\n\n## Common alternatives\n\nMariaDB.\n\n## Learn more\n\nThe manual.\n";
    assert.deepEqual(checkSections(guide, markdown.parse(annotated, {}), required), []);
  });

  it("files them under sections, as errors where site.yaml requires the sections", () => {
    assert.deepEqual(problems.map((problem) => [problem.rule, problem.severity ?? "error"]), [["sections", "error"], ["sections", "error"]]);
  });

  it("makes them warnings where the sections are only recommended, as they are by default", () => {
    const recommended = checkSections(guide, markdown.parse(body, {}), defaultSiteSettings.sections);
    assert.deepEqual(recommended.map((problem) => problem.message), problems.map((problem) => problem.message));
    assert.ok(recommended.every((problem) => problem.severity === "warning"));
  });

  it("passes a body with every standard heading, and a recommended-only body with none of them", () => {
    const complete = "## What it is\n\nA.\n\n## Where it fits\n\nB.\n\n## Common alternatives\n\nC.\n\n## Learn more\n\nD.\n";
    assert.deepEqual(checkSections(guide, markdown.parse(complete, {}), required), []);
    assert.deepEqual(checkSections(guide, markdown.parse("Just one paragraph, as real topic texts often are.\n", {}), defaultSiteSettings.sections).filter((problem) => problem.severity !== "warning"), []);
  });

  it("refuses a guide with no body at all, whatever site.yaml says", () => {
    for (const empty of ["", "\n\n"]) {
      const [problem] = checkSections(guide, markdown.parse(empty, {}), defaultSiteSettings.sections);
      assert.equal(problem?.severity, undefined);
      assert.equal(problem?.line, 10);
      assert.match(problem?.message ?? "", /found no text after the front matter/);
    }
  });

  it("reads headings at the level they are written, whatever level the page gives them", () => {
    const complete = "# An opening title\n\n## What it is\n\nA.\n\n## Where it fits\n\nB.\n\n## Common alternatives\n\nC.\n\nLearn more\n----------\n\nD.\n";
    const tokens = markdown.parse(complete, {});
    for (const token of tokens) if (token.type === "heading_open") token.tag = `h${Number(token.tag.slice(1)) + 1}`;
    assert.deepEqual(checkSections(guide, tokens, required), []);
  });

  it("lists the sections a guide lacks, for the content report", () => {
    assert.deepEqual(missingSections("technologies", [{ level: 2, text: "What it is" }, { level: 2, text: "Learn more" }]).map((section) => section.text), ["Where it fits", "Common alternatives"]);
  });
});
