// Discovery files that are not page templates: the share image, the sitemap (written from the finished folder, so it
// lists every page any template wrote), and a note on what a build without its public address leaves out. The feed,
// robots.txt, _headers and JSON exports are templates in layouts/.
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { listFiles } from "../lib/files.ts";
import { sourceDir } from "../lib/project-paths.ts";
import { renderSitemap, sitemapEntries } from "./sitemap.ts";
import type { BuildContext } from "../site/context.ts";
import type { PostBuildStep } from "../site/post-build.ts";

/** The image link previews show for every page: designed in src/assets/share-card.html, committed as share.png. */
export const shareImage = {
  path: "/share.png",
  width: 1200,
  height: 630,
  alt: "Role Guides: find your way into a developer role. Open guides to each role, the skills it needs and the technologies it uses.",
} as const;

const shareImageSource = path.join(sourceDir, "assets", "share.png");

/** The note a build prints when it has no absolute base URL. */
export const noBaseUrlNote =
  "Note: no absolute --base-url, so sitemap.xml, feed.xml, canonical links and share-card URLs are left out; build with --base-url https://… to add them.";

/** Copies the share image into every build, and notes what a build without its public address leaves out. */
export default function discoveryPlugin(eleventyConfig: UserConfig, context: BuildContext): void {
  eleventyConfig.addWatchTarget(shareImageSource);
  eleventyConfig.on("eleventy.before", async () => {
    await mkdir(context.outputDir, { recursive: true });
    await copyFile(shareImageSource, path.join(context.outputDir, shareImage.path.slice(1)));
  });
  if (!context.baseUrl && context.mode === "build") eleventyConfig.on("eleventy.after", () => console.log(noBaseUrlNote));
}

/** The step that writes sitemap.xml from the finished folder, so it lists every page any template wrote; it needs the public address. */
export function sitemapStep(context: BuildContext): PostBuildStep | undefined {
  const { baseUrl } = context;
  if (!baseUrl) return undefined;
  return {
    name: "Writing the sitemap",
    run: async () => {
      const files = await listFiles(context.outputDir, (file) => file.endsWith(".html"));
      const entries = sitemapEntries(files, context.content.model, { baseUrl: baseUrl.href, pathPrefix: context.pathPrefix });
      await writeFile(path.join(context.outputDir, "sitemap.xml"), renderSitemap(entries));
    },
  };
}
