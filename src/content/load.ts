// Loads guide files from the content folder: their slugs, front matter (with line positions) and Markdown bodies.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { YAMLParseError, type Document, type LineCounter } from "yaml";
import { anchorsAndAliases, parseStrictYaml, yamlErrorLine, yamlErrorSentence } from "../lib/strict-yaml.ts";
import type { CollectionName } from "../schema/index.ts";
import { isSlug, slugify } from "../lib/slugs.ts";
import type { ContentProblem } from "./problems.ts";
import type { ContentCache } from "./cache.ts";
import { mapInBatches } from "../lib/batches.ts";
import { codePointName, findControlCharacter } from "../lib/characters.ts";
import { describeError, listContentFolder, type GuideFile } from "./content-folder.ts";
import { displayPath } from "./display-path.ts";

export { displayPath };

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

/** What loading produced: the entries that could be read, the problems with the rest, and every guide file found. */
export interface LoadResult {
  entries: RawEntry[];
  problems: ContentProblem[];
  /** Every guide file found, whether or not it could be read, so references to a broken guide are not reported too. */
  found: Array<Pick<RawEntry, "collection" | "slug" | "file">>;
  /** The collections whose folder could not be listed, so references into them are not reported too. */
  unlisted: CollectionName[];
}

/** What reading one guide file gave: the entry and its lesser problems, or the problem that stopped it being read. */
export type LoadFileResult = { entry: RawEntry; problems: ContentProblem[] } | { problem: ContentProblem };

/**
 * Reads every guide under `contentDir` (roles/, skills/, technologies/), collecting problems instead of stopping; with a
 * cache, a file whose bytes have not changed since the last call is not parsed again.
 */
export async function loadContent(contentDir: string, cache?: ContentCache): Promise<LoadResult> {
  const listed = await listContentFolder(contentDir);
  const entries: RawEntry[] = [];
  const problems: ContentProblem[] = [...listed.problems];
  for (const result of await mapInBatches(listed.files, (guide) => loadFile(guide, cache))) {
    if ("problem" in result) problems.push(result.problem);
    else {
      entries.push(result.entry);
      problems.push(...result.problems);
    }
  }
  cache?.keepOnly(new Set(listed.files.map((guide) => guide.file)));
  return { entries, problems, unlisted: listed.unlisted, found: listed.files.map(({ collection, slug, file }) => ({ collection, slug, file: displayPath(file) })) };
}

/** Reads and splits one guide file, or returns what the cache kept from the last time it had the same bytes. */
export async function loadFile(guide: GuideFile, cache?: ContentCache): Promise<LoadFileResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(guide.realFile);
  } catch (error) {
    return { problem: { file: displayPath(guide.file), message: `the file cannot be read: ${describeError(error)}`, suggestion: "check its permissions, or remove it" } };
  }
  const cached = cache?.loaded(guide.file, bytes);
  if (cached) return cached;
  const result = parseFile(guide.collection, guide.file, bytes);
  cache?.remember(guide.file, bytes, result);
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
  const { document: frontMatter, lineCounter } = parseStrictYaml(yamlText);
  const frontMatterLine = 2;
  const bodyLine = frontMatterLine + countLines(yamlText) + 1;
  frontMatter.errors.push(...anchorErrors(frontMatter));
  for (const error of [...frontMatter.errors, ...frontMatter.warnings]) {
    const line = frontMatterLine - 1 + yamlErrorLine(error, lineCounter);
    problems.push({ file: where, line, message: `invalid YAML: ${yamlErrorSentence(error)}`, suggestion: yamlHint(error.code) });
  }
  const body = rest.slice(bodyStart);
  const control = findControlCharacter(body, "\t\n", false);
  if (control) {
    const line = bodyLine + countLines(body.slice(0, control.index + 1)) - 1;
    problems.push({ file: where, line, message: `found the control character ${codePointName(control.character)} in the text, expected none`, suggestion: "delete it; editors often show it as a box or ^[" });
  }
  return {
    entry: { collection, slug, file: where, frontMatter, lineCounter, frontMatterLine, body, bodyLine },
    problems,
  };
}

/**
 * YAML anchors (`&name`) and aliases (`*name`) as errors: an alias repeats a value by reference (a way to blow up a
 * small file into a huge value), and guides gain nothing from either. Reported like parse errors, so the entry is not
 * validated and every other problem is still reported.
 */
function anchorErrors(document: Document.Parsed): YAMLParseError[] {
  return anchorsAndAliases(document).map(
    ({ kind, name, range }) =>
      new YAMLParseError(range, "BAD_ALIAS", `found the ${kind} ${kind === "alias" ? "*" : "&"}${name}, which YAML front matter here does not support`),
  );
}

function countLines(text: string): number {
  return text === "" ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
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
      return "YAML anchors (&name) and aliases (*name) are not supported: write each value out, and quote text that starts with & or *";
    default:
      return "quote text that contains a colon followed by a space, or starts with a special character";
  }
}
