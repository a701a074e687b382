// Checks each guide's Markdown style with markdownlint and the committed .markdownlint.jsonc, and can fix what it can.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { lint } from "markdownlint/promise";
import type { Configuration, LintError } from "markdownlint";
import { projectRoot } from "../lib/project-paths.ts";
import { repeatsTitle } from "../content/markdown/headings.ts";
import type { CheckInput, GuideDocument } from "./documents.ts";
import { fixKey, fixSafely } from "./safe-fix.ts";
import { problemOf, type CheckProblem } from "./rules.ts";

/** The committed markdownlint configuration, shared with the editor extension. */
export const markdownlintConfigPath = path.join(projectRoot, ".markdownlint.jsonc");

/**
 * Reports every markdownlint finding at its file line, as a warning; with `fix`, first rewrites each file with every
 * fix that leaves its page as it was (see safe-fix.ts). A fix that would change the page is reported, never applied.
 */
export async function checkMarkdownStyle(input: CheckInput, options: { fix?: boolean } = {}): Promise<CheckProblem[]> {
  const config = await readMarkdownlintConfig();
  let results = await lintDocuments(input.documents, config);
  const refused = new Map<GuideDocument, Set<string>>();
  for (const document of input.documents.filter((candidate) => (results.get(candidate) ?? []).some((error) => error.fixInfo))) {
    const title = document.raw.frontMatter.get("title");
    const fixed = await fixSafely(document.text, document.raw.bodyLine, typeof title === "string" ? title : undefined, config);
    refused.set(document, fixed.refused);
    if (options.fix && fixed.text !== document.text) {
      document.text = fixed.text;
      await writeFile(path.resolve(document.raw.file), document.text);
    }
  }
  if (options.fix) results = await lintDocuments(input.documents, config);
  return input.documents.flatMap((document) =>
    onePerLine(results.get(document) ?? [])
      .filter((error) => !handledByTheBuild(document, error))
      .map((error) => describe(document, error, refused.get(document))),
  );
}

/**
 * Findings the build reports itself, with its own message, or makes right on the page: HTML elements the site refuses
 * (MD033) and images without alt text (MD045) are build errors already, and a first `#` heading repeating the title
 * (MD025) is left out of the page, which shows the title once.
 */
function handledByTheBuild(document: GuideDocument, error: LintError): boolean {
  const rule = error.ruleNames[0];
  if (rule === "MD033" || rule === "MD045") return true;
  if (rule !== "MD025") return false;
  const bodyLines = document.text.split(/\r?\n/).slice(document.raw.bodyLine - 1, error.lineNumber);
  const firstText = bodyLines.findIndex((line) => line.trim() !== "" && !/^\s*<!--.*-->\s*$/.test(line));
  const title = document.raw.frontMatter.get("title");
  return firstText === bodyLines.length - 1 && typeof title === "string" && repeatsTitle(/^#\s+(.*?)\s*$/.exec(bodyLines[firstText] ?? "")?.[1] ?? "", title);
}

/** Reads .markdownlint.jsonc (JSON with comments). */
export async function readMarkdownlintConfig(): Promise<Configuration> {
  return JSON.parse(stripJsonComments(await readFile(markdownlintConfigPath, "utf8"))) as Configuration;
}

/** Findings by configuration and file text, so `--watch` lints only the files that changed since the last run. */
const lintCache = new Map<string, LintError[]>();

async function lintDocuments(documents: GuideDocument[], config: Configuration): Promise<Map<GuideDocument, LintError[]>> {
  const configKey = JSON.stringify(config);
  const keyOf = (document: GuideDocument) => `${configKey}\0${document.text}`;
  const fresh = documents.filter((document) => !lintCache.has(keyOf(document)));
  const results = await lint({ strings: Object.fromEntries(fresh.map((document, index) => [String(index), document.text])), config });
  fresh.forEach((document, index) => lintCache.set(keyOf(document), results[String(index)] ?? []));
  const current = new Set(documents.map(keyOf));
  for (const key of lintCache.keys()) if (!current.has(key)) lintCache.delete(key);
  return new Map(documents.map((document) => [document, lintCache.get(keyOf(document)) ?? []]));
}

/** Keeps one finding per rule and line: markdownlint reports both ends of an emphasis, for example. */
function onePerLine(errors: LintError[]): LintError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.lineNumber} ${error.ruleNames[0] ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describe(document: GuideDocument, error: LintError, refused?: ReadonlySet<string>): CheckProblem {
  const [id = "", name = ""] = error.ruleNames;
  const at = { file: document.raw.file, line: error.lineNumber };
  if (id === "MD025") {
    return problemOf("markdown-style", {
      ...at,
      message: `${id}/${name}: a # heading in the body; the title in the front matter is the page's only h1`,
      suggestion: "start sections at ## headings",
    });
  }
  const detail = error.errorDetail ? ` [${error.errorDetail}]` : "";
  const context = error.errorContext ? ` at "${error.errorContext}"` : "";
  return problemOf("markdown-style", {
    ...at,
    message: `${id}/${name}: ${error.ruleDescription}${detail}${context}`,
    suggestion: !error.fixInfo
      ? undefined
      : refused?.has(fixKey(document.text, error))
        ? "`--fix` leaves this alone, as its fix would change the page; change it by hand if the page should change"
        : "`npm run check -- --fix` fixes this",
  });
}

/** Removes line and block comments and trailing commas from JSON text (JSONC), leaving strings untouched. */
export function stripJsonComments(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (char === '"') {
      const end = endOfString(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (char === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (char === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
    } else out += char;
  }
  return out.replace(/,(\s*[}\]])/g, "$1");
}

function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}
