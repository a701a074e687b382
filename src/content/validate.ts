// Checks each entry's front matter against its collection's schema, turning schema issues into located problems.
import { isMap, isPair, isScalar, type Node } from "yaml";
import type { z } from "zod";
import { collections, type CollectionName, type FrontMatter } from "../schema/index.ts";
import { didYouMean } from "../lib/suggest.ts";
import { describeValue, fieldPath, type ContentProblem } from "./problems.ts";
import type { RawEntry } from "./load.ts";

/** Keys Eleventy gives special powers; named so the message can say why they are refused. */
const eleventyKeys = new Set([
  "permalink", "layout", "eleventyComputed", "templateEngineOverride", "pagination", "eleventyExcludeFromCollections",
  "eleventyImport", "eleventyNavigation", "eleventyDataSchema", "tags", "dynamicPermalink", "permalinkBypassOutputDir",
  "eleventyAllowMissingExtension", "date",
]);

/** A YAML document read with line positions: a guide's front matter, or site.yaml. */
export type YamlSource = Pick<RawEntry, "file" | "frontMatter" | "lineCounter" | "frontMatterLine">;

/** An entry whose front matter matched its schema. */
export interface ValidEntry<C extends CollectionName = CollectionName> {
  raw: RawEntry;
  data: FrontMatter<C>;
}

/** Validates one entry's front matter against its collection's schema. */
export function validateEntry(raw: RawEntry): { valid?: ValidEntry; problems: ContentProblem[] } {
  if (raw.frontMatter.errors.length > 0) return { problems: [] };
  let value: unknown;
  try {
    value = raw.frontMatter.toJS({ maxAliasCount: 0 }) ?? {};
  } catch (error) {
    return { problems: [{ file: raw.file, line: raw.frontMatterLine, message: `the front matter cannot be read: ${error instanceof Error ? error.message : String(error)}`, suggestion: "write plain fields, without YAML anchors or aliases" }] };
  }
  const schema = collections[raw.collection].schema as z.ZodType;
  if (typeof value !== "object" || Array.isArray(value)) {
    return { problems: [{ file: raw.file, line: raw.frontMatterLine, message: `found ${describeValue(value)}, expected front matter made of fields like "title: …"` }] };
  }
  const result = schema.safeParse(value);
  if (result.success) return { valid: { raw, data: result.data as FrontMatter<CollectionName> }, problems: [] };
  return { problems: describeIssues(raw, schema, value, result.error.issues) };
}

/** Turns schema issues about a YAML document's value into problems at the lines of the fields they concern. */
export function describeIssues(raw: YamlSource, schema: z.ZodType, root: unknown, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return issues.flatMap((issue) => describeIssue(raw, schema, root, issue));
}

function describeIssue(raw: YamlSource, schema: z.ZodType, root: unknown, issue: z.core.$ZodIssue): ContentProblem[] {
  const path = issue.path;
  const found = valueAt(root, path);
  const base = { file: raw.file, line: lineOf(raw, path), field: fieldPath(path) || undefined };
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = Object.keys(shapeAt(schema, path));
      return issue.keys.map((key) => ({
        ...base,
        line: lineOf(raw, [...path, key]),
        field: fieldPath([...path, key]),
        message: eleventyKeys.has(key)
          ? `"${key}" is not allowed: content cannot steer the build; URLs and layouts come from the file's folder and name`
          : `unknown field "${key}", expected one of: ${known.join(", ")}`,
        suggestion: eleventyKeys.has(key) ? "remove it" : didYouMean(key, known) ?? "remove it, or check its spelling",
      }));
    }
    case "invalid_type":
      if (found === undefined) {
        return [{ ...base, message: `missing required field, expected ${expectedType(issue.expected)}`, suggestion: `add "${String(path.at(-1))}:" to the front matter` }];
      }
      return [{ ...base, message: `found ${describeValue(found)}, expected ${expectedType(issue.expected)}` }];
    case "invalid_value": {
      const options = issue.values.map(String);
      return [{ ...base, message: `found ${describeValue(found)}, expected one of: ${options.join(", ")}`, suggestion: typeof found === "string" ? didYouMean(found, options) : undefined }];
    }
    case "custom":
      // Issues marked complete already say what is wrong; the rest say only what was expected.
      if ((issue.params as { complete?: boolean } | undefined)?.complete) return [{ ...base, message: issue.message }];
      return [{ ...base, message: `found ${describeValue(found)}, expected ${issue.message}` }];
    default:
      return [{ ...base, message: `found ${describeValue(found)}, expected ${issue.message}` }];
  }
}

function expectedType(expected: string): string {
  const names: Record<string, string> = { string: "text", array: "a list", object: "a group of fields", number: "a number", boolean: "true or false" };
  return names[expected] ?? expected;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function shapeAt(root: z.ZodType, path: readonly PropertyKey[]): Record<string, unknown> {
  let schema: unknown = root;
  for (const segment of path) {
    const shape = (schema as { shape?: Record<string, unknown> }).shape;
    schema = shape?.[String(segment)];
    while (schema && typeof schema === "object" && "unwrap" in schema && !("shape" in schema)) {
      schema = (schema as { unwrap: () => unknown }).unwrap();
    }
  }
  return (schema as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
}

/** Finds the file line of a field, falling back to its nearest existing parent, then to the front matter's first line. */
export function lineOf(raw: YamlSource, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const partial = path.slice(0, depth);
    const node = keyNodeOf(raw, partial) ?? (raw.frontMatter.getIn(partial, true) as Node | undefined);
    const offset = node?.range?.[0];
    if (offset !== undefined) return raw.frontMatterLine - 1 + raw.lineCounter.linePos(offset).line;
  }
  return raw.frontMatterLine;
}

function keyNodeOf(raw: YamlSource, path: readonly PropertyKey[]): Node | undefined {
  const last = path.at(-1);
  if (typeof last !== "string") return undefined;
  const parent = path.length === 1 ? raw.frontMatter.contents : raw.frontMatter.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === last);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}
