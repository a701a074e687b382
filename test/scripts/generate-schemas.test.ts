// The JSON Schemas in docs/schema/ are generated from src/schema/ and committed exactly as generated.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { generateSchemas, schemaOutputDir } from "../../scripts/generate-schemas.ts";
import { schemaKeys } from "../../src/check/key-order.ts";
import { collections, collectionNames } from "../../src/schema/index.ts";
import { SiteSettingsSchema } from "../../src/schema/site.ts";
import { projectRoot } from "../support/harness.ts";

describe("the generated JSON Schemas", () => {
  const generated = generateSchemas();

  it("are committed exactly as `npm run schemas` writes them", async () => {
    assert.deepEqual([...generated.keys()], ["role.schema.json", "skill.schema.json", "technology.schema.json", "site.schema.json"]);
    for (const [name, text] of generated) {
      const committed = await readFile(path.join(projectRoot, schemaOutputDir, name), "utf8").catch(() => "(missing)");
      assert.equal(committed, text, `${schemaOutputDir}/${name} is out of date: run npm run schemas`);
    }
  });

  it("list every field in schema order, each with its doc comment as description, and refuse unknown fields", () => {
    for (const name of collectionNames) {
      const json = JSON.parse(generated.get(`${collections[name].singular}.schema.json`) ?? "{}") as {
        additionalProperties: boolean;
        properties: Record<string, { description?: string }>;
      };
      assert.deepEqual(Object.keys(json.properties), schemaKeys(collections[name].schema));
      for (const [field, property] of Object.entries(json.properties)) assert.ok(property.description, `${name}.${field} has no description`);
      assert.equal(json.additionalProperties, false);
    }
  });

  it("describe every site.yaml setting, nested ones too, and refuse unknown settings", () => {
    type Described = { description?: string; additionalProperties?: boolean; properties?: Record<string, Described> };
    const json = JSON.parse(generated.get("site.schema.json") ?? "{}") as Described;
    assert.deepEqual(Object.keys(json.properties ?? {}), schemaKeys(SiteSettingsSchema));
    const visit = (schema: Described, where: string) => {
      assert.equal(schema.additionalProperties, false, `${where} allows unknown settings`);
      for (const [field, property] of Object.entries(schema.properties ?? {})) {
        assert.ok(property.description, `${where}${field} has no description`);
        if (property.properties) visit(property, `${where}${field}.`);
      }
    };
    visit(json, "");
  });
});
