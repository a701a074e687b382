// The views step: what pages show, worked out from the site model once per model, so page templates only loop and
// escape. Views read the model and the pure logic of the feature folders (src/roadmap/, src/compare/), which import
// nothing above src/content/; nothing here knows Eleventy. src/site/views-data.ts hands the views to the templates.
import type { Guide, Role, SiteModel, Skill } from "../content/model.ts";
import { catalogueTranslator, type Messages } from "../i18n/messages.ts";
import { compareData, type CompareData } from "../compare/compare-data.ts";
import { roleSimilarity, skillDemand, type SimilarityRow, type SkillDemand } from "./charts.ts";
import { pairComparison, pathwaysOf, rolePairs, type PairComparison, type Pathway, type RolePair } from "./comparisons.ts";
import { feedEntries } from "./feed.ts";
import { roleRoadmap, skillPrerequisites, type Prerequisites, type RoleRoadmap } from "./roadmaps.ts";
import { searchFacets, searchFilters, type SearchFacets, type SearchFilter } from "./search-filters.ts";

/** What the views depend on besides the model. */
export interface ViewOptions {
  /** The URL path the site lives under, "/" or "/guides/": the comparison data file carries it in its URLs. */
  pathPrefix: string;
  /** The language the views are in: its messages and the prefix of its pages ("/de/"); English at the root by default. */
  language?: ViewLanguage;
}

/** What views need of a language: its words and where its pages live. */
export interface ViewLanguage {
  prefix: string;
  messages: Messages;
}

/**
 * Everything pages show beyond the model's own fields. Each part is worked out the first time a page asks for it and
 * kept for every later page, so a build computes it once and a dev-server run that renders a few pages computes only
 * what those pages show. The model is frozen, so nothing here goes stale.
 */
export class SiteViews {
  readonly #model: SiteModel;
  readonly #options: ViewOptions;
  readonly #language: ViewLanguage;
  readonly #roadmaps = new Map<string, RoleRoadmap | undefined>();
  readonly #pairComparisons = new Map<string, PairComparison>();
  #compareData?: CompareData;
  #compareDataFile?: CompareData;
  #rolePairs?: RolePair[];
  #roleSimilarity?: SimilarityRow[];
  #prerequisites?: Prerequisites;
  #searchFilters?: SearchFilter[];
  #feedEntries?: Guide[];

  constructor(model: SiteModel, options: ViewOptions) {
    this.#model = model;
    this.#options = options;
    this.#language = options.language ?? { prefix: "/", messages: catalogueTranslator() };
  }

  /** The comparison data as pages link it: every URL root-relative (the build puts the path prefix on links in pages). */
  get compareData(): CompareData {
    return (this.#compareData ??= compareData(this.#model, "/", this.#language.prefix));
  }

  /** The comparison data the picker reads from /compare/roles.json, every URL under the path prefix. */
  get compareDataFile(): CompareData {
    const { pathPrefix } = this.#options;
    return (this.#compareDataFile ??= pathPrefix === "/" ? this.compareData : compareData(this.#model, pathPrefix, this.#language.prefix));
  }

  /** Every pair of closely related roles, in alphabetical order of slugs: one comparison page each. */
  get rolePairs(): RolePair[] {
    return (this.#rolePairs ??= rolePairs(this.compareData));
  }

  /** What the comparison page of a pair shows. */
  pairComparison(pair: RolePair): PairComparison {
    let view = this.#pairComparisons.get(pair.url);
    if (!view) this.#pairComparisons.set(pair.url, (view = pairComparison(pair, this.compareData, this.#model.roles, this.#language.messages)));
    return view;
  }

  /** A role's roadmap, or undefined when it lists no skills. */
  roadmap(role: Role): RoleRoadmap | undefined {
    if (!this.#roadmaps.has(role.slug))
      this.#roadmaps.set(role.slug, roleRoadmap(role, (this.#prerequisites ??= skillPrerequisites(this.#model.skills)), this.#language.messages));
    return this.#roadmaps.get(role.slug);
  }

  /** Where people in a role commonly move to, with the skills each move takes. */
  pathways(role: Role): Pathway[] {
    return pathwaysOf(role, this.#model.roles, this.#language.prefix);
  }

  /** The role map on the roles page: how close every two roles are. */
  get roleSimilarity(): SimilarityRow[] {
    return (this.#roleSimilarity ??= roleSimilarity(this.#model.roles, new Set(this.rolePairs.map((pair) => pair.url))));
  }

  /** How many of the site's roles need a skill at each importance. */
  skillDemand(skill: Skill): SkillDemand {
    return skillDemand(skill, this.#model.roles.length);
  }

  /** The filters the search page offers. */
  get searchFilters(): SearchFilter[] {
    return (this.#searchFilters ??= searchFilters(this.#model, this.#language.messages));
  }

  /** What a guide's page tells search about it. */
  searchFacets(guide: Guide): SearchFacets {
    return searchFacets(guide, this.#language.messages);
  }

  /** The guides the feed lists, most recently changed first. */
  get feedEntries(): Guide[] {
    return (this.#feedEntries ??= feedEntries(this.#model));
  }
}

const viewsByModel = new WeakMap<SiteModel, Map<string, SiteViews>>();

/** The views of a model: the same object for the same model and options, so each part is worked out once. */
export function siteViews(model: SiteModel, options: ViewOptions): SiteViews {
  let byPrefix = viewsByModel.get(model);
  if (!byPrefix) viewsByModel.set(model, (byPrefix = new Map<string, SiteViews>()));
  const key = `${options.pathPrefix}\0${options.language?.prefix ?? "/"}`;
  let views = byPrefix.get(key);
  if (!views) byPrefix.set(key, (views = new SiteViews(model, options)));
  return views;
}
