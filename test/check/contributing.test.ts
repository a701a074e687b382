// CONTRIBUTING.md stays true to the code: every field, value, section and kind of problem is explained, in order.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { before, describe, it } from "node:test";
import { lint } from "markdownlint/promise";
import { schemaKeys } from "../../src/check/key-order.ts";
import { readMarkdownlintConfig } from "../../src/check/markdown-style.ts";
import { rules } from "../../src/check/rules.ts";
import { headingMarkdown, standardSections } from "../../src/content/sections.ts";
import { collections, collectionNames, skillCategories, technologyKinds } from "../../src/schema/index.ts";
import { projectRoot } from "../support/harness.ts";

describe("CONTRIBUTING.md", () => {
  let text: string;
  before(async () => {
    text = await readFile(path.join(projectRoot, "CONTRIBUTING.md"), "utf8");
  });

  it("lists every field of every kind of guide in schema order", () => {
    for (const name of collectionNames) {
      const singular = collections[name].singular;
      const table = new RegExp(`### ${singular[0]?.toUpperCase()}${singular.slice(1)} fields\\n\\n([\\s\\S]*?)\\n\\n`).exec(text)?.[1] ?? "";
      const fields = [...table.matchAll(/^\| `([A-Za-z]+)` \|/gm)].map((match) => match[1]);
      assert.deepEqual(fields, schemaKeys(collections[name].schema), `${singular} fields`);
    }
  });

  it("lists every skill category and technology kind", () => {
    for (const value of [...Object.keys(skillCategories), ...Object.keys(technologyKinds)]) assert.ok(text.includes(`\`${value}\``), value);
  });

  it("names every standard section heading, in order", () => {
    for (const name of collectionNames) {
      const positions = standardSections[name].map((section) => text.indexOf(`\`${headingMarkdown(section)}\``, text.indexOf("## Sections")));
      assert.ok(
        positions.every((position) => position > 0),
        `${name}: ${String(positions)}`,
      );
      assert.deepEqual(
        positions,
        [...positions].sort((a, b) => a - b),
        `${name} sections out of order`,
      );
    }
  });

  it("explains every kind of problem the check reports, with its severity", () => {
    for (const [id, rule] of Object.entries(rules)) assert.match(text, new RegExp(`^\\| \`${id}\` \\| ${rule.severity} \\| `, "m"), id);
  });

  it("follows the Markdown style it asks of guides", async () => {
    const results = await lint({ strings: { "CONTRIBUTING.md": text }, config: await readMarkdownlintConfig() });
    assert.deepEqual(
      results["CONTRIBUTING.md"]?.map((error) => `${error.lineNumber} ${error.ruleNames.join("/")} ${error.errorDetail ?? ""}`),
      [],
    );
  });
});
