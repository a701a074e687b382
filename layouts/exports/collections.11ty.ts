// /roles.json, /skills.json and /technologies.json: every guide of a collection, in the shape src/exports/ defines.
import { collectionExport, exportJson, type ExportCollection } from "../../src/exports/build.ts";
import type { PageData, PaginatedData } from "../../src/site/page-data.ts";
import { unlessBodiesOnly } from "../../src/site/render-scope.ts";

type Data = PaginatedData<"collection", ExportCollection>;

export const data = {
  exportCollections: ["roles", "skills", "technologies"] satisfies ExportCollection[],
  // No guide body is in these files, so an edit to bodies alone leaves them as they are.
  pagination: { data: "exportCollections", size: 1, alias: "collection", before: (names: ExportCollection[], data: PageData) => unlessBodiesOnly(names, data.renderScope) },
  permalink: (data: Data) => `/${data.collection}.json`,
  eleventyExcludeFromCollections: true,
};

export default function render(data: Data): string {
  return exportJson(collectionExport(data.site, data.guides, data.collection));
}
