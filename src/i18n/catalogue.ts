// The interface text the generator ships: one message file per language in src/i18n/messages/. The English file is
// the catalogue: it defines every key, the placeholders each text may use and which texts count something.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { formatProblem } from "../content/problems.ts";
import { sourceDir } from "../lib/project-paths.ts";
import { parseMessageFile, placeholdersOf, type MessageFile, type MessageShape } from "./message-file.ts";

/** The folder of the shipped message files, named by language folder (`en.yaml`, `pt-br.yaml`). */
export const messagesDir = path.join(sourceDir, "i18n", "messages");

/** The language the catalogue is written in, which every other language falls back to last. */
export const catalogueLanguage = "en";

/** The shipped message files and the shape they define, read once. */
interface Catalogue {
  files: ReadonlyMap<string, MessageFile>;
  shape: MessageShape;
}

let catalogue: Catalogue | undefined;

function readCatalogue(): Catalogue {
  const read = (name: string) => readFileSync(path.join(messagesDir, name), "utf8");
  const display = (name: string) => path.relative(process.cwd(), path.join(messagesDir, name)).split(path.sep).join("/");
  const english = parseMessageFile(display(`${catalogueLanguage}.yaml`), read(`${catalogueLanguage}.yaml`));
  const problems = [...english.problems];
  const keys = new Map([...english.file.messages].map(([key, text]) => [key, { placeholders: placeholdersOf(text), plural: typeof text !== "string" }]));
  const shape: MessageShape = { keys };
  const files = new Map<string, MessageFile>([[catalogueLanguage, english.file]]);
  for (const name of readdirSync(messagesDir)
    .filter((entry) => entry.endsWith(".yaml"))
    .sort()) {
    const language = name.slice(0, -".yaml".length);
    if (language === catalogueLanguage) continue;
    const parsed = parseMessageFile(display(name), read(name), shape, language);
    problems.push(...parsed.problems);
    files.set(language, parsed.file);
  }
  if (problems.length > 0)
    throw new Error(`The shipped message files have ${problems.length} problem(s):\n${problems.map((problem) => `  ${formatProblem(problem)}`).join("\n")}`);
  return { files, shape };
}

/** The message files the generator ships, by language folder name (`en`, `de`). */
export function shippedMessages(): ReadonlyMap<string, MessageFile> {
  catalogue ??= readCatalogue();
  return catalogue.files;
}

/** Every message key, with its placeholders and whether it has plural forms: what any message file must match. */
export function messageShape(): MessageShape {
  catalogue ??= readCatalogue();
  return catalogue.shape;
}

/** The English catalogue itself. */
export function catalogueMessages(): MessageFile {
  const english = shippedMessages().get(catalogueLanguage);
  if (!english) throw new Error(`src/i18n/messages/${catalogueLanguage}.yaml is missing`);
  return english;
}

/**
 * The shipped files for a language, most specific first: `pt-br.yaml`, then `pt.yaml`. A language the generator
 * ships no file for gets none, and falls back to the default language's messages.
 */
export function shippedFilesFor(tag: string): MessageFile[] {
  const folder = tag.toLowerCase();
  const primary = folder.split("-")[0] ?? folder;
  return [...new Set([folder, primary])].flatMap((name) => shippedMessages().get(name) ?? []);
}

/** Whether a language tag names the site's own language: the same tag, or one pages declare alike ("en-GB" on an "en" site). */
export function isSameLanguage(tag: string, defaultTag: string): boolean {
  return tag.toLowerCase() === defaultTag.toLowerCase() || pageLanguage(tag).toLowerCase() === pageLanguage(defaultTag).toLowerCase();
}

/**
 * The language a page declares (`<html lang>`): the site's tag, made as precise as the shipped messages are when the
 * tag names only a language: "en" becomes "en-GB", the English the interface is written in; "en-US" stays.
 */
export function pageLanguage(tag: string): string {
  if (tag.includes("-")) return tag;
  const locale = shippedMessages().get(tag.toLowerCase())?.locale;
  return locale !== undefined && locale.split("-")[0]?.toLowerCase() === tag.toLowerCase() ? locale : tag;
}
