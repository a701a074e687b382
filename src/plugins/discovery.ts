// Discovery files that are not page templates: the share image, the sitemap (written from the finished folder, so it
// lists every page any template wrote), and a note on what a build without its public address leaves out. The feed,
// robots.txt, _headers and JSON exports are templates in layouts/.
import { copyFile, mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { UserConfig } from "@11ty/eleventy";
import { renderSitemap, sitemapEntries } from "../lib/sitemap.ts";
import { settingsOf } from "../settings.ts";
import { addPostBuildStep } from "./post-build.ts";

/** The image link previews show for every page: designed in src/assets/share-card.html, committed as share.png. */
export const shareImage = {
  path: "/share.png",
  width: 1200,
  height: 630,
  alt: "Role Guides: find your way into a developer role. Open guides to each role, the skills it needs and the technologies it uses.",
} as const;

const shareImageSource = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), "assets", "share.png");

/** The note a build prints when it has no absolute base URL. */
export const noBaseUrlNote =
  "Note: no absolute --base-url, so sitemap.xml, feed.xml, canonical links and share-card URLs are left out; build with --base-url https://… to add them.";

/**
 * Copies the share image into every build; writes sitemap.xml once every page is written, when the build knows the
 * site's public address and model (not in the dev server); otherwise notes what the build leaves out.
 */
export default function discoveryPlugin(eleventyConfig: UserConfig): void {
  const settings = settingsOf(eleventyConfig);
  eleventyConfig.addWatchTarget(shareImageSource);
  eleventyConfig.on("eleventy.before", async () => {
    await mkdir(settings.outputDir, { recursive: true });
    await copyFile(shareImageSource, path.join(settings.outputDir, shareImage.path.slice(1)));
  });
  const { baseUrl, model } = settings;
  if (baseUrl && model) {
    addPostBuildStep(eleventyConfig, "Writing the sitemap", async () => {
      const files = await listHtmlFiles(settings.outputDir);
      const entries = sitemapEntries(files, model, { baseUrl: baseUrl.href, pathPrefix: settings.pathPrefix });
      await writeFile(path.join(settings.outputDir, "sitemap.xml"), renderSitemap(entries));
    });
  } else if (settings.mode === "build") {
    eleventyConfig.on("eleventy.after", () => console.log(noBaseUrlNote));
  }
}

/** Every HTML file under a folder, as a path relative to it with forward slashes. */
async function listHtmlFiles(siteDir: string): Promise<string[]> {
  const names = await readdir(siteDir, { recursive: true });
  return names.map((name) => name.split(path.sep).join("/")).filter((name) => name.endsWith(".html"));
}
