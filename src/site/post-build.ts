// Runs the steps that work on the finished output folder (JSON exports, search index, offline files, sitemap) one after
// another, in the order `.eleventy.ts` lists them.
import type { UserConfig } from "@11ty/eleventy";
import type { ProgressSink } from "./context.ts";

/** A step run on the output folder after Eleventy has written every page. */
export interface PostBuildStep {
  /** What the step does, as a build log or an error would say it. */
  name: string;
  run(): Promise<void>;
}

/** The steps to run, in order (absent ones are skipped), and where to report each one starting. */
export interface PostBuildOptions {
  steps: ReadonlyArray<PostBuildStep | undefined>;
  progress?: ProgressSink;
}

/**
 * Runs the steps in order after every Eleventy run; a failing step fails the run, naming the step. Eleventy runs its own
 * `eleventy.after` listeners in parallel; these steps depend on each other, so one listener runs them in turn.
 */
export default function postBuild(eleventyConfig: UserConfig, { steps, progress }: PostBuildOptions): void {
  eleventyConfig.on("eleventy.after", async () => {
    for (const step of steps) {
      if (!step) continue;
      progress?.phase(step.name);
      try {
        await step.run();
      } catch (error) {
        throw new Error(`${step.name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
  });
}
