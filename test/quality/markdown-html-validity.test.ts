// HTML validity of what guides from elsewhere render to: pictures with sources, highlighted code, wrapped tables,
// details and the other allowed elements pass html-validate under the project's rules, like every bundled page.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { HtmlValidate } from "html-validate";
import config from "../../.htmlvalidate.mjs";
import { fixture } from "../support/harness.ts";
import { useBuiltSite } from "../support/site-under-test.ts";

describe("HTML validity of guides written for GitHub", () => {
  const site = useBuiltSite(fixture("markdown-from-elsewhere"));

  it("finds no error on any guide page of the fixture", async () => {
    const validator = new HtmlValidate(config);
    const errors: string[] = [];
    for (const page of ["roles/back-end-developer", "roles/front-end-developer", "skills/http-caching", "skills/sql", "technologies/redis"]) {
      const file = path.join(page, "index.html");
      const report = await validator.validateString(await readFile(path.join(site.outputDir, file), "utf8"), file);
      for (const result of report.results)
        for (const message of result.messages)
          if (message.severity === 2) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    assert.deepEqual(errors, []);
  });
});
