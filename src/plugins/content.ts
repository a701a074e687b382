// Puts the validated site model into Eleventy's global data; in dev mode rebuilds it on every run, working again only on
// the files that changed, and tells templates which pages the edit touched.
import type { UserConfig } from "@11ty/eleventy";
import { tryBuildModel } from "../content/index.ts";
import { ContentCache } from "../content/cache.ts";
import type { ContentProblem } from "../content/problems.ts";
import { ContentError, formatProblem } from "../content/problems.ts";
import type { SiteModel } from "../content/model.ts";
import { renderEverything, scopeOfChange, type RenderScope } from "../lib/render-scope.ts";
import { settingsOf } from "../settings.ts";
import { changedOnlyUnder, trackChanges } from "./changes.ts";

/** What the templates see of the content: the model, the problems of the latest edit (dev mode) and what to render. */
export interface ContentState {
  model: SiteModel;
  problems: ContentProblem[];
  renderScope: RenderScope;
}

const statesByConfig = new WeakMap<UserConfig, ContentState>();

/** The content state the content plugin keeps for a configuration, for steps that run after the pages (JSON exports). */
export function contentStateOf(eleventyConfig: UserConfig): ContentState {
  const state = statesByConfig.get(eleventyConfig);
  if (!state) throw new Error("the content plugin must be registered before plugins that read its state");
  return state;
}

const emptyModel: SiteModel = { roles: [], skills: [], technologies: [], skillsByCategory: [], technologiesByKind: [], lastModified: "1970-01-01" };

/** Provides `guides` (the site model), `contentProblems` and `renderScope` to every template. */
export default function contentPlugin(eleventyConfig: UserConfig): void {
  const settings = settingsOf(eleventyConfig);
  const state: ContentState = { model: settings.model ?? emptyModel, problems: [], renderScope: renderEverything };
  statesByConfig.set(eleventyConfig, state);
  eleventyConfig.addGlobalData("guides", () => state.model);
  eleventyConfig.addGlobalData("contentProblems", () => state.problems);
  eleventyConfig.addGlobalData("renderScope", () => state.renderScope);
  if (settings.model) return;

  eleventyConfig.addWatchTarget(settings.contentDir);
  const cache = settings.mode === "dev" ? new ContentCache() : undefined;
  const changes = trackChanges(eleventyConfig);
  let built = false;
  eleventyConfig.on("eleventy.before", async () => {
    const { model, problems } = await tryBuildModel(settings.contentDir, { repository: settings.repository, cache });
    // Only an edit to guides alone, from a sound model to a sound model, can leave pages as they are.
    const narrowable = built && state.problems.length === 0 && problems.length === 0 && changedOnlyUnder(changes(), settings.contentDir);
    state.renderScope = narrowable && model ? scopeOfChange(state.model, model) : renderEverything;
    state.problems = problems;
    if (model) {
      state.model = model;
      built = true;
      return;
    }
    if (settings.mode !== "dev") throw new ContentError(problems);
    // In dev mode the server keeps running: the last good model stays up and every page shows the problems.
    console.error(`\nThe content has ${problems.length} problem(s); the pages show the last good version:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}\n`);
  });
}
