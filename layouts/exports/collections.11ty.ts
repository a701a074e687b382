// /roles.json, /skills.json and /technologies.json: every guide of a collection, in the shape src/exports/ defines.
import { collectionExport, exportJson, type ExportCollection } from "../../src/exports/build.ts";
import type { PaginatedData } from "../../src/page-data.ts";

type Data = PaginatedData<"collection", ExportCollection>;

export const data = {
  exportCollections: ["roles", "skills", "technologies"] satisfies ExportCollection[],
  pagination: { data: "exportCollections", size: 1, alias: "collection" },
  permalink: (data: Data) => `/${data.collection}.json`,
  eleventyExcludeFromCollections: true,
};

export default function render(data: Data): string {
  return exportJson(collectionExport(data.site, data.guides, data.collection));
}
