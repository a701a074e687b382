// /schema/<name>.schema.json: the JSON Schema of each export, generated from the zod schemas in src/exports/.
import { exportJson, publishedJsonSchema, schemaPath } from "../../src/exports/build.ts";
import { exportSchemas, type ExportSchemaName } from "../../src/exports/schemas.ts";
import type { PaginatedData } from "../../src/site/page-data.ts";

type Data = PaginatedData<"schemaName", ExportSchemaName>;

export const data = {
  exportSchemaNames: Object.keys(exportSchemas) as ExportSchemaName[],
  pagination: { data: "exportSchemaNames", size: 1, alias: "schemaName" },
  permalink: (data: Data) => schemaPath(data.schemaName),
  eleventyExcludeFromCollections: true,
};

export default function render(data: Data): string {
  return exportJson(publishedJsonSchema(data.schemaName));
}
