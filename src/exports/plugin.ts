// Writes each guide's JSON file (/roles/<slug>.json, /skills/<slug>.json, /technologies/<slug>.json) once Eleventy has
// rendered the pages, straight from the site model. As Eleventy pages they doubled the pages Eleventy holds in memory
// until a build ends; written here they are made and dropped one batch at a time. The dev server writes only the files
// of the guides an edit touched (see src/site/render-scope.ts).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { allGuides } from "../content/model.ts";
import { exportJson, guideDataPath, guideExport } from "./build.ts";
import { publicHtml, type TemplateFilters } from "./public-html.ts";
import { mapInBatches } from "../lib/batches.ts";
import { isInside } from "../lib/paths.ts";
import type { BuildContext } from "../site/context.ts";
import type { PostBuildStep } from "../site/post-build.ts";
import { guidesInScope } from "../site/render-scope.ts";
import { editionsOf } from "../i18n/editions.ts";

/** The step that writes the JSON file of every guide this run rendered. */
export function guideExportsStep(eleventyConfig: UserConfig, context: BuildContext): PostBuildStep {
  return {
    name: "Writing the guides' JSON files",
    run: async () => {
      // The HTML base plugin's filter puts the path prefix (or the public address) on the links in a guide's text.
      const filters: TemplateFilters = { transformWithHtmlBase: eleventyConfig.getFilter("transformWithHtmlBase") };
      const { model, renderScope } = context.content;
      // Each language's guides: every guide in the default language, the translated ones in the others.
      const guides = editionsOf(model).flatMap((edition) => {
        const site = { name: model.settings.name, baseUrl: context.baseUrl?.href, pathPrefix: context.pathPrefix, language: edition.language.pageLanguage };
        return guidesInScope(allGuides(edition.pages), renderScope).map((guide) => ({ site, guide }));
      });
      await mapInBatches(guides, async ({ site, guide }) => {
        const file = path.join(context.outputDir, guideDataPath(guide).slice(1));
        if (!isInside(context.outputDir, file)) throw new Error(`Refusing to write ${file}: it is outside the output folder ${context.outputDir}`);
        const bodyHtml = await publicHtml(filters, site, guide.body.toString(), guide.url);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, exportJson(guideExport(site, guide, bodyHtml)));
      });
    },
  };
}
