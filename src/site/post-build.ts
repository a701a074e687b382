// Runs the steps that work on the finished output folder (JSON exports, search index, offline files, sitemap) one after
// another, in the order `.eleventy.ts` lists them.
import type { UserConfig } from "@11ty/eleventy";

/** A step run on the output folder after Eleventy has written every page. */
export interface PostBuildStep {
  /** What the step does, as a build log or an error would say it. */
  name: string;
  run(): Promise<void>;
}

/**
 * Runs `steps` in order after every Eleventy run; a failing step fails the run, naming the step. Eleventy runs its own
 * `eleventy.after` listeners in parallel; these steps depend on each other, so one listener runs them in turn.
 */
export default function postBuild(eleventyConfig: UserConfig, steps: ReadonlyArray<PostBuildStep | undefined>): void {
  eleventyConfig.on("eleventy.after", async () => {
    for (const step of steps) {
      if (!step) continue;
      try {
        await step.run();
      } catch (error) {
        throw new Error(`${step.name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
  });
}
