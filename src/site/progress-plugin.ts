// Tells the build's progress reporter where Eleventy is: how many pages it will render, each page rendered, each page
// written. The command line shows it as a progress line (src/build/progress.ts); without a reporter this does nothing.
import type { UserConfig } from "@11ty/eleventy";
import type { BuildContext } from "./context.ts";
import { onPageRendered } from "./typescript-templates.ts";

/** Reports the pages Eleventy renders and writes to `context.progress`, when the build has one. */
export default function progressPlugin(eleventyConfig: UserConfig, context: BuildContext): void {
  const progress = context.progress;
  if (!progress) return;
  let pages = 0;
  let writing = false;
  // Eleventy knows every page's address once its data is in, just before it renders the first.
  eleventyConfig.on("eleventy.contentMap", ({ inputPathToUrl }) => {
    pages = Object.values(inputPathToUrl).reduce((sum, urls) => sum + urls.filter(Boolean).length, 0);
    writing = false;
    progress.phase("Rendering", { count: pages, unit: "pages" });
  });
  onPageRendered(eleventyConfig, () => progress.advance());
  // Transforms run on each page just before Eleventy writes it, after every page has been rendered.
  eleventyConfig.addTransform("progress", function (this: { page: { outputPath: string | false } }, content: string) {
    if (this.page.outputPath === false) return content;
    if (!writing) {
      writing = true;
      progress.phase("Writing", { count: pages, unit: "pages" });
    }
    progress.advance();
    return content;
  });
}
