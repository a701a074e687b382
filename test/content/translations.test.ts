// Translations in <content>/<lang>/: checked against the originals they name and the fields they may set, every problem
// reported together with its file, line, field and a suggestion; links lead to the language's own pages.
import assert from "node:assert/strict";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { tryBuildModel } from "../../src/content/index.ts";
import { formatProblem, isError } from "../../src/content/problems.ts";
import { translationStatus } from "../../src/i18n/translation-status.ts";
import { copyFixture, fixture } from "../support/harness.ts";

describe("translations", () => {
  it("loads each language's translations with their rendered bodies", async () => {
    const { model, problems } = await tryBuildModel(fixture("languages"));
    assert.deepEqual(problems.filter(isError), []);
    const german = model?.languages.find((language) => language.tag === "de");
    assert.deepEqual(german?.translations.map((translation) => translation.sourcePath), ["de/roles/back-end-developer.md", "de/skills/sql.md"]);
    const body = String(german?.translations[0]?.body);
    assert.match(body, /<a href="\/de\/skills\/sql\/">SQL<\/a>/, "a translated guide is linked in the language");
    assert.match(body, /<a href="\/skills\/web-accessibility\/" hreflang="en-GB">/, "an untranslated one at its original, with its language");
  });

  it("warns once per language about missing interface messages, naming what is missing", async () => {
    const { problems } = await tryBuildModel(fixture("languages"));
    const warnings = problems.filter((problem) => problem.rule === "messages");
    assert.deepEqual(warnings.map((warning) => warning.file), ["test/fixtures/languages/ar/messages.yaml", "test/fixtures/languages/fr"]);
    assert.match(warnings[0]?.message ?? "", /^ar lacks \d+ of the \d+ interface messages, which its pages show in English: site\.pageTitle/);
    assert.match(warnings[1]?.message ?? "", /^fr has no interface messages: its pages show all \d+ in English$/);
    assert.ok(warnings.every((warning) => warning.severity === "warning"));
  });

  it("reports which translations are older than their original", async () => {
    const { model } = await tryBuildModel(fixture("languages"));
    const french = translationStatus(model!).find((status) => status.language === "fr");
    assert.deepEqual(french?.counts.roles, { translated: 1, total: 2 });
    assert.deepEqual(french?.outdated, [{ sourcePath: "fr/roles/back-end-developer.md", originalPath: "roles/back-end-developer.md", translated: "2026-03-06", original: "2026-06-15" }]);
    assert.deepEqual(translationStatus(model!).find((status) => status.language === "de")?.outdated, []);
  });

  describe("with mistakes", () => {
    let content: string;
    let problems: string[];

    before(async () => {
      content = await copyFixture("languages");
      const write = async (file: string, text: string) => {
        await mkdir(path.dirname(path.join(content, file)), { recursive: true });
        await writeFile(path.join(content, file), text);
      };
      await write("de/roles/back-end-develper.md", "---\ntitle: Backend\nsummary: Baut Server.\npublished: 2026-03-05\n---\n\nText.\n");
      await write("de/skills/web-accessibility.md", "---\ntitle: Barrierefreiheit\nsummary: Für alle.\ncategory: web-platform\npublished: 2026-03-05\n---\n\nText.\n");
      await write("de/technologies/postgresql.md", "---\ntitle: PostgreSQL\npublished: 2026-03-05\n---\n\nText.\n");
      await write("en-gb/roles/front-end-developer.md", "---\ntitle: Front-end developer\nsummary: Builds.\npublished: 2026-03-05\n---\n\nText.\n");
      await write("de/notes.txt", "notes\n");
      await write("de/messages.yaml", "nav:\n  role: Rollen\n");
      await mkdir(path.join(content, "FR"));
      const result = await tryBuildModel(content);
      assert.equal(result.model, undefined, "the build refuses the content");
      problems = result.problems.filter(isError).map(formatProblem);
    });
    after(() => rm(content, { recursive: true, force: true }));

    const find = (pattern: RegExp) => problems.find((problem) => pattern.test(problem)) ?? `none of:\n${problems.join("\n")}`;

    it("refuses a translation of a guide that does not exist, suggesting the one it likely means", () => {
      assert.match(find(/back-end-develper/), /de\/roles\/back-end-develper\.md:1 translates roles\/back-end-develper\.md, which does not exist; .* — did you mean roles\/back-end-developer\.md\? Rename it to de\/roles\/back-end-developer\.md/);
    });

    it("refuses a field that comes from the original, at its line", () => {
      assert.match(find(/category/), /de\/skills\/web-accessibility\.md:4 category: "category" comes from the original, content\/skills\/web-accessibility\.md; a translation sets only title, summary, aliases, published, updated, reviewed — remove it/);
    });

    it("reports a missing required field", () => {
      assert.match(find(/postgresql\.md.*summary/), /de\/technologies\/postgresql\.md:\d+ summary: missing required field/);
    });

    it("refuses translations into the site's own language", () => {
      assert.match(find(/en-gb\/roles/), /en-gb\/roles\/front-end-developer\.md en-GB is the site's own language/);
    });

    it("refuses files a language folder does not hold, folders named out of case and unknown messages", () => {
      assert.match(find(/notes\.txt/), /unknown file "notes\.txt" in a language folder/);
      assert.match(find(/FR:? /), /the language folder "FR" is not in lower case — rename it to fr\//);
      assert.match(find(/messages\.yaml:2/), /de\/messages\.yaml:2 nav\.role: unknown message "nav\.role" — did you mean "nav\.roles"\?/);
    });
  });
});
