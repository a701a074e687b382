// Writes docs/schema/<kind>.schema.json (and site.schema.json for site.yaml) from the zod schemas in src/schema/, with
// each field's doc comment as its description.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { z } from "zod";
import { collections, collectionNames } from "../src/schema/index.ts";
import { SiteSettingsSchema } from "../src/schema/site.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schemaDir = path.join(root, "src", "schema");

/** Where the generated schemas live, relative to the project root. */
export const schemaOutputDir = "docs/schema";

/** Returns each schema file's name and text, exactly as `npm run schemas` writes it. */
export function generateSchemas(): Map<string, string> {
  const docs = readDocComments(["role.ts", "skill.ts", "technology.ts", "site.ts"].map((file) => path.join(schemaDir, file)));
  const files = new Map<string, string>();
  for (const name of collectionNames) {
    const { schema, singular } = collections[name];
    const variable = `${singular[0]?.toUpperCase()}${singular.slice(1)}Schema`;
    // Draft 7: the newest draft editors' YAML support (yaml-language-server) reads.
    const json = z.toJSONSchema(schema, { io: "input", target: "draft-7" }) as JsonSchema;
    describe(json, variable, docs);
    const ordered = {
      $schema: json.$schema,
      $comment: `Generated from src/schema/${singular}.ts by \`npm run schemas\`; do not edit by hand.`,
      title: `Front matter of a ${singular} guide (content/${name}/<slug>.md)`,
      ...Object.fromEntries(Object.entries(json).filter(([key]) => key !== "$schema")),
    };
    files.set(`${singular}.schema.json`, `${JSON.stringify(ordered, null, 2)}\n`);
  }
  const site = z.toJSONSchema(SiteSettingsSchema, { io: "input", target: "draft-7" }) as JsonSchema;
  describe(site, "SiteSettingsSchema", docs);
  const ordered = {
    $schema: site.$schema,
    $comment: "Generated from src/schema/site.ts by `npm run schemas`; do not edit by hand.",
    title: "Site settings (site.yaml at the root of the content folder)",
    ...Object.fromEntries(Object.entries(site).filter(([key]) => key !== "$schema")),
  };
  files.set("site.schema.json", `${JSON.stringify(ordered, null, 2)}\n`);
  return files;
}

interface JsonSchema {
  $schema?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  [key: string]: unknown;
}

/** For each `const XSchema = z.…({ … })` in the files: its doc comment, and each property's doc comment and the schema it names. */
type DocComments = Map<string, { description?: string; properties: Map<string, { description?: string; refers?: string }> }>;

function readDocComments(files: string[]): DocComments {
  const docs: DocComments = new Map();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
        const objectLiteral = findObjectLiteral(declaration.initializer);
        if (!objectLiteral) continue;
        const properties = new Map<string, { description?: string; refers?: string }>();
        for (const property of objectLiteral.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
          const refers = schemaNamed(property.initializer);
          properties.set(property.name.text, { description: docOf(property), refers });
        }
        docs.set(declaration.name.text, { description: docOf(statement), properties });
      }
    }
  }
  return docs;
}

/** The schema a property's initializer is built on: `HomeSchema` for `HomeSchema` or `HomeSchema.default({…})`. */
function schemaNamed(node: ts.Node): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isCallExpression(node)) return schemaNamed(node.expression);
  if (ts.isPropertyAccessExpression(node)) return schemaNamed(node.expression);
  return undefined;
}

function findObjectLiteral(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (ts.isCallExpression(node)) {
    const first = node.arguments[0];
    if (first && ts.isObjectLiteralExpression(first)) return first;
    return findObjectLiteral(node.expression);
  }
  if (ts.isPropertyAccessExpression(node)) return findObjectLiteral(node.expression);
  return undefined;
}

function docOf(node: ts.Node): string | undefined {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? "")
    .join(" ")
    .trim();
  return text === "" ? undefined : text;
}

function describe(json: JsonSchema, variable: string, docs: DocComments): void {
  const doc = docs.get(variable);
  if (!doc) return;
  if (doc.description && !json.description) json.description = doc.description;
  for (const [name, property] of Object.entries(json.properties ?? {})) {
    const propertyDoc = doc.properties.get(name);
    if (propertyDoc?.description) property.description = propertyDoc.description;
    if (propertyDoc?.refers) describe(property, propertyDoc.refers, docs);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [name, text] of generateSchemas()) {
    writeFileSync(path.join(root, schemaOutputDir, name), text);
    console.log(`Wrote ${schemaOutputDir}/${name}`);
  }
}
