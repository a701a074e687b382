// Writes each guide's JSON file (/roles/<slug>.json, /skills/<slug>.json, /technologies/<slug>.json) once Eleventy has
// rendered the pages, straight from the site model. As Eleventy pages they doubled the pages Eleventy holds in memory
// until a build ends; written here they are made and dropped one batch at a time. The dev server writes only the files
// of the guides an edit touched (see src/lib/render-scope.ts).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { exportJson, guideDataPath, guideExport } from "../exports/build.ts";
import { publicHtml, type TemplateFilters } from "../exports/public-html.ts";
import { mapInBatches } from "../lib/batches.ts";
import { guidesInScope } from "../lib/render-scope.ts";
import { settingsOf } from "../settings.ts";
import { contentStateOf } from "./content.ts";
import { isInside } from "./output-guard.ts";
import { addPostBuildStep } from "./post-build.ts";
import { siteIdentity } from "./site.ts";

/** Adds the step that writes every guide's JSON file after each Eleventy run. */
export default function guideExportsPlugin(eleventyConfig: UserConfig): void {
  const settings = settingsOf(eleventyConfig);
  const content = contentStateOf(eleventyConfig);
  const site = { name: siteIdentity.name, baseUrl: settings.baseUrl?.href, pathPrefix: settings.pathPrefix };
  addPostBuildStep(eleventyConfig, "Writing the guides' JSON files", async () => {
    // The HTML base plugin's filter puts the path prefix (or the public address) on the links in a guide's text.
    const filters: TemplateFilters = { transformWithHtmlBase: eleventyConfig.getFilter("transformWithHtmlBase") };
    const { model, renderScope } = content;
    const guides = guidesInScope([...model.roles, ...model.skills, ...model.technologies], renderScope);
    await mapInBatches(guides, async (guide) => {
      const file = path.join(settings.outputDir, guideDataPath(guide).slice(1));
      if (!isInside(settings.outputDir, file)) throw new Error(`Refusing to write ${file}: it is outside the output folder ${settings.outputDir}`);
      const bodyHtml = await publicHtml(filters, site, guide.body.toString(), guide.url);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, exportJson(guideExport(site, guide, bodyHtml)));
    });
  });
}
