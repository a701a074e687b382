// Puts what pages show (src/views/) into Eleventy's global data, for the model of the current run.
import type { UserConfig } from "@11ty/eleventy";
import { siteViews } from "../views/index.ts";
import type { BuildContext } from "./context.ts";

/** Provides `views` to every template: the views of the current model, which the dev server rebuilds on every run. */
export default function viewsData(eleventyConfig: UserConfig, context: BuildContext): void {
  // A class instance, so Eleventy hands it to every page as it is instead of copying it into each page's data.
  eleventyConfig.addGlobalData("views", () => siteViews(context.content.model, { pathPrefix: context.pathPrefix }));
}
