// site.yaml is checked like a guide's front matter: each problem names the file, the line, the setting, what was found
// and what was expected, with a did-you-mean, and is reported together with every problem of the guides.
import assert from "node:assert/strict";
import { mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { tryBuildModel } from "../../src/content/index.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { loadSiteSettings } from "../../src/content/site-settings.ts";
import { defaultSiteSettings, reviewAgeDuration } from "../../src/schema/site.ts";
import { copyFixture, tempDir } from "../support/harness.ts";

/** Writes site.yaml (and any other files) into a copy of the clean fixture, and returns every problem as text. */
async function problemsWith(files: Record<string, string>): Promise<string[]> {
  const dir = await copyFixture("check-clean");
  try {
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
    const { problems } = await tryBuildModel(dir);
    return problems.map((problem) => formatProblem({ ...problem, file: path.relative(dir, problem.file) || problem.file }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The line a formatted problem names. */
function lineIn(problem: string): number {
  return Number(/^[^:]+:(\d+)/.exec(problem)?.[1] ?? 0);
}

describe("site settings", () => {
  it("keeps every default when the content folder has no site.yaml", async () => {
    const dir = await tempDir();
    try {
      assert.deepEqual(await loadSiteSettings(dir), { settings: defaultSiteSettings, problems: [] });
      assert.equal(defaultSiteSettings.name, "Role Guides");
      assert.equal(defaultSiteSettings.language, "en");
      assert.deepEqual(defaultSiteSettings.sections, { roles: "recommended", skills: "recommended", technologies: "recommended" });
      assert.deepEqual(defaultSiteSettings.review, { maxAge: "6 months", requireReviewed: false });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reads every setting, canonicalising the language tag", async () => {
    const dir = await tempDir();
    try {
      await writeFile(path.join(dir, "site.yaml"), "name: Acme\nhome:\n  heading: Hello\nlanguage: pt-br\nsections:\n  roles: required\nreview:\n  maxAge: 90 days\n");
      const { settings, problems } = await loadSiteSettings(dir);
      assert.deepEqual(problems, []);
      assert.equal(settings.name, "Acme");
      assert.deepEqual(settings.home, { heading: "Hello", introduction: defaultSiteSettings.home.introduction });
      assert.equal(settings.language, "pt-BR");
      assert.deepEqual(settings.sections, { roles: "required", skills: "recommended", technologies: "recommended" });
      assert.deepEqual(reviewAgeDuration(settings.review.maxAge), { days: 90 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reports each wrong setting at its line, with what was found, what was expected and a did-you-mean", async () => {
    const problems = await problemsWith({
      "site.yaml": [
        "name: Acme",
        "langauge: en",
        "home:",
        "  heading: Hello",
        "  intro: Hi",
        "language: not a language",
        "sections:",
        "  roles: mandatory",
        "images:",
        "  allowedOrigins:",
        "    - https://images.example.org/photos/",
        "repository:",
        "  url: http://git.example.org/acme",
        "review:",
        "  maxAge: half a year",
        "",
      ].join("\n"),
    });
    assert.deepEqual(problems.filter((problem) => problem.startsWith("site.yaml")).sort((a, b) => lineIn(a) - lineIn(b)), [
      'site.yaml:2 langauge: unknown field "langauge", expected one of: name, home, logo, repository, baseUrl, language, sections, images, review — did you mean "language"?',
      'site.yaml:5 home.intro: unknown field "intro", expected one of: heading, introduction — did you mean "introduction"?',
      'site.yaml:6 language: found "not a language", expected a BCP 47 language tag like en, en-GB or pt-BR',
      'site.yaml:8 sections.roles: found "mandatory", expected one of: required, recommended',
      'site.yaml:11 images.allowedOrigins[0]: found "https://images.example.org/photos/", expected an origin: https:// and a host name, with no path, like https://images.example.org',
      'site.yaml:13 repository.url: found "http://git.example.org/acme", expected an address starting with https://',
      'site.yaml:15 review.maxAge: found "half a year", expected a number and a unit, like "6 months", "90 days" or "1 year"',
    ]);
  });

  it("reports site.yaml's problems together with the guides' problems", async () => {
    const problems = await problemsWith({ "site.yaml": "name: [Acme\n", "roles/back-end-developer.md": "---\ntitle: Back-end developer\n---\n\nText.\n" });
    assert.ok(problems.some((problem) => /^site\.yaml:\d+ invalid YAML/.test(problem)), problems.join("\n"));
    assert.ok(problems.some((problem) => problem.startsWith("roles/back-end-developer.md")), problems.join("\n"));
  });

  it("refuses a logo that is missing, outside images/ or a link out of the content folder", async () => {
    assert.deepEqual(await problemsWith({ "site.yaml": "logo: images/logo.svg\n" }), [
      'site.yaml:1 logo: found "images/logo.svg", but there is no such file in the content folder — add the image as images/logo.svg in the content folder, or correct the path',
    ]);
    assert.match((await problemsWith({ "site.yaml": "logo: ../logo.svg\n" }))[0] ?? "", /^site\.yaml:1 logo: found "\.\.\/logo\.svg", expected a path under images\//);
    const outside = await tempDir();
    try {
      await writeFile(path.join(outside, "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>");
      const dir = await copyFixture("check-clean");
      try {
        await mkdir(path.join(dir, "images"));
        await symlink(path.join(outside, "logo.svg"), path.join(dir, "images", "logo.svg"));
        await writeFile(path.join(dir, "site.yaml"), "logo: images/logo.svg\n");
        const { problems } = await loadSiteSettings(dir);
        assert.match(problems[0]?.message ?? "", /leads outside the content folder's images\/ folder/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it("reads HTML in text fields as GitHub does: names show its words, a summary its inline elements, and other elements are errors", async () => {
    const role = (title: string, summary: string) => `---\ntitle: "${title}"\nsummary: "${summary}"\nskills:\n  required:\n    - sql\nworksWith:\n  - front-end-developer\npublished: 2026-03-01\n---\n\n## What the role is\n\nText.\n`;
    const dir = await copyFixture("check-clean");
    try {
      const file = path.join(dir, "roles", "back-end-developer.md");
      const text = (await readFile(file, "utf8"))
        .replace(/^title: .*$/m, 'title: "<em>Back-end</em> <!-- TODO --> developer"')
        .replace(/^summary: .*$/m, 'summary: "Builds <b onclick=\'x()\'>servers</b> and <kbd>Ctrl</kbd>+<kbd>C</kbd>.<br>Then <p>rests</p>."');
      await writeFile(file, text);
      const { model, problems } = await tryBuildModel(dir);
      const guide = model?.roles.find((each) => each.slug === "back-end-developer");
      assert.equal(guide?.title, "Back-end developer");
      assert.equal(guide?.summary, "Builds servers and Ctrl+C. Then rests.");
      assert.equal(String(guide?.summaryHtml), "Builds <b>servers</b> and <kbd>Ctrl</kbd>+<kbd>C</kbd>. Then rests.");
      assert.deepEqual(problems.map((problem) => [problem.line, problem.field, problem.severity, problem.message, problem.suggestion]), [
        [2, "title", "warning", '"<em>Back-end</em> <!-- TODO --> developer" holds HTML, which a name does not show: the site shows "Back-end developer"', 'write "Back-end developer"'],
        [3, "summary", "warning", '<br>, <p> cannot show in a one-line summary: the site shows "Builds servers and Ctrl+C. Then rests."', "write one line of words, with inline Markdown like **bold** or `code` where needed"],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const refused = await problemsWith({ "roles/back-end-developer.md": role("<img src=x onerror=alert(1)> Back-end", "Uses List<T> and <script>alert(2)</script>.") });
    assert.deepEqual(refused.filter((problem) => problem.includes(" title: ") || problem.includes(" summary: ")), [
      "roles/back-end-developer.md:2 title: HTML element <img> is not allowed in a name, which shows plain words — if it is code or a placeholder, put it in backticks (`<img>`) or write &lt;img&gt;; otherwise remove the tag",
      "roles/back-end-developer.md:3 summary: HTML element <t> is not allowed in a summary, which shows plain words and inline formatting such as <code>, <kbd> or <sub> — if it is code or a placeholder, put it in backticks (`<t>`) or write &lt;t&gt;; otherwise remove the tag",
      "roles/back-end-developer.md:3 summary: HTML element <script> is not allowed in a summary, which shows plain words and inline formatting such as <code>, <kbd> or <sub> — if it is code or a placeholder, put it in backticks (`<script>`) or write &lt;script&gt;; otherwise remove the tag",
    ]);
    const other = await problemsWith({ "roles/back-end-developer.md": role("Back-end developer", "Runs <?php echo 1; ?> on servers.") });
    assert.deepEqual(other.filter((problem) => problem.includes(" summary: ")), [
      "roles/back-end-developer.md:3 summary: found <?php echo 1; ?>, HTML that a summary cannot show — write code in backticks, like `<?php … ?>`, or remove it",
    ]);
    assert.deepEqual((await problemsWith({ "roles/back-end-developer.md": role("C++ and C# developer", "Builds *servers* with `make`, if a < b.") })).filter((problem) => problem.includes("title") || problem.includes("summary")), []);
  });

  it("reads Markdown in a title or alias as its words, with a warning at its line saying what the site shows", async () => {
    const dir = await copyFixture("check-clean");
    try {
      await writeFile(path.join(dir, "skills", "sql.md"), (await readFile(path.join(dir, "skills", "sql.md"), "utf8")).replace(/^title: .*$/m, "title: The `SELECT` statement"));
      const { model, problems } = await tryBuildModel(dir);
      assert.equal(model?.skills.find((skill) => skill.slug === "sql")?.title, "The SELECT statement");
      assert.deepEqual(problems.map((problem) => [problem.line, problem.field, problem.severity, problem.message, problem.suggestion]), [
        [2, "title", "warning", '"The `SELECT` statement" holds Markdown formatting, which a name does not show: the site shows "The SELECT statement"', 'write "The SELECT statement"'],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
