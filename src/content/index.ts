// The content pipeline: load, validate, render and resolve the guides into one site model.
import { loadContent } from "./load.ts";
import { validateEntry, type ValidEntry } from "./validate.ts";
import { defaultRenderSettings, type RenderSettings } from "./render.ts";
import { renderBodies } from "./bodies.ts";
import { resolveModel } from "./resolve.ts";
import { ContentError, isError, type ContentProblem } from "./problems.ts";
import type { SiteModel } from "./model.ts";
import { attachSourceInfo } from "./sources.ts";
import { lastCommitDates } from "./git-dates.ts";
import { repositoryFromSettings, type RepositoryConfig } from "./repository.ts";
import { loadSiteSettings } from "./site-settings.ts";
import { checkSections } from "./sections.ts";
import { markupInTextFields } from "./names.ts";
import { missingReviews } from "./reviews.ts";
import { collections } from "../schema/index.ts";
import type { ContentCache } from "./cache.ts";
import { loadTranslations, mergeImages } from "./translations.ts";

/** What the model needs besides the guides: the repository they are edited in, for edit links. */
export interface ModelOptions {
  /** The repository for edit links, overriding site.yaml's; null for none. */
  repository?: RepositoryConfig | null;
  /** Keeps parsed and rendered files between calls (the dev server), so only changed files are worked on again. */
  cache?: ContentCache;
  /** How bodies are rendered (which image origins are allowed); from site.yaml when absent. */
  render?: RenderSettings;
}

/** Loads every guide under `contentDir` and returns the site model, or throws a ContentError listing every problem. */
export async function buildModel(contentDir: string, options: ModelOptions = {}): Promise<SiteModel> {
  const { model, problems } = await tryBuildModel(contentDir, options);
  if (!model) throw new ContentError(problems.filter(isError));
  return model;
}

/** Loads every guide under `contentDir`, returning every problem found and, when none is an error, the model. */
export async function tryBuildModel(contentDir: string, options: ModelOptions = {}): Promise<{ model?: SiteModel; problems: ContentProblem[] }> {
  // git runs in its own process alongside loading and rendering; lastCommitDates never rejects.
  const dates = lastCommitDates(contentDir);
  const [loaded, site] = await Promise.all([loadContent(contentDir, options.cache), loadSiteSettings(contentDir)]);
  const problems = [...site.problems, ...loaded.problems];
  const valid: ValidEntry[] = [];
  for (const entry of loaded.entries) {
    const result = validateEntry(entry);
    problems.push(...result.problems);
    if (result.valid) valid.push(result.valid);
  }
  problems.push(...markupInTextFields(valid));
  problems.push(...missingReviews(valid, site.settings));
  const renderSettings = options.render ?? { ...defaultRenderSettings, allowedImageOrigins: site.settings.images.allowedOrigins };
  const rendered = renderBodies(contentDir, loaded.entries, valid, renderSettings, options.cache, loaded.found);
  problems.push(...rendered.problems);
  for (const [entry, body] of rendered.parsed) problems.push(...checkSections(entry.raw, body.tokens, site.settings.sections));
  const bodies = rendered.bodies;
  const byCollection = <C extends ValidEntry["raw"]["collection"]>(collection: C) =>
    valid.filter((entry) => entry.raw.collection === collection) as ValidEntry<C>[];
  const translated = await loadTranslations(contentDir, { defaultLanguage: site.settings.language, originals: valid, guides: rendered.guides, render: renderSettings, cache: options.cache });
  problems.push(...translated.problems);
  const resolved = resolveModel({ roles: byCollection("roles"), skills: byCollection("skills"), technologies: byCollection("technologies"), bodies, images: rendered.images, loadedSlugs: new Set(loaded.found.map((guide) => `${collections[guide.collection].singular}:${guide.slug}`)), unlistedNouns: new Set(loaded.unlisted.map((collection) => collections[collection].singular)) });
  problems.push(...resolved.problems);
  if (problems.some(isError) || !resolved.model) return { problems };
  const model: SiteModel = { ...resolved.model, settings: site.settings, languages: translated.languages, images: mergeImages(resolved.model.images, translated.images) };
  const repository = options.repository === undefined ? await repositoryFromSettings(site.settings, contentDir) : options.repository ?? undefined;
  attachSourceInfo(model, await dates, repository);
  return { model: deepFreeze(model), problems };
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
