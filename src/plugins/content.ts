// Puts the validated site model into Eleventy's global data; in dev mode rebuilds it on every run.
import type { UserConfig } from "@11ty/eleventy";
import { tryBuildModel } from "../content/index.ts";
import type { ContentProblem } from "../content/problems.ts";
import { ContentError, formatProblem } from "../content/problems.ts";
import type { SiteModel } from "../content/model.ts";
import { settingsOf } from "../settings.ts";

/** What the templates see of the content: the model and, in dev mode, the problems of the latest edit. */
export interface ContentState {
  model: SiteModel;
  problems: ContentProblem[];
}

const emptyModel: SiteModel = { roles: [], skills: [], technologies: [], skillsByCategory: [], technologiesByKind: [], lastModified: "1970-01-01" };

/** Provides `guides` (the site model) and `contentProblems` to every template. */
export default function contentPlugin(eleventyConfig: UserConfig): void {
  const settings = settingsOf(eleventyConfig);
  const state: ContentState = { model: settings.model ?? emptyModel, problems: [] };
  eleventyConfig.addGlobalData("guides", () => state.model);
  eleventyConfig.addGlobalData("contentProblems", () => state.problems);
  if (settings.model) return;

  eleventyConfig.addWatchTarget(settings.contentDir);
  eleventyConfig.on("eleventy.before", async () => {
    const { model, problems } = await tryBuildModel(settings.contentDir);
    state.problems = problems;
    if (model) {
      state.model = model;
      return;
    }
    if (settings.mode !== "dev") throw new ContentError(problems);
    // In dev mode the server keeps running: the last good model stays up and every page shows the problems.
    console.error(`\nThe content has ${problems.length} problem(s); the pages show the last good version:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}\n`);
  });
}
