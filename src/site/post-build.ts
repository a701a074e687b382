// Runs the steps that work on the finished output folder (JSON exports, search index, offline files, sitemap) one after
// another, in the order `.eleventy.ts` lists them; steps that do not depend on each other may run side by side.
import type { UserConfig } from "@11ty/eleventy";
import type { FinishingSteps, ProgressSink } from "./context.ts";

/** A step run on the output folder after Eleventy has written every page. */
export interface PostBuildStep {
  /** What the step does, as a build log or an error would say it. */
  name: string;
  run(): Promise<void>;
}

/** The steps to run in order (absent ones are skipped; a list's steps run side by side), and where to report each one. */
export interface PostBuildOptions {
  steps: ReadonlyArray<PostBuildStep | ReadonlyArray<PostBuildStep | undefined> | undefined>;
  progress?: ProgressSink;
  /** Where to hand the steps over to, to be run once Eleventy has returned (a build); absent, they run after every run. */
  handOver?: FinishingSteps;
}

/**
 * Runs the steps in order after every Eleventy run, or hands them over to run once Eleventy has returned; a failing
 * step fails the run, naming the step. Eleventy runs its own `eleventy.after` listeners in parallel; these steps depend
 * on each other, so one listener runs them in turn.
 */
export default function postBuild(eleventyConfig: UserConfig, { steps, progress, handOver }: PostBuildOptions): void {
  const runAll = async () => {
    for (const entry of steps) {
      const together = (Array.isArray(entry) ? entry : [entry]).filter((step): step is PostBuildStep => step !== undefined);
      if (together.length === 0) continue;
      progress?.phase(together.map((step) => step.name).join(" + "));
      // Every step of a group is let finish before a failure is reported, so none still writes once the build gives up.
      const outcomes = await Promise.allSettled(together.map((step) => runStep(step)));
      const failed = outcomes.find((outcome) => outcome.status === "rejected");
      if (failed) throw failed.reason;
    }
  };
  if (handOver) handOver.run = runAll;
  else eleventyConfig.on("eleventy.after", runAll);
}

/** Runs one step; its error names the step. */
async function runStep(step: PostBuildStep): Promise<void> {
  try {
    await step.run();
  } catch (error) {
    throw new Error(`${step.name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
