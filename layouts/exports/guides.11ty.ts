// One JSON file per guide, beside its page: /roles/<slug>.json, /skills/<slug>.json, /technologies/<slug>.json.
import { exportJson, guideDataPath, guideExport } from "../../src/exports/build.ts";
import type { Guide } from "../../src/content/model.ts";
import type { PageData, PaginatedData } from "../../src/page-data.ts";
import { guidesInScope } from "../../src/lib/render-scope.ts";
import { publicHtml, type TemplateFilters } from "./public-html.ts";

type Data = PaginatedData<"guide", Guide>;

export const data = {
  pagination: {
    data: "guides.roles",
    size: 1,
    alias: "guide",
    // Every guide of every collection, not only the roles named above.
    before: (_roles: unknown, data: PageData): Guide[] => guidesInScope([...data.guides.roles, ...data.guides.skills, ...data.guides.technologies], data.renderScope),
  },
  permalink: (data: Data) => guideDataPath(data.guide),
  eleventyExcludeFromCollections: true,
};

export default async function render(this: TemplateFilters, data: Data): Promise<string> {
  const bodyHtml = await publicHtml(this, data.site, data.guide.body.toString(), data.guide.url);
  return exportJson(guideExport(data.site, data.guide, bodyHtml));
}
