// Puts the validated site model into Eleventy's global data; in dev mode rebuilds it on every run, working again only on
// the files that changed, and tells templates which pages the edit touched.
import type { UserConfig } from "@11ty/eleventy";
import { tryBuildModel } from "../content/index.ts";
import { ContentCache } from "../content/cache.ts";
import { ContentError, formatProblem, isError } from "../content/problems.ts";
import { renderEverything, scopeOfChange } from "./render-scope.ts";
import type { BuildContext } from "./context.ts";
import { changedOnlyUnder } from "./changes.ts";

/** Provides `guides` (the site model), `contentProblems` and `renderScope` to every template. */
export default function contentData(eleventyConfig: UserConfig, context: BuildContext): void {
  const state = context.content;
  eleventyConfig.addGlobalData("guides", () => state.model);
  eleventyConfig.addGlobalData("contentProblems", () => state.problems);
  eleventyConfig.addGlobalData("renderScope", () => state.renderScope);
  if (context.modelIsPrebuilt) return;

  eleventyConfig.addWatchTarget(context.contentDir);
  const cache = context.mode === "dev" ? new ContentCache() : undefined;
  let built = false;
  eleventyConfig.on("eleventy.before", async () => {
    const found = await tryBuildModel(context.contentDir, { repository: context.repository, cache });
    const { model } = found;
    // Warnings stop nothing and are left to `npm run check`; the pages show errors only.
    const problems = found.problems.filter(isError);
    // Only an edit to guides alone, from a sound model to a sound model, can leave pages as they are.
    const narrowable = built && state.problems.length === 0 && problems.length === 0 && changedOnlyUnder(context.changes, context.contentDir);
    state.renderScope = narrowable && model ? scopeOfChange(state.model, model) : renderEverything;
    state.problems = problems;
    if (model) {
      state.model = model;
      built = true;
      return;
    }
    if (context.mode !== "dev") throw new ContentError(problems);
    // In dev mode the server keeps running: the last good model stays up and every page shows the problems.
    console.error(
      `\nThe content has ${problems.length} problem(s); the pages show the last good version:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}\n`,
    );
  });
}
