// Publishes the images guides show: the step that writes them into the output folder before the offline files are
// planned (the service worker hashes every file).
import type { BuildContext } from "../site/context.ts";
import type { PostBuildStep } from "../site/post-build.ts";
import { writeImages } from "./write-images.ts";

/** The step that writes the current model's images into the output folder, processing only new ones. */
export function imagesStep(context: BuildContext): PostBuildStep {
  return {
    name: "Writing images",
    run: async () => {
      const written = await writeImages(context.content.model.images, context.outputDir, { prune: context.mode === "dev" });
      if (written.processed > 0) console.log(`Images: ${written.processed} processed, ${written.reused} from the cache (${written.files} files)`);
    },
  };
}
