// Registers what turns the guides into a site: one plugin per feature, then the steps that finish the written folder,
// in the order they run. Everything they do lives in the feature folders under src/ (see docs/architecture.md).
import type { UserConfig } from "@11ty/eleventy";
import { HtmlBasePlugin } from "@11ty/eleventy";
import assetsPlugin from "./src/assets/plugin.ts";
import discoveryPlugin, { sitemapStep } from "./src/deploy/discovery-plugin.ts";
import { guideExportsStep } from "./src/exports/plugin.ts";
import { imagesStep } from "./src/images/plugin.ts";
import { layoutsDir, templateExtension } from "./src/lib/project-paths.ts";
import { serviceWorkerStep } from "./src/offline/plugin.ts";
import { searchIndexing } from "./src/search/plugin.ts";
import changesPlugin from "./src/site/changes.ts";
import contentData from "./src/site/content-data.ts";
import editionsData from "./src/site/editions-data.ts";
import { buildContextOf } from "./src/site/context.ts";
import outputGuard from "./src/site/output-guard.ts";
import postBuild from "./src/site/post-build.ts";
import progressPlugin from "./src/site/progress-plugin.ts";
import siteData from "./src/site/site-data.ts";
import typescriptTemplates from "./src/site/typescript-templates.ts";
import viewsData from "./src/site/views-data.ts";

export default function (eleventyConfig: UserConfig) {
  const context = buildContextOf(eleventyConfig);
  eleventyConfig.addPlugin(typescriptTemplates);
  eleventyConfig.addPlugin(progressPlugin, context);
  eleventyConfig.addPlugin(changesPlugin, context);
  eleventyConfig.addPlugin(siteData, context);
  eleventyConfig.addPlugin(contentData, context);
  eleventyConfig.addPlugin(viewsData, context);
  eleventyConfig.addPlugin(editionsData, context);
  eleventyConfig.addPlugin(assetsPlugin, context);
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(outputGuard, context);
  eleventyConfig.addPlugin(discoveryPlugin, context);
  const finishSearchIndex = searchIndexing(eleventyConfig, context);
  const build = context.mode === "build";
  // Each step reads what the steps before it wrote: the index covers the pages, the service worker hashes every file.
  // The JSON files are written while Pagefind, in its own process, finishes the index: neither reads the other's files.
  // A build runs them once Eleventy has returned, so the pages Eleventy held are freed before Pagefind needs its memory.
  eleventyConfig.addPlugin(postBuild, {
    progress: context.progress,
    handOver: context.finishingSteps,
    steps: [
      imagesStep(context),
      [guideExportsStep(eleventyConfig, context), finishSearchIndex],
      build ? serviceWorkerStep(context) : undefined,
      build && context.modelIsPrebuilt ? sitemapStep(context) : undefined,
    ],
  });
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.setQuietMode(true);

  return {
    templateFormats: [templateExtension],
    dir: { input: layoutsDir, output: context.outputDir, includes: "_includes", data: "_data" },
    pathPrefix: context.pathPrefix,
  };
}
