// The content pipeline: load, validate, render and resolve the guides into one site model.
import { loadContent } from "./load.ts";
import { validateEntry, type ValidEntry } from "./validate.ts";
import { defaultRenderSettings, type RenderSettings } from "./render.ts";
import { renderBodies } from "./bodies.ts";
import { resolveModel } from "./resolve.ts";
import { ContentError, type ContentProblem } from "./problems.ts";
import type { SiteModel } from "./model.ts";
import { attachSourceInfo } from "./sources.ts";
import { lastCommitDates } from "./git-dates.ts";
import type { RepositoryConfig } from "./repository.ts";
import { collections } from "../schema/index.ts";
import type { ContentCache } from "./cache.ts";

/** What the model needs besides the guides: the repository they are edited in, for edit links. */
export interface ModelOptions {
  repository?: RepositoryConfig;
  /** Keeps parsed and rendered files between calls (the dev server), so only changed files are worked on again. */
  cache?: ContentCache;
  /** How bodies are rendered (which image origins are allowed); the defaults when absent. */
  render?: RenderSettings;
}

/** Loads every guide under `contentDir` and returns the site model, or throws a ContentError listing every problem. */
export async function buildModel(contentDir: string, options: ModelOptions = {}): Promise<SiteModel> {
  const { model, problems } = await tryBuildModel(contentDir, options);
  if (!model) throw new ContentError(problems);
  return model;
}

/** Loads every guide under `contentDir`, returning the model when the content is sound and every problem found. */
export async function tryBuildModel(contentDir: string, options: ModelOptions = {}): Promise<{ model?: SiteModel; problems: ContentProblem[] }> {
  // git runs in its own process alongside loading and rendering; lastCommitDates never rejects.
  const dates = lastCommitDates(contentDir);
  const loaded = await loadContent(contentDir, options.cache);
  const problems = [...loaded.problems];
  const valid: ValidEntry[] = [];
  for (const entry of loaded.entries) {
    const result = validateEntry(entry);
    problems.push(...result.problems);
    if (result.valid) valid.push(result.valid);
  }
  const rendered = renderBodies(contentDir, loaded.entries, valid, options.render ?? defaultRenderSettings, options.cache, loaded.found);
  problems.push(...rendered.problems);
  const bodies = rendered.bodies;
  const byCollection = <C extends ValidEntry["raw"]["collection"]>(collection: C) =>
    valid.filter((entry) => entry.raw.collection === collection) as ValidEntry<C>[];
  const resolved = resolveModel({ roles: byCollection("roles"), skills: byCollection("skills"), technologies: byCollection("technologies"), bodies, images: rendered.images, loadedSlugs: new Set(loaded.found.map((guide) => `${collections[guide.collection].singular}:${guide.slug}`)) });
  problems.push(...resolved.problems);
  if (problems.length > 0 || !resolved.model) return { problems };
  attachSourceInfo(resolved.model, await dates, options.repository);
  return { model: deepFreeze(resolved.model), problems };
}

/**
 * Freezes the model and everything in it. Nothing may change it once built, and Eleventy hands frozen data to every
 * page as it is, where it would otherwise copy the whole model for each template and wrap it in proxies for each page.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}

export { ContentError, formatProblem, type ContentProblem } from "./problems.ts";
export type * from "./model.ts";
