// Refuses any page whose output path would land outside the output folder, before it is written.
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { settingsOf } from "../settings.ts";

/** Checks each page's output path as it is rendered; a path outside the output folder fails the build unwritten. */
export default function outputGuard(eleventyConfig: UserConfig): void {
  const settings = settingsOf(eleventyConfig);
  eleventyConfig.addTransform("output-guard", function (this: { page: { outputPath: string | false; inputPath: string } }, content: string) {
    const { outputPath, inputPath } = this.page;
    if (outputPath !== false && !isInside(settings.outputDir, outputPath)) {
      throw new Error(`Refusing to write ${outputPath} (from ${inputPath}): it is outside the output folder ${settings.outputDir}`);
    }
    return content;
  });
}

/** Whether `target` resolves to a path inside `folder`. */
export function isInside(folder: string, target: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(target));
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
