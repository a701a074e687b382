// The JSON exports validate against the JSON Schemas the build publishes, checked by a real validator (Ajv), and the
// schemas in docs/exports.md are the generated ones.
import assert from "node:assert/strict";
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { DateTime } from "luxon";
import { publishedJsonSchema } from "../../src/exports/build.ts";
import { exportSchemas, type ExportSchemaName } from "../../src/exports/schemas.ts";
import { buildModel } from "../../src/content/index.ts";
import type { SiteModel } from "../../src/content/model.ts";
import { projectRoot } from "../../src/lib/project-paths.ts";
import { buildFixture, type BuiltSite } from "../support/harness.ts";
import { deployFixture, publicBaseUrl } from "./support.ts";

const schemaNames = Object.keys(exportSchemas) as ExportSchemaName[];

/** A strict Ajv that checks the formats the schemas use. */
function validator(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat("date", (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: "utc" }).isValid);
  ajv.addFormat("uri", (value: string) => URL.canParse(value));
  return ajv;
}

describe("JSON exports of a build with a public address", () => {
  let site: BuiltSite;
  let model: SiteModel;
  const validators = new Map<ExportSchemaName, ValidateFunction>();
  const readJson = async (file: string) => JSON.parse(await readFile(path.join(site.outputDir, file), "utf8")) as Record<string, unknown>;

  /** Validates a file against the published schema it names, returning Ajv's errors as readable lines. */
  async function problemsOf(file: string): Promise<string[]> {
    const data = await readJson(file);
    const name = /\/schema\/([a-z]+)\.schema\.json$/.exec(String(data.schema))?.[1] as ExportSchemaName | undefined;
    assert.ok(name && validators.has(name), `${file} names no published schema: ${String(data.schema)}`);
    const validate = validators.get(name)!;
    return validate(data) ? [] : (validate.errors ?? []).map((error) => `${file}${error.instancePath}: ${error.message ?? "invalid"}`);
  }

  before(async () => {
    site = await buildFixture(deployFixture, { baseUrl: publicBaseUrl });
    model = await buildModel(deployFixture);
    const ajv = validator();
    for (const name of schemaNames) validators.set(name, ajv.compile(await readJson(`schema/${name}.schema.json`)));
  });
  after(() => site?.cleanup());

  it("publishes a JSON Schema for every export, generated from the zod definitions", async () => {
    for (const name of schemaNames) assert.deepEqual(await readJson(`schema/${name}.schema.json`), publishedJsonSchema(name), name);
  });

  it("validates roles.json, skills.json and technologies.json against their published schemas", async () => {
    for (const file of ["roles.json", "skills.json", "technologies.json"]) assert.deepEqual(await problemsOf(file), []);
  });

  it("validates every guide's own file against its published schema", async () => {
    const files = (await readdir(site.outputDir, { recursive: true }))
      .map((file) => file.split(path.sep).join("/"))
      .filter((file) => /^(roles|skills|technologies)\/[a-z0-9-]+\.json$/.test(file));
    assert.equal(files.length, model.roles.length + model.skills.length + model.technologies.length);
    for (const file of files) assert.deepEqual(await problemsOf(file), []);
  });

  it("rejects a file that breaks its schema, so the checks above can fail", async () => {
    const roles = await readJson("roles.json");
    const validate = validators.get("roles")!;
    assert.equal(validate({ ...roles, version: 2 }), false);
    const [first] = roles.roles as Array<Record<string, unknown>>;
    assert.equal(validate({ ...roles, roles: [{ ...first, published: "2026-02-30" }] }), false);
    assert.equal(validate({ ...roles, roles: [{ ...first, surprise: true }] }), false);
  });

  it("lists every guide with absolute URLs under the public address and a version", async () => {
    const roles = await readJson("roles.json");
    assert.equal(roles.version, 1);
    assert.equal(roles.schema, `${publicBaseUrl}schema/roles.schema.json`);
    const items = roles.roles as Array<{ slug: string; url: string; dataUrl: string }>;
    assert.deepEqual(
      items.map((item) => item.slug),
      model.roles.map((role) => role.slug),
    );
    assert.deepEqual(
      items.map((item) => [item.url, item.dataUrl]),
      model.roles.map((role) => [`${publicBaseUrl}roles/${role.slug}/`, `${publicBaseUrl}roles/${role.slug}.json`]),
    );
  });

  it("gives a guide's own file its text with absolute links", async () => {
    const { role } = (await readJson("roles/front-end-developer.json")) as { role: { bodyHtml: string; headings: Array<{ id: string }> } };
    assert.match(role.bodyHtml, new RegExp(`href="${publicBaseUrl}skills/sql/#what-it-is"`));
    assert.deepEqual(
      role.headings.map((heading) => heading.id),
      ["what-the-role-is", "a-day-in-the-work"],
    );
  });
});

describe("JSON exports of a build that knows only its path", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture(deployFixture, { baseUrl: "/guides/" });
  });
  after(() => site?.cleanup());

  it("uses root-relative URLs that include the path prefix", async () => {
    const { skills } = JSON.parse(await readFile(path.join(site.outputDir, "skills.json"), "utf8")) as { skills: Array<{ url: string; dataUrl: string }> };
    assert.deepEqual([skills[0]?.url, skills[0]?.dataUrl], ["/guides/skills/query-plan-analysis/", "/guides/skills/query-plan-analysis.json"]);
  });
});

describe("docs/exports.md", () => {
  const docsFile = path.join(projectRoot, "docs", "exports.md");
  const block = (name: string) => new RegExp(`(<!-- schema:${name} -->\\n)[\\s\\S]*?(<!-- /schema:${name} -->)`);

  it("shows each published JSON Schema exactly as the build generates it", async () => {
    let docs = await readFile(docsFile, "utf8");
    if (process.env.UPDATE_DOCS === "1") {
      for (const name of schemaNames)
        docs = docs.replace(
          block(name),
          (_all, start: string, end: string) => `${start}\n\`\`\`json\n${JSON.stringify(publishedJsonSchema(name), null, 2)}\n\`\`\`\n\n${end}`,
        );
      await writeFile(docsFile, docs);
    }
    for (const name of schemaNames) {
      const json = /```json\n([\s\S]*?)\n```/.exec(block(name).exec(docs)?.[0] ?? "")?.[1];
      assert.ok(json, `docs/exports.md has no schema block for ${name}; run UPDATE_DOCS=1 npm run test:only -- deploy/exports`);
      assert.deepEqual(
        JSON.parse(json),
        publishedJsonSchema(name),
        `docs/exports.md shows an old ${name} schema; run UPDATE_DOCS=1 npm run test:only -- deploy/exports`,
      );
    }
  });
});
