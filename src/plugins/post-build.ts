// Runs the steps that work on the finished output folder (search index, offline files) one after another, in order.
import type { UserConfig } from "@11ty/eleventy";

/** A step run on the output folder after Eleventy has written every page. */
export type PostBuildStep = () => Promise<void>;

const stepsByConfig = new WeakMap<UserConfig, Array<{ name: string; run: PostBuildStep }>>();

/**
 * Adds a step to run after every Eleventy run, after the steps added before it.
 * Eleventy runs its own `eleventy.after` listeners in parallel; these steps depend on each other, so one listener runs them in turn.
 */
export function addPostBuildStep(eleventyConfig: UserConfig, name: string, run: PostBuildStep): void {
  let steps = stepsByConfig.get(eleventyConfig);
  if (!steps) {
    const registered: Array<{ name: string; run: PostBuildStep }> = [];
    stepsByConfig.set(eleventyConfig, registered);
    steps = registered;
    eleventyConfig.on("eleventy.after", async () => {
      for (const step of registered) {
        try {
          await step.run();
        } catch (error) {
          throw new Error(`${step.name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
      }
    });
  }
  steps.push({ name, run });
}
