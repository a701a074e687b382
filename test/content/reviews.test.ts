// The review cycle's content rules: which guides are due for review, the build's warning, and the `reviewed` and
// `sources` fields as the pipeline validates them (on copies of the reviews fixture).
import assert from "node:assert/strict";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, describe, it } from "node:test";
import { DateTime } from "luxon";
import { tryBuildModel } from "../../src/content/index.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { reviewsDue, reviewWarning } from "../../src/content/reviews.ts";
import { defaultSiteSettings } from "../../src/schema/site.ts";
import { copyFixture } from "../support/harness.ts";

const sixMonths = defaultSiteSettings.review;

describe("guides due for review", () => {
  it("lists guides checked more than six months ago (the default) or never, oldest first", () => {
    const guides = [
      { sourcePath: "skills/fresh.md", reviewed: "2026-09-01" },
      { sourcePath: "technologies/stale.md", reviewed: "2026-03-01" },
      { sourcePath: "roles/never.md" },
      { sourcePath: "roles/older.md", reviewed: "2025-11-30" },
      { sourcePath: "roles/exactly-six-months.md", reviewed: "2026-06-04" },
    ];
    assert.equal(sixMonths.maxAge, "6 months");
    assert.deepEqual(reviewsDue(guides, sixMonths, "2026-12-04"), [
      { sourcePath: "roles/never.md" },
      { sourcePath: "roles/older.md", reviewed: "2025-11-30", dueSince: "2026-05-30" },
      { sourcePath: "technologies/stale.md", reviewed: "2026-03-01", dueSince: "2026-09-01" },
    ]);
    // The day after the period runs out, the guide is due.
    assert.deepEqual(reviewsDue([{ sourcePath: "roles/exactly-six-months.md", reviewed: "2026-06-04" }], sixMonths, "2026-12-05").map((due) => due.dueSince), ["2026-12-04"]);
  });

  it("counts the period site.yaml sets", () => {
    const guides = [{ sourcePath: "skills/a.md", reviewed: "2026-10-01" }];
    assert.equal(reviewsDue(guides, { ...sixMonths, maxAge: "30 days" }, "2026-12-04").length, 1);
    assert.equal(reviewsDue(guides, { ...sixMonths, maxAge: "1 year" }, "2026-12-04").length, 0);
  });

  it("warns in a few lines, naming the oldest guides and how many more there are", () => {
    const due = Array.from({ length: 12 }, (_, index) => ({ sourcePath: `skills/s${String(index).padStart(2, "0")}.md`, reviewed: "2020-01-01", dueSince: "2020-07-01" }));
    const warning = reviewWarning(due, "6 months", 10) ?? "";
    assert.match(warning, /^Warning: 12 guides are due for review \(last checked more than 6 months ago\), oldest first:\n {2}skills\/s00\.md: reviewed 2020-01-01, due since 2020-07-01\n/);
    assert.match(warning, /skills\/s09\.md/);
    assert.doesNotMatch(warning, /skills\/s10\.md/);
    assert.match(warning, /… and 2 more\nCheck their facts and set "reviewed" .*npm run report lists them all\.$/);
    assert.equal(reviewWarning([], "6 months"), undefined);
  });
});

describe("the reviewed and sources fields", () => {
  const copies: string[] = [];
  after(() => Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true }))));

  /** Builds the model from a copy of the reviews fixture with one file changed, and returns its problems as lines. */
  async function problemsWith(file: string, change: (text: string) => string): Promise<string[]> {
    const dir = await copyFixture("reviews");
    copies.push(dir);
    const full = path.join(dir, file);
    const text = await readFile(full, "utf8");
    const changed = change(text);
    assert.notEqual(changed, text, "the change must apply to the fixture");
    await writeFile(full, changed);
    const { problems } = await tryBuildModel(dir);
    return problems.map((problem) => formatProblem({ ...problem, file: problem.file.split("/").slice(-2).join("/") }));
  }

  it("accepts the fixture: fresh, stale and unreviewed guides, one with sources", async () => {
    const dir = await copyFixture("reviews");
    copies.push(dir);
    const { model, problems } = await tryBuildModel(dir);
    assert.deepEqual(problems, []);
    const sql = model?.skills.find((skill) => skill.slug === "sql");
    assert.equal(sql?.reviewed, "2026-11-30");
    assert.deepEqual(sql?.sources.map((source) => source.url), ["https://www.postgresql.org/docs/current/sql-select.html", "https://www.sqlite.org/lang_select.html"]);
    assert.equal(model?.skills.find((skill) => skill.slug === "web-accessibility")?.reviewed, undefined);
  });

  it("refuses a reviewed date before the published date", async () => {
    assert.deepEqual(await problemsWith("roles/back-end-developer.md", (text) => text.replace("reviewed: 2012-03-01", "reviewed: 2011-05-01")), [
      'roles/back-end-developer.md:19 reviewed: found "2011-05-01", before the published date 2011-05-02; expected the same day or later',
    ]);
  });

  it("refuses a reviewed date still to come", async () => {
    const tomorrow = DateTime.utc().plus({ days: 2 }).toISODate();
    const [problem, ...rest] = await problemsWith("roles/front-end-developer.md", (text) => text.replace("reviewed: 2026-11-30", `reviewed: ${tomorrow}`));
    assert.deepEqual(rest, []);
    assert.match(problem ?? "", new RegExp(`^roles/front-end-developer\\.md:17 reviewed: found "${tomorrow}", a day still to come; expected the day the facts were checked`));
  });

  it("refuses a source that is not an https address, one listed twice, and sources without a reviewed date", async () => {
    const sources = (text: string) => text.replace("url: https://www.sqlite.org/lang_select.html", "url: http://www.sqlite.org/lang_select.html");
    assert.deepEqual(await problemsWith("skills/sql.md", sources), [
      'skills/sql.md:15 sources[1].url: found "http://www.sqlite.org/lang_select.html", expected an absolute web address starting with https://, like https://www.postgresql.org/support/versioning/',
    ]);
    const twice = (text: string) => text.replace("url: https://www.sqlite.org/lang_select.html", "url: https://www.postgresql.org/docs/current/sql-select.html");
    assert.deepEqual(await problemsWith("skills/sql.md", twice), [
      'skills/sql.md:15 sources[1].url: "https://www.postgresql.org/docs/current/sql-select.html" is listed twice; list each source once',
    ]);
    const withoutDate = (text: string) => text.replace("reviewed: 2026-11-30\n", "");
    assert.deepEqual(await problemsWith("skills/sql.md", withoutDate), [
      'skills/sql.md:10 sources: found sources without a "reviewed" date; expected the day they were checked in "reviewed", just above them',
    ]);
  });

  it("requires a reviewed date on every guide when site.yaml says so, naming each guide without one", async () => {
    const problems = await problemsWith("site.yaml", (text) => `${text}  requireReviewed: true\n`);
    assert.deepEqual(problems, [
      'skills/web-accessibility.md:7 reviewed: missing field: site.yaml sets review.requireReviewed, so every guide needs "reviewed", the day someone last checked its facts' +
        ` — check the guide's facts, then add "reviewed: ${DateTime.utc().toISODate()}" after "published"`,
    ]);
  });
});
