// The languages a site is published in: its own (site.yaml's `language`) and one for every language folder in the
// content folder, each with its URL prefix, writing direction, name and interface messages.
import path from "node:path";
import type { LanguageContent } from "../content/model.ts";
import type { ContentProblem } from "../content/problems.ts";
import { displayPath } from "../content/display-path.ts";
import { catalogueLanguage, isSameLanguage, messageShape, pageLanguage, shippedFilesFor } from "./catalogue.ts";
import { directionOf, languageFolder, languageName, nativeName } from "./language-tags.ts";
import { Messages } from "./messages.ts";

/** One language the site is published in. */
export interface SiteLanguage {
  /** The canonical BCP 47 tag, like "de" or "pt-BR". */
  tag: string;
  /** The tag in lower case: the language's folder in the content folder and its URL segment. */
  folder: string;
  /** What pages in the language declare in `<html lang>` and `hreflang`: the tag, or the shipped messages' locale (en → en-GB). */
  pageLanguage: string;
  dir: "ltr" | "rtl";
  /** The language's name in itself, for the language switcher: "Deutsch". */
  name: string;
  /** Whether it is the site's own language, whose pages sit at the root. */
  isDefault: boolean;
  /** The URL path the language's pages start with: "/" for the default language, "/de/" for the others. */
  prefix: string;
  messages: Messages;
}

/** The site's languages, its own first, then the others in the order of their folders. */
export function siteLanguages(defaultTag: string, contents: readonly LanguageContent[]): SiteLanguage[] {
  // The default language's folder may name it as pages do ("en-gb" on an "en" site): it holds only messages.
  const contentFor = (tag: string) =>
    contents.find((language) => (isSameLanguage(tag, defaultTag) ? isSameLanguage(language.tag, defaultTag) : language.folder === languageFolder(tag)));
  const ownFiles = (tag: string) => [...(contentFor(tag)?.messages ? [contentFor(tag)!.messages!] : []), ...shippedFilesFor(tag)];
  const defaultFiles = ownFiles(defaultTag);
  const describe = (tag: string, isDefault: boolean): SiteLanguage => {
    const page = pageLanguage(tag);
    return {
      tag,
      folder: languageFolder(tag),
      pageLanguage: page,
      dir: directionOf(tag),
      name: nativeName(tag),
      isDefault,
      prefix: isDefault ? "/" : `/${languageFolder(tag)}/`,
      messages: new Messages(page, isDefault ? defaultFiles : ownFiles(tag), isDefault ? [] : defaultFiles),
    };
  };
  const others = contents.filter((language) => !isSameLanguage(language.tag, defaultTag)).map((language) => describe(language.tag, false));
  const languages = [describe(defaultTag, true), ...others];
  // A language is named by its language alone ("English", not "British English") unless two of the site's share it.
  const primary = (tag: string) => tag.split("-")[0]?.toLowerCase() ?? tag;
  return languages.map((language) =>
    languages.filter((other) => primary(other.tag) === primary(language.tag)).length > 1
      ? language
      : { ...language, name: nativeName(primary(language.pageLanguage)) },
  );
}

/** How many missing keys a warning names before it only counts the rest. */
const namedKeys = 12;

/**
 * One warning for each language of the site whose own message files lack messages: what it lacks, and that those
 * texts show in the default language (or, where that lacks them too, in English) instead.
 */
export function missingMessageWarnings(contentDir: string, defaultTag: string, contents: readonly LanguageContent[]): ContentProblem[] {
  const total = messageShape().keys.size;
  return siteLanguages(defaultTag, contents).flatMap((language): ContentProblem[] => {
    if (language.tag.toLowerCase() === catalogueLanguage || language.tag.toLowerCase().startsWith(`${catalogueLanguage}-`)) return [];
    const missing = language.messages.missing();
    if (missing.length === 0) return [];
    const own = contents.find((content) => (language.isDefault ? isSameLanguage(content.tag, defaultTag) : content.folder === language.folder))?.messages;
    const fallback = language.isDefault ? "English" : `${languageName(defaultTag, "en")}${defaultTag.startsWith(catalogueLanguage) ? "" : " (or English)"}`;
    const file = own?.file ?? displayPath(language.isDefault ? path.join(contentDir, "site.yaml") : path.join(contentDir, language.folder));
    const named = `${missing.slice(0, namedKeys).join(", ")}${missing.length > namedKeys ? `, … (${missing.length - namedKeys} more)` : ""}`;
    return [
      {
        file,
        severity: "warning",
        rule: "messages",
        message:
          missing.length === total
            ? `${language.tag} has no interface messages: its pages show all ${total} in ${fallback}`
            : `${language.tag} lacks ${missing.length} of the ${total} interface messages, which its pages show in ${fallback}: ${named}`,
        suggestion: `add them to ${displayPath(path.join(contentDir, language.folder, "messages.yaml"))} (src/i18n/messages/en.yaml lists every message; docs/i18n.md explains)`,
      },
    ];
  });
}
