// /roles.json, /skills.json and /technologies.json: every guide of a collection, in the shape src/exports/ defines.
import { collectionExport, exportJson, type ExportCollection } from "../../src/exports/build.ts";
import type { PageData, PaginatedData } from "../../src/site/page-data.ts";
import { unlessBodiesOnly } from "../../src/site/render-scope.ts";
import type { Edition } from "../../src/i18n/editions.ts";

/** One export file: a collection in one language. */
interface EditionCollection {
  edition: Edition;
  collection: ExportCollection;
}

type Data = PaginatedData<"entry", EditionCollection>;

const exportCollections: ExportCollection[] = ["roles", "skills", "technologies"];

export const data = {
  // Each language has its own files (/de/roles.json), every guide in them, translated where it is.
  // No guide body is in these files, so an edit to bodies alone leaves them as they are.
  pagination: {
    data: "editions",
    size: 1,
    alias: "entry",
    before: (editions: Edition[], data: PageData): EditionCollection[] =>
      unlessBodiesOnly(
        editions.flatMap((edition) => exportCollections.map((collection) => ({ edition, collection }))),
        data.renderScope,
      ),
  },
  permalink: (data: Data) => `${data.entry.edition.language.prefix}${data.entry.collection}.json`,
  eleventyExcludeFromCollections: true,
};

export default function render(data: Data): string {
  const { edition, collection } = data.entry;
  return exportJson(collectionExport({ ...data.site, language: edition.language.pageLanguage }, edition.model, collection));
}
