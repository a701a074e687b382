// One search index per language: the default language's pages in /pagefind/, each other language's in its own bundle
// (/de/pagefind/), so a language's search page finds its pages only and Pagefind stems the words of that language.
import type { SiteModel } from "../content/model.ts";
import { editionsOf } from "../i18n/editions.ts";
import { searchLanguage } from "../i18n/language-tags.ts";

/** The folders of a language whose pages are indexed; list pages in them have no data-pagefind-body, so Pagefind leaves them out. */
export const guideFolders = ["roles", "skills", "technologies"] as const;

/** One Pagefind index: the guide pages of one language. */
export interface SearchIndexTarget {
  /** The language Pagefind indexes the pages as, which picks its stemmer: "en", "de", "pt". */
  language: string;
  /** The folders, relative to the site, whose pages it holds: "roles" or "de/roles". */
  folders: string[];
  /** Where its bundle is written, relative to the site: "pagefind" or "de/pagefind". */
  indexDir: string;
  /** The HTML files a build writes under its folders: the list pages and the guide pages of the language. */
  expected: string[];
}

/** The search index of a site built without a model to tell its languages: English, in /pagefind/. */
export const defaultSearchTarget: SearchIndexTarget = { language: "en", folders: [...guideFolders], indexDir: "pagefind", expected: [] };

/** The search indexes of a site: one per edition, the default language's first. */
export function searchIndexTargets(model: SiteModel): SearchIndexTarget[] {
  return editionsOf(model).map(({ language, pages }) => {
    const prefix = language.prefix.slice(1);
    const guides = [...pages.roles, ...pages.skills, ...pages.technologies];
    return {
      language: searchLanguage(language.pageLanguage),
      folders: guideFolders.map((folder) => `${prefix}${folder}`),
      indexDir: `${prefix}pagefind`,
      expected: [...guideFolders.map((folder) => `${prefix}${folder}/index.html`), ...guides.map((guide) => `${guide.url.slice(1)}index.html`)],
    };
  });
}

/** The target a page of the built site (a path relative to it) belongs to, if any. */
export function targetOf(targets: readonly SearchIndexTarget[], page: string): SearchIndexTarget | undefined {
  return targets.find((target) => target.folders.some((folder) => page.startsWith(`${folder}/`)));
}
