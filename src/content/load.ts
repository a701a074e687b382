// Loads guide files from the content folder: their slugs, front matter (with line positions) and Markdown bodies.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { LineCounter, parseDocument, type Document } from "yaml";
import { collectionNames, type CollectionName } from "../schema/index.ts";
import { isSlug, slugify } from "../lib/slugs.ts";
import type { ContentProblem } from "./problems.ts";
import type { ContentCache } from "./cache.ts";
import { mapInBatches } from "../lib/batches.ts";

/** The largest guide file accepted, in bytes; a guide larger than this is almost certainly a mistake. */
export const maxFileBytes = 256 * 1024;

/** A guide file read from disk, before its front matter is checked against the schema. */
export interface RawEntry {
  collection: CollectionName;
  slug: string;
  /** Path relative to the working directory, in forward slashes, for messages. */
  file: string;
  /** The parsed front matter, with node positions. */
  frontMatter: Document.Parsed;
  /** Maps offsets within the front matter to lines of the front matter. */
  lineCounter: LineCounter;
  /** The file line on which the front matter's first line stands. */
  frontMatterLine: number;
  /** The Markdown after the front matter. */
  body: string;
  /** The file line on which the body starts. */
  bodyLine: number;
}

/** What loading produced: the entries that could be read, and the problems with the rest. */
export interface LoadResult {
  entries: RawEntry[];
  problems: ContentProblem[];
}

/** What reading one guide file gave: the entry and its lesser problems, or the problem that stopped it being read. */
export type LoadFileResult = { entry: RawEntry; problems: ContentProblem[] } | { problem: ContentProblem };

/**
 * Reads every guide under `contentDir` (roles/, skills/, technologies/), collecting problems instead of stopping; with a
 * cache, a file whose bytes have not changed since the last call is not parsed again.
 */
export async function loadContent(contentDir: string, cache?: ContentCache): Promise<LoadResult> {
  const entries: RawEntry[] = [];
  const problems: ContentProblem[] = [];
  const rootStat = await stat(contentDir).catch(() => undefined);
  if (!rootStat?.isDirectory()) {
    problems.push({
      file: displayPath(contentDir),
      message: "the content folder does not exist",
      suggestion: "pass --content with a folder that holds roles/, skills/ and technologies/",
    });
    return { entries, problems };
  }
  const seen = new Set<string>();
  for (const collection of collectionNames) {
    const folder = path.join(contentDir, collection);
    const names = await readdir(folder, { withFileTypes: true }).catch(() => undefined);
    if (!names) {
      problems.push({ file: displayPath(folder), message: `the ${collection} folder is missing`, suggestion: `create ${displayPath(folder)}/ with one .md file per entry` });
      continue;
    }
    const guideFiles: string[] = [];
    for (const dirent of names.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (dirent.name.startsWith(".")) continue;
      const file = path.join(folder, dirent.name);
      if (!dirent.isFile() || !dirent.name.endsWith(".md")) {
        problems.push({
          file: displayPath(file),
          message: dirent.isDirectory() ? "found a folder, expected only .md files" : "found a file that is not Markdown, expected only .md files",
          suggestion: "move it out of the content folder, or rename it to end in .md",
        });
        continue;
      }
      guideFiles.push(file);
    }
    for (const result of await mapInBatches(guideFiles, (file) => loadFile(collection, file, cache))) {
      if ("problem" in result) problems.push(result.problem);
      else {
        entries.push(result.entry);
        problems.push(...result.problems);
      }
    }
    for (const file of guideFiles) seen.add(file);
  }
  cache?.keepOnly(seen);
  return { entries, problems };
}

/** Reads and splits one guide file, or returns what the cache kept from the last time it had the same bytes. */
export async function loadFile(collection: CollectionName, file: string, cache?: ContentCache): Promise<LoadFileResult> {
  const bytes = await readFile(file);
  const cached = cache?.loaded(file, bytes);
  if (cached) return cached;
  const result = parseFile(collection, file, bytes);
  cache?.remember(file, bytes, result);
  return result;
}

function parseFile(collection: CollectionName, file: string, bytes: Buffer): LoadFileResult {
  const where = displayPath(file);
  const baseName = path.basename(file, ".md");
  const slug = baseName.toLowerCase();
  const problems: ContentProblem[] = [];
  if (!isSlug(baseName)) {
    const suggested = slugify(baseName) || "a-descriptive-name";
    problems.push({
      file: where,
      message: `the file name "${baseName}.md" is not a valid slug; expected lower-case letters and digits joined by single hyphens`,
      suggestion: `rename it to ${suggested}.md`,
    });
  }
  if (bytes.length > maxFileBytes) {
    return { problem: { file: where, message: `the file is ${Math.ceil(bytes.length / 1024)} KB, expected at most ${maxFileBytes / 1024} KB`, suggestion: "split the guide or trim it" } };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { problem: { file: where, message: "the file is not valid UTF-8 text", suggestion: "save it with UTF-8 encoding" } };
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") {
    return { problem: { file: where, line: 1, message: "the file is empty, expected front matter between --- lines and a Markdown body", suggestion: "start from `npm run new`" } };
  }
  const opening = /^---([^\n]*)\n/.exec(text);
  if (!opening) {
    return { problem: { file: where, line: 1, message: "found no front matter, expected the file to start with a --- line", suggestion: "add the fields between two --- lines at the top" } };
  }
  const language = opening[1]?.trim() ?? "";
  if (language !== "" && language !== "yaml") {
    return {
      problem: {
        file: where,
        line: 1,
        message: `front matter in "${language}" is not allowed, expected YAML`,
        suggestion: language.startsWith("js") || language === "javascript" ? "JavaScript front matter would run code during the build; write the fields in YAML" : "write the fields in YAML after a plain --- line",
      },
    };
  }
  const rest = text.slice(opening[0].length);
  const closing = /^---[ \t]*$/m.exec(rest);
  if (!closing) {
    return { problem: { file: where, line: 1, message: "the front matter is never closed, expected a second --- line", suggestion: "add a --- line after the last field" } };
  }
  const yamlText = rest.slice(0, closing.index);
  const bodyStart = closing.index + closing[0].length + 1;
  const lineCounter = new LineCounter();
  const frontMatter = parseDocument(yamlText, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    schema: "core",
    customTags: [],
  });
  const frontMatterLine = 2;
  const bodyLine = frontMatterLine + countLines(yamlText) + 1;
  for (const error of [...frontMatter.errors, ...frontMatter.warnings]) {
    const line = frontMatterLine - 1 + (error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line);
    problems.push({ file: where, line, message: `invalid YAML: ${firstSentence(error.message)}`, suggestion: yamlHint(error.code) });
  }
  return {
    entry: { collection, slug, file: where, frontMatter, lineCounter, frontMatterLine, body: rest.slice(bodyStart), bodyLine },
    problems,
  };
}

function countLines(text: string): number {
  return text === "" ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

function firstSentence(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case "DUPLICATE_KEY":
      return "each field may appear once; merge the two";
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "check the indentation: list items under a field start with two spaces and a dash";
    case "BAD_ALIAS":
    case "ALIAS_PROPS":
      return "YAML anchors and aliases are not supported; write the values out";
    default:
      return "quote text that contains a colon followed by a space, or starts with a special character";
  }
}

/** A path relative to the working directory with forward slashes, as messages show it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return (relative.startsWith("..") || relative === "" ? file : relative).split(path.sep).join("/");
}
