// HTML validity gate: html-validate, with the project's rules in .htmlvalidate.mjs, finds no error on any built page
// of the bundled site.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { HtmlValidate, type Message } from "html-validate";
import config from "../../.htmlvalidate.mjs";
import { buildBundledSite } from "../support/harness.ts";
import { listSitePages, pagesByType, type SitePage } from "./site-pages.ts";

const siteDir = await buildBundledSite();
const groups = pagesByType(await listSitePages(siteDir));
const validator = new HtmlValidate(config);

/** An error found on a page. */
interface PageError {
  rule: string;
  line: string;
}

/** Validates one built page and returns its errors, each as a line naming the page, position, rule, message and element. */
async function pageErrors(page: SitePage): Promise<PageError[]> {
  const markup = await readFile(path.join(siteDir, page.file), "utf8");
  const report = await validator.validateString(markup, page.file);
  return report.results.flatMap((result) =>
    result.messages
      .filter((message: Message) => message.severity === 2)
      .map((message: Message) => ({
        rule: message.ruleId,
        line: `  ${page.url}:${message.line}:${message.column} ${message.ruleId}: ${message.message}${message.selector ? ` (${message.selector})` : ""}`,
      })),
  );
}

/** Sums errors up by rule, then lists the first ones in full (a broken template repeats its error on every page). */
function describeErrors(errors: readonly PageError[], shown = 40): string {
  const byRule = new Map<string, number>();
  for (const error of errors) byRule.set(error.rule, (byRule.get(error.rule) ?? 0) + 1);
  const summary = [...byRule.entries()].map(([rule, count]) => `${rule} × ${count}`).join(", ");
  const more = errors.length > shown ? `\n  … and ${errors.length - shown} more` : "";
  return `html-validate found ${errors.length} error(s): ${summary} (rules explained at https://html-validate.org/rules/)\n${errors
    .slice(0, shown)
    .map((error) => error.line)
    .join("\n")}${more}`;
}

describe("HTML validity (html-validate)", () => {
  it("reports invalid markup under the project's rules (the check works)", async () => {
    const report = await validator.validateString(
      `<!doctype html><html lang="en"><head><title>Probe</title></head><body><main><h1 id="a">A</h1><p id="a" style="color: red">B</p><ul><p>C</p></ul></main></body></html>`,
      "probe.html",
    );
    const rules = new Set(report.results.flatMap((result) => result.messages.map((message) => message.ruleId)));
    for (const rule of ["no-dup-id", "no-inline-style", "element-permitted-content"])
      assert.ok(rules.has(rule), `${rule} not reported: ${[...rules].join(", ")}`);
  });

  it("finds pages of the home, list, guide and 404 types to check", () => {
    for (const type of ["/", "/404.html", "/roles/", "/roles/*/", "/skills/", "/skills/*/", "/technologies/", "/technologies/*/"]) {
      assert.ok(groups.has(type), `no page of type ${type} in the build`);
    }
  });

  for (const [type, pages] of groups) {
    it(`finds no error on the ${pages.length} page(s) of type ${type}`, async () => {
      const errors = (await Promise.all(pages.map(pageErrors))).flat();
      assert.equal(errors.length, 0, describeErrors(errors));
    });
  }
});
