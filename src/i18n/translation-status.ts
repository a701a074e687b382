// How far each language's translations have come: how many guides of each collection are translated, and which
// translations are older than their original (the original changed after the translation last did).
import { allGuides, type SiteModel } from "../content/model.ts";
import { collectionNames, type CollectionName } from "../schema/index.ts";
import { isSameLanguage } from "./catalogue.ts";

/** A translation whose original changed after it. */
export interface OutdatedTranslation {
  sourcePath: string;
  originalPath: string;
  /** The translation's date: its `updated`, else its `published`. */
  translated: string;
  /** The original's date: its `updated`, else its `published`. */
  original: string;
}

/** Where one language stands. */
export interface TranslationStatus {
  language: string;
  /** Per collection: how many guides are translated, of how many. */
  counts: Record<CollectionName, { translated: number; total: number }>;
  outdated: OutdatedTranslation[];
}

/** The status of every language with a folder in the content folder, in the order of the folders. */
export function translationStatus(model: SiteModel): TranslationStatus[] {
  const originals = new Map(allGuides(model).map((guide) => [guide.sourcePath, guide]));
  return model.languages
    .filter((language) => !isSameLanguage(language.tag, model.settings.language))
    .map((language) => {
      const counts = Object.fromEntries(
        collectionNames.map((collection) => [
          collection,
          {
            translated: language.translations.filter((translation) => translation.collection === collection).length,
            total: model[collection].length,
          },
        ]),
      ) as TranslationStatus["counts"];
      const outdated = language.translations.flatMap((translation): OutdatedTranslation[] => {
        const originalPath = `${translation.collection}/${translation.slug}.md`;
        const original = originals.get(originalPath);
        if (!original || original.lastModified <= translation.lastModified) return [];
        return [{ sourcePath: translation.sourcePath, originalPath, translated: translation.lastModified, original: original.lastModified }];
      });
      return { language: language.tag, counts, outdated };
    });
}
