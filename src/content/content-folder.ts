// Finds the guide files in the content folder, reading only from inside it: every folder and file is taken by its
// real path, so a symbolic link that leads out of the folder is refused instead of followed, and anything the folder
// holds besides what the site is built from is reported, with a did-you-mean for typos like `role/`.
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { collectionNames, type CollectionName } from "../schema/index.ts";
import { didYouMean } from "../lib/suggest.ts";
import { isInside } from "../lib/paths.ts";
import { displayPath } from "./display-path.ts";
import { canonicalTag, isKnownLanguage, languageFolderProblem } from "../i18n/language-tags.ts";
import type { ContentProblem } from "./problems.ts";

/** What else the content folder may hold besides the collections, and whether each is a file or a folder. */
export const otherContentEntries: ReadonlyMap<string, "file" | "folder"> = new Map([
  ["site.yaml", "file"],
  ["images", "folder"],
]);

/** Files that describe a repository rather than the site (a content folder may be one), never published. */
const repositoryFile = /^(readme|licen[cs]e|copying|contributing|code_of_conduct|security|changelog|changes|notice|authors|codeowners)(\.[a-z0-9]+)?$/i;

/** A guide file: where messages show it, and the real path it is read from. */
export interface GuideFile {
  collection: CollectionName;
  /** The path under the content folder as given, for messages (see displayPath). */
  file: string;
  /** The file's real path, inside the content folder's real path. */
  realFile: string;
  /** The slug its name gives it, whether or not the file turns out to be valid. */
  slug: string;
}

/**
 * Lists every guide file of every collection, and the problems with anything else found; `unlisted` names the
 * collections whose folder could not be listed (missing, unreadable or leading outside), already reported once.
 */
export async function listContentFolder(contentDir: string): Promise<{ files: GuideFile[]; problems: ContentProblem[]; unlisted: CollectionName[] }> {
  const problems: ContentProblem[] = [];
  const root = await realpath(contentDir).catch(() => undefined);
  const rootStat = root === undefined ? undefined : await stat(root).catch(() => undefined);
  if (!root || !rootStat?.isDirectory()) {
    const message = rootStat ? "the content folder is a file, not a folder" : "the content folder does not exist";
    return { files: [], problems: [{ file: displayPath(contentDir), message, suggestion: "pass --content with a folder that holds roles/, skills/ and technologies/" }], unlisted: [...collectionNames] };
  }
  const entries = await readdir(root, { withFileTypes: true }).catch((error: unknown) => {
    problems.push({ file: displayPath(contentDir), message: `the content folder cannot be read (${describeError(error)})`, suggestion: "check its permissions" });
    return [] as Dirent[];
  });
  problems.push(...entries.flatMap((entry) => checkRootEntry(contentDir, entry)));
  const files: GuideFile[] = [];
  const unlisted: CollectionName[] = [];
  for (const collection of collectionNames) {
    const listed = await listCollection(contentDir, root, collection);
    files.push(...listed.files);
    problems.push(...listed.problems);
    if (!listed.listed) unlisted.push(collection);
  }
  return { files, problems, unlisted };
}

function checkRootEntry(contentDir: string, entry: Dirent): ContentProblem[] {
  const name = entry.name;
  if (name.startsWith(".") || (collectionNames as string[]).includes(name) || otherContentEntries.has(name)) return [];
  if (entry.isFile() && repositoryFile.test(name)) return [];
  // A folder named by a language tag holds translations (see src/content/translations.ts), which checks its contents.
  if (entry.isDirectory() && canonicalTag(name) !== undefined && isKnownLanguage(canonicalTag(name) ?? "")) {
    const problem = languageFolderProblem(name);
    return problem ? [{ file: displayPath(path.join(contentDir, name)), ...problem }] : [];
  }
  const known = [...collectionNames.map((collection) => `${collection}/`), ...[...otherContentEntries].map(([other, kind]) => (kind === "folder" ? `${other}/` : other))];
  const kind = entry.isDirectory() ? "folder" : "file";
  return [{
    file: displayPath(path.join(contentDir, name)),
    message: `unknown ${kind} "${name}" in the content folder, which holds ${known.join(", ")}, translations in language folders like de/ (and files like README.md)`,
    suggestion: didYouMean(name, [...collectionNames, ...otherContentEntries.keys()]) ?? didYouMean(name.replace(/\.[^.]*$/, ""), collectionNames) ?? "move it out of the content folder; nothing in it is published",
  }];
}

/**
 * Lists the guide files of `<root>/<collection>` (shown as `<contentDir>/<collection>`); a missing folder is a problem
 * unless it is `optional`, as a language folder's collections are.
 */
export async function listCollection(
  contentDir: string,
  root: string,
  collection: CollectionName,
  options: { optional?: boolean } = {},
): Promise<{ files: GuideFile[]; problems: ContentProblem[]; listed: boolean }> {
  const shown = path.join(contentDir, collection);
  const where = displayPath(shown);
  const real = await realpath(path.join(root, collection)).catch((error: unknown) => error as NodeJS.ErrnoException);
  if (real instanceof Error) {
    const missing = real.code === "ENOENT";
    if (missing && options.optional) return { files: [], problems: [], listed: true };
    return { listed: false, files: [], problems: [missing
      ? { file: where, message: `the ${collection} folder is missing`, suggestion: `create ${where}/ with one .md file per entry` }
      : { file: where, message: `the ${collection} folder cannot be read (${describeError(real)})`, suggestion: "check its permissions, or whether it is a symbolic link that leads nowhere" }] };
  }
  if (!isInside(root, real)) {
    return { listed: false, files: [], problems: [{ file: where, message: `the ${collection} folder is a symbolic link to ${real}, outside the content folder; guides are read only from inside it`, suggestion: "move or copy the guides into the content folder" }] };
  }
  const names = await readdir(real, { withFileTypes: true }).catch((error: unknown) => error as NodeJS.ErrnoException);
  if (names instanceof Error) {
    const message = names.code === "ENOTDIR" ? `found a file named ${collection}, expected the ${collection} folder` : `the ${collection} folder cannot be read (${describeError(names)})`;
    return { listed: false, files: [], problems: [{ file: where, message, suggestion: names.code === "ENOTDIR" ? `replace it with a folder holding one .md file per entry` : "check its permissions" }] };
  }
  const files: GuideFile[] = [];
  const problems: ContentProblem[] = [];
  for (const dirent of names.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (dirent.name.startsWith(".")) continue;
    const file = path.join(shown, dirent.name);
    const found = await guideFile(root, path.join(real, dirent.name), dirent);
    if ("problem" in found) problems.push({ file: displayPath(file), ...found.problem });
    else files.push({ collection, file, realFile: found.realFile, slug: path.basename(dirent.name, ".md").toLowerCase() });
  }
  return { files, problems, listed: true };
}

/** The real path of a guide file in a collection folder, or why it is not one. */
async function guideFile(root: string, full: string, dirent: Dirent): Promise<{ realFile: string } | { problem: Omit<ContentProblem, "file"> }> {
  const notMarkdown = { message: "found a file that is not Markdown, expected only .md files", suggestion: "move it out of the content folder, or rename it to end in .md" };
  const folder = { message: "found a folder, expected only .md files", suggestion: "move it out of the content folder" };
  if (dirent.isDirectory()) return { problem: folder };
  if (dirent.isSymbolicLink()) {
    const target = await realpath(full).catch(() => undefined);
    if (target === undefined) return { problem: { message: "found a symbolic link that leads nowhere, expected a .md file", suggestion: "remove the link, or put the guide itself here" } };
    if (!isInside(root, target)) return { problem: { message: `found a symbolic link to ${target}, outside the content folder; guides are read only from inside it`, suggestion: "copy the guide into the content folder instead of linking to it" } };
    const targetStat = await stat(target).catch(() => undefined);
    if (targetStat?.isDirectory()) return { problem: folder };
    if (!targetStat?.isFile()) return { problem: { message: "found a link to something that is not a regular file, expected a .md file", suggestion: "remove it" } };
    return dirent.name.endsWith(".md") ? { realFile: target } : { problem: notMarkdown };
  }
  if (!dirent.isFile()) return { problem: { message: "found something that is not a regular file (a pipe, socket or device), expected a .md file", suggestion: "remove it" } };
  return dirent.name.endsWith(".md") ? { realFile: full } : { problem: notMarkdown };
}

/** A file-system error as a message shows it, like "permission denied (EACCES)". */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = { EACCES: "permission denied", EPERM: "operation not permitted", ELOOP: "too many symbolic links", EISDIR: "it is a folder", ENOENT: "it no longer exists", EIO: "the disk reported an error" };
  if (code) return `${reasons[code] ?? "the system refused"} (${code})`;
  return error instanceof Error ? error.message : String(error);
}
