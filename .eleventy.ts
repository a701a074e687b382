// Registers the plugins that turn the guides into a site; everything they do lives in src/plugins/.
import type { UserConfig } from "@11ty/eleventy";
import { HtmlBasePlugin } from "@11ty/eleventy";
import typescriptTemplates from "./src/plugins/typescript-templates.ts";
import sitePlugin from "./src/plugins/site.ts";
import contentPlugin from "./src/plugins/content.ts";
import assetsPlugin from "./src/plugins/assets.ts";
import outputGuard from "./src/plugins/output-guard.ts";
import guideExportsPlugin from "./src/plugins/guide-exports.ts";
import searchPlugin from "./src/plugins/search.ts";
import offlinePlugin from "./src/plugins/offline.ts";
import discoveryPlugin from "./src/plugins/discovery.ts";
import { settingsOf } from "./src/settings.ts";
import { layoutsDir } from "./src/paths.ts";

export default function (eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(typescriptTemplates);
  eleventyConfig.addPlugin(sitePlugin);
  eleventyConfig.addPlugin(contentPlugin);
  eleventyConfig.addPlugin(assetsPlugin);
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(outputGuard);
  eleventyConfig.addPlugin(guideExportsPlugin);
  eleventyConfig.addPlugin(searchPlugin);
  eleventyConfig.addPlugin(offlinePlugin);
  eleventyConfig.addPlugin(discoveryPlugin);
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.setQuietMode(true);

  return {
    templateFormats: ["11ty.ts"],
    dir: { input: layoutsDir, output: settingsOf(eleventyConfig).outputDir, includes: "_includes", data: "_data" },
    pathPrefix: settingsOf(eleventyConfig).pathPrefix,
  };
}
