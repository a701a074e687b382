// Loads the language folders of the content folder: <content>/<lang>/roles|skills|technologies/<slug>.md (translations
// of the guides with the same slug) and <content>/<lang>/messages.yaml (the language's interface text). Reads only from
// inside the content folder, checks every file like a guide, and reports every problem with its file and line.
import type { Dirent } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { collectionNames, type CollectionName } from "../schema/index.ts";
import { isInside } from "../lib/paths.ts";
import { didYouMean } from "../lib/suggest.ts";
import { canonicalTag, isKnownLanguage, languageFolderProblem } from "../i18n/language-tags.ts";
import { isSameLanguage, messageShape } from "../i18n/catalogue.ts";
import { parseMessageFile, type MessageFile } from "../i18n/message-file.ts";
import type { ContentCache } from "./cache.ts";
import { describeError, listCollection, type GuideFile } from "./content-folder.ts";
import { displayPath } from "./display-path.ts";
import { loadFile, type RawEntry } from "./load.ts";
import type { ContentProblem } from "./problems.ts";
import type { ImageAsset } from "./markdown/images.ts";
import type { LanguageContent } from "./model.ts";
import type { GuideIndex, RenderSettings } from "./render.ts";
import { buildTranslations } from "./translation-entries.ts";
import type { ValidEntry } from "./validate.ts";
import { pageLanguage } from "../i18n/catalogue.ts";
import { missingMessageWarnings } from "../i18n/site-languages.ts";

/** The largest message file accepted, in bytes. */
const maxMessagesBytes = 128 * 1024;

/** The file in a language folder that holds the language's interface text. */
export const messagesFileName = "messages.yaml";

/** A language folder as read from disk: its translation files and its message file, before they are checked. */
export interface LanguageFolder {
  tag: string;
  folder: string;
  entries: RawEntry[];
  messages?: MessageFile;
}

/**
 * Reads every language folder under `contentDir`. Translations of the default language are refused: its guides are the
 * originals, at the top of the content folder; its folder may hold only messages.yaml.
 */
export async function loadLanguageFolders(contentDir: string, defaultLanguage: string, cache?: ContentCache): Promise<{ folders: LanguageFolder[]; problems: ContentProblem[] }> {
  const root = await realpath(contentDir).catch(() => undefined);
  if (root === undefined) return { folders: [], problems: [] };
  const names = await readdir(root, { withFileTypes: true }).catch(() => [] as Dirent[]);
  const folders: LanguageFolder[] = [];
  const problems: ContentProblem[] = [];
  for (const dirent of names.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const tag = canonicalTag(dirent.name);
    // Folders that are not languages, or are misnamed ones, are reported by listContentFolder.
    if (!dirent.isDirectory() || tag === undefined || !isKnownLanguage(tag) || languageFolderProblem(dirent.name) || (collectionNames as string[]).includes(dirent.name)) continue;
    const read = await readLanguageFolder(contentDir, root, dirent.name, tag, isSameLanguage(tag, defaultLanguage), cache);
    problems.push(...read.problems);
    folders.push(read.folder);
  }
  return { folders, problems };
}

async function readLanguageFolder(contentDir: string, root: string, name: string, tag: string, isDefault: boolean, cache?: ContentCache): Promise<{ folder: LanguageFolder; problems: ContentProblem[] }> {
  const shown = path.join(contentDir, name);
  const where = displayPath(shown);
  const folder: LanguageFolder = { tag, folder: name, entries: [] };
  const real = await realpath(path.join(root, name)).catch(() => undefined);
  if (real === undefined || !isInside(root, real)) {
    return { folder, problems: [{ file: where, message: `the language folder is a symbolic link to ${real ?? "nothing"}, outside the content folder; translations are read only from inside it`, suggestion: "move the translations into the content folder" }] };
  }
  const problems: ContentProblem[] = [];
  const entries = await readdir(real, { withFileTypes: true }).catch((error: unknown) => {
    problems.push({ file: where, message: `the language folder cannot be read (${describeError(error)})`, suggestion: "check its permissions" });
    return [] as Dirent[];
  });
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === messagesFileName || (entry.isDirectory() && (collectionNames as string[]).includes(entry.name))) continue;
    problems.push({
      file: displayPath(path.join(shown, entry.name)),
      message: `unknown ${entry.isDirectory() ? "folder" : "file"} "${entry.name}" in a language folder, which holds ${collectionNames.map((collection) => `${collection}/`).join(", ")} and ${messagesFileName}`,
      suggestion: didYouMean(entry.name, [...collectionNames, messagesFileName]) ?? "move it out of the content folder; nothing in it is published",
    });
  }
  if (entries.some((entry) => entry.name === messagesFileName)) {
    const read = await readMessages(path.join(shown, messagesFileName), path.join(real, messagesFileName), real, tag);
    problems.push(...read.problems);
    folder.messages = read.messages;
  }
  const files: GuideFile[] = [];
  for (const collection of collectionNames) {
    const listed = await listCollection(shown, real, collection, { optional: true });
    files.push(...listed.files);
    problems.push(...listed.problems);
  }
  if (isDefault) {
    problems.push(...files.map((file) => ({
      file: displayPath(file.file),
      message: `${tag} is the site's own language (site.yaml's language), whose guides are the originals; a language folder holds translations into other languages`,
      suggestion: `move it to ${displayPath(path.join(contentDir, file.collection, `${file.slug}.md`))} if it is a guide of its own, or remove it`,
    })));
    return { folder, problems };
  }
  for (const file of files) {
    const loaded = await loadFile(file, cache);
    if ("problem" in loaded) problems.push(loaded.problem);
    else {
      folder.entries.push(loaded.entry);
      problems.push(...loaded.problems);
    }
  }
  return { folder, problems };
}

/** Reads a language's messages.yaml and checks it against the catalogue of messages. */
async function readMessages(shown: string, file: string, languageRoot: string, tag: string): Promise<{ messages?: MessageFile; problems: ContentProblem[] }> {
  const where = displayPath(shown);
  const real = await realpath(file).catch(() => undefined);
  const info = real === undefined ? undefined : await stat(real).catch(() => undefined);
  if (real === undefined || !isInside(languageRoot, real)) return { problems: [{ file: where, message: `${messagesFileName} is a symbolic link that leads out of its language folder`, suggestion: "put the file itself in the folder" }] };
  if (!info?.isFile()) return { problems: [{ file: where, message: `found a folder named ${messagesFileName}, expected a YAML file`, suggestion: "replace it with a file" }] };
  if (info.size > maxMessagesBytes) return { problems: [{ file: where, message: `the file is ${Math.ceil(info.size / 1024)} KB, expected at most ${maxMessagesBytes / 1024} KB`, suggestion: "keep only the interface messages in it" }] };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await readFile(real));
  } catch {
    return { problems: [{ file: where, message: "the file is not valid UTF-8 text", suggestion: "save it with UTF-8 encoding" }] };
  }
  const parsed = parseMessageFile(where, text, messageShape(), tag);
  return { messages: parsed.file, problems: parsed.problems };
}

/** Lists the language folders' guide files without reading them, for tools that only need to know what exists. */
export async function listTranslationFiles(contentDir: string): Promise<Array<GuideFile & { language: string }>> {
  const root = await realpath(contentDir).catch(() => undefined);
  if (root === undefined) return [];
  const files: Array<GuideFile & { language: string }> = [];
  for (const dirent of await readdir(root, { withFileTypes: true }).catch(() => [] as Dirent[])) {
    const tag = canonicalTag(dirent.name);
    if (!dirent.isDirectory() || tag === undefined || !isKnownLanguage(tag) || languageFolderProblem(dirent.name)) continue;
    const real = await realpath(path.join(root, dirent.name)).catch(() => undefined);
    if (real === undefined || !isInside(root, real)) continue;
    for (const collection of collectionNames) {
      const listed = await listCollection(path.join(contentDir, dirent.name), real, collection, { optional: true });
      files.push(...listed.files.map((file) => ({ ...file, language: tag })));
    }
  }
  return files;
}

/** The collection and slug a translation file translates: "roles/back-end-developer". */
export function translatedKey(collection: CollectionName, slug: string): string {
  return `${collection}/${slug}`;
}

/** What the language folders give the model: each language's translations and messages, their images and problems. */
export interface LoadedTranslations {
  languages: LanguageContent[];
  images: ImageAsset[];
  problems: ContentProblem[];
}

/**
 * Loads, checks and renders the content folder's language folders against the originals, and warns about every
 * language of the site whose interface messages are incomplete.
 */
export async function loadTranslations(contentDir: string, options: { defaultLanguage: string; originals: readonly ValidEntry[]; guides: GuideIndex; render: RenderSettings; cache?: ContentCache }): Promise<LoadedTranslations> {
  const read = await loadLanguageFolders(contentDir, options.defaultLanguage, options.cache);
  const built = buildTranslations({ contentDir, originalLanguage: pageLanguage(options.defaultLanguage), folders: read.folders, originals: options.originals, guides: options.guides, render: options.render, cache: options.cache });
  const warnings = missingMessageWarnings(contentDir, options.defaultLanguage, built.languages);
  return { languages: built.languages, images: built.images, problems: [...read.problems, ...built.problems, ...warnings] };
}

/** Two lists of images as one, each image once, in the order of their source files. */
export function mergeImages(first: readonly ImageAsset[], second: readonly ImageAsset[]): ImageAsset[] {
  const byFiles = new Map([...first, ...second].map((image) => [image.files.join("\0"), image]));
  return [...byFiles.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}
