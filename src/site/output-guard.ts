// Refuses any page whose output path would land outside the output folder, before it is written.
import type { UserConfig } from "@11ty/eleventy";
import { isInside } from "../lib/paths.ts";
import type { BuildContext } from "./context.ts";

/** Checks each page's output path as it is rendered; a path outside the output folder fails the build unwritten. */
export default function outputGuard(eleventyConfig: UserConfig, context: BuildContext): void {
  eleventyConfig.addTransform("output-guard", function (this: { page: { outputPath: string | false; inputPath: string } }, content: string) {
    const { outputPath, inputPath } = this.page;
    if (outputPath !== false && !isInside(context.outputDir, outputPath)) {
      throw new Error(`Refusing to write ${outputPath} (from ${inputPath}): it is outside the output folder ${context.outputDir}`);
    }
    return content;
  });
}
