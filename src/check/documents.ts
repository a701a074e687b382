// The guides as the checks see them: each file's text, front matter, Markdown tokens and heading ids, loaded once.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { MarkdownIt, Token } from "markdown-it";
import { loadContent, type RawEntry } from "../content/load.ts";
import { createMarkdown } from "../content/render.ts";
import { newBodyEnv } from "../content/markdown/env.ts";
import { validateEntry, type ValidEntry } from "../content/validate.ts";
import type { CollectionName } from "../schema/index.ts";
import { mapInBatches } from "../lib/batches.ts";

/** One guide file, ready for every check. */
export interface GuideDocument {
  raw: RawEntry;
  /** The whole file as written, for checks that work on lines. */
  text: string;
  /** The body's Markdown tokens; their `map` lines count from the body's first line. */
  tokens: Token[];
  /** The id of every heading in the body, as the site renders them. */
  headingIds: Set<string>;
  /** The validated front matter, when it matched the schema. */
  valid?: ValidEntry;
}

/** Every guide the checks look at, and which slugs exist in each collection (whether valid or not). */
export interface CheckInput {
  documents: GuideDocument[];
  slugs: Record<CollectionName, Set<string>>;
  /** Whether every file loaded and matched the schema, so checks across guides see the whole picture. */
  complete: boolean;
}

/** Loads and parses every guide under `contentDir` for the checks. */
export async function loadDocuments(contentDir: string): Promise<CheckInput> {
  const loaded = await loadContent(contentDir);
  const markdown = createMarkdown();
  const documents = await mapInBatches(loaded.entries, (raw) => documentOf(raw, markdown, validateEntry(raw).valid));
  const slugs = { roles: new Set<string>(), skills: new Set<string>(), technologies: new Set<string>() };
  for (const { raw } of documents) slugs[raw.collection].add(raw.slug);
  return { documents, slugs, complete: loaded.problems.length === 0 && documents.every((document) => document.valid) };
}

/** Reads and parses one loaded file for the checks; `valid` is its validated front matter, when it matched its schema. */
export async function documentOf(raw: RawEntry, markdown: MarkdownIt, valid?: ValidEntry): Promise<GuideDocument> {
  const text = await readFile(path.resolve(raw.file), "utf8");
  // With the title, as the build parses it: a first heading repeating the title is left out, like on the page.
  const title = raw.frontMatter.get("title");
  const tokens = markdown.parse(raw.body, newBodyEnv(typeof title === "string" ? title : undefined));
  const headingIds = new Set(tokens.filter((token) => token.type === "heading_open").map((token) => String(token.attrGet("id") ?? "")));
  return { raw, text, tokens, headingIds, ...(valid ? { valid } : {}) };
}

/** The file line of a body line counted from 0, as markdown-it's token maps count them. */
export function fileLine(document: GuideDocument, bodyLine: number): number {
  return document.raw.bodyLine + bodyLine;
}
