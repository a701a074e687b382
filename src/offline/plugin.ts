// Makes the built site work offline: a service worker that stores every page and the search index.
import type { BuildContext } from "../site/context.ts";
import type { PostBuildStep } from "../site/post-build.ts";
import { writeServiceWorker } from "./service-worker.ts";
import { editionsOf } from "../i18n/editions.ts";

/** The step that writes `sw.js` once every other file exists (it hashes them all); builds only, as stored pages would hide live edits. */
export function serviceWorkerStep(context: BuildContext): PostBuildStep {
  return {
    name: "Writing the service worker",
    run: async () => {
      // Each language besides the default is stored on its own, when a reader first opens one of its pages.
      const languageFolders = editionsOf(context.content.model)
        .filter((edition) => !edition.language.isDefault)
        .map((edition) => edition.language.folder);
      const manifest = await writeServiceWorker(context.outputDir, context.pathPrefix, languageFolders);
      const megabytes = (manifest.bytes / 1024 / 1024).toFixed(1);
      console.log(
        `Offline: ${manifest.urls.length} files (${megabytes} MB) stored at install, ${manifest.mode === "full" ? "the whole site" : "core pages and the search index; other pages on first view"}`,
      );
    },
  };
}
