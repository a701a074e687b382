// Makes the built site work offline: a service worker that stores every page and the search index.
import type { UserConfig } from "@11ty/eleventy";
import { writeServiceWorker } from "../offline/service-worker.ts";
import { settingsOf } from "../settings.ts";
import { addPostBuildStep } from "./post-build.ts";

/** Writes `sw.js` after the search index exists; skipped by the dev server, where stored pages would hide live edits. */
export default function offlinePlugin(eleventyConfig: UserConfig): void {
  const settings = settingsOf(eleventyConfig);
  if (settings.mode === "dev") return;
  addPostBuildStep(eleventyConfig, "Writing the service worker", async () => {
    const manifest = await writeServiceWorker(settings.outputDir, settings.pathPrefix);
    const megabytes = (manifest.bytes / 1024 / 1024).toFixed(1);
    console.log(`Offline: ${manifest.urls.length} files (${megabytes} MB) stored at install, ${manifest.mode === "full" ? "the whole site" : "core pages and the search index; other pages on first view"}`);
  });
}
