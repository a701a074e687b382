// `npm run new`: a new guide of each kind is valid, complete and in order; duplicates and near-duplicates are refused.
import assert from "node:assert/strict";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "yaml";
import { schemaKeys } from "../../src/check/key-order.ts";
import { headingMarkdown, standardSections } from "../../src/content/sections.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { createGuide, ScaffoldError } from "../../src/scaffold/index.ts";
import { collections } from "../../src/schema/index.ts";
import { copyFixture, runCli, tempDir } from "../support/harness.ts";

const starts = [
  { kind: "role", title: "Site Reliability Engineer", collection: "roles", slug: "site-reliability-engineer" },
  { kind: "skill", title: "Incident response", collection: "skills", slug: "incident-response" },
  { kind: "technology", title: "Prometheus", collection: "technologies", slug: "prometheus" },
] as const;

describe("starting a guide with npm run new", () => {
  let contentDir: string;
  let created: Array<{ code: number; stdout: string; stderr: string }>;

  before(async () => {
    contentDir = await copyFixture("check-clean");
    created = [];
    for (const start of starts) created.push(await runCli(["new", start.kind, start.title, "--content", contentDir]));
  });
  after(() => rm(contentDir, { recursive: true, force: true }));

  for (const [index, start] of starts.entries()) {
    it(`writes a ${start.kind} with every field in schema order and the standard headings, and says what to do next`, async () => {
      const result = created[index];
      assert.equal(result?.code, 0, result?.stderr);
      assert.match(result?.stdout ?? "", new RegExp(`^Created .*${start.collection}/${start.slug}\\.md\\n\\nNext steps:\\n  1\\. `));
      assert.match(result?.stdout ?? "", /npm run check/);
      const text = await readFile(path.join(contentDir, start.collection, `${start.slug}.md`), "utf8");
      const [, yaml = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const schemaOrder = schemaKeys(collections[start.collection].schema) ?? [];
      assert.deepEqual(
        Object.keys(parse(yaml) as object),
        schemaOrder.filter((key) => key !== "updated" && key !== "sources"),
      );
      assert.match(yaml, /^# updated: YYYY-MM-DD/m, "the optional field is shown, commented out");
      assert.match(yaml, /^# sources: /m, "the optional source list is shown, commented out");
      const headings = body.split("\n").filter((line) => line.startsWith("#"));
      assert.deepEqual(headings, standardSections[start.collection].map(headingMarkdown));
      assert.equal((parse(yaml) as { title: string }).title, start.title);
    });
  }

  it("writes files that pass the check, with only warnings for the placeholders and links still to add", async () => {
    const result = await runCli(["check", "--content", contentDir]);
    assert.equal(result.code, 0, result.stdout);
    const kinds = new Set([...result.stdout.matchAll(/\[([a-z-]+)\]$/gm)].map((match) => match[1]));
    assert.deepEqual([...kinds].sort(), ["orphan", "placeholder"]);
    assert.match(result.stdout, /^0 errors and \d+ warnings in 3 files/m);
  });

  it("writes files that build into pages", async () => {
    const root = await tempDir();
    try {
      const report = await buildSite({ contentDir, outputDir: path.join(root, "site"), pathPrefix: "/" });
      assert.deepEqual([report.roles, report.skills, report.technologies], [3, 3, 3]);
      const page = await readFile(path.join(root, "site", "roles", "site-reliability-engineer", "index.html"), "utf8");
      assert.match(page, /<h1[^>]*>Site Reliability Engineer<\/h1>/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("refuses a title whose file exists, and a title an existing guide has as its title or alias", async () => {
    const refused = await runCli(["new", "role", "Site reliability engineer", "--content", contentDir]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /^Nothing was created: .*roles\/site-reliability-engineer\.md already exists: improve that guide instead/);
    await assert.rejects(
      createGuide({ kind: "role", title: "Backend engineer", contentDir }),
      (error: Error) =>
        error instanceof ScaffoldError && /roles\/back-end-developer\.md already covers "Backend engineer" \(as its title or an alias\)/.test(error.message),
    );
  });

  it("refuses a near-duplicate unless told it is different", async () => {
    await assert.rejects(
      createGuide({ kind: "role", title: "Back-end developers", contentDir }),
      /is very close to .*roles\/back-end-developer\.md \("Back-end developer"\).*--force/,
    );
    const forced = await createGuide({
      kind: "technology",
      title: "PostgreSQL tools",
      contentDir,
      force: true,
      technologyKind: "tool",
      homepage: "https://www.postgresql.org/download/",
      summary: "Tools around PostgreSQL.",
    });
    const text = await readFile(path.join(contentDir, "technologies", "postgresql-tools.md"), "utf8");
    assert.match(forced.file, /technologies\/postgresql-tools\.md$/);
    assert.match(text, /^summary: Tools around PostgreSQL\.$/m);
    assert.match(text, /^kind: tool\nhomepage: https:\/\/www\.postgresql\.org\/download\/$/m);
  });

  it("checks starting values and says what is allowed", async () => {
    await assert.rejects(
      createGuide({ kind: "skill", title: "Chaos engineering", contentDir, category: "infrastructure" }),
      /--category: found "infrastructure", expected one of: .*infrastructure-and-operations/,
    );
    await assert.rejects(createGuide({ kind: "role", title: "Data analyst", contentDir, technologyKind: "tool" }), /--kind applies to technologies only/);
    await assert.rejects(
      createGuide({ kind: "rol", title: "Data analyst", contentDir }),
      /unknown kind of guide "rol", expected one of: role, skill, technology — did you mean "role"\?/,
    );
    await assert.rejects(createGuide({ kind: "technology", title: "Grafana", contentDir, homepage: "grafana.com" }), /--homepage: found "grafana\.com"/);
  });
});
