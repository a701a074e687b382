// The data every page template receives from Eleventy, typed from the model rather than restated.
import type { SiteModel } from "../content/model.ts";
import type { ContentProblem } from "../content/problems.ts";
import type { AssetUrls } from "../assets/plugin.ts";
import type { SiteInfo } from "./site-data.ts";
import type { SiteViews } from "../views/index.ts";
import type { RenderScope } from "./render-scope.ts";
import type { Edition } from "../i18n/editions.ts";

/** What Eleventy passes every page template. */
export interface PageData {
  guides: SiteModel;
  /** What pages show beyond the model, worked out once per model (see src/views/). */
  views: SiteViews;
  contentProblems: ContentProblem[];
  /** Which pages this run renders (see src/site/render-scope.ts). */
  renderScope: RenderScope;
  assets: AssetUrls;
  site: SiteInfo;
  page: { url: string; inputPath: string; outputPath: string };
  /** The edition the page belongs to: the site in one language (see src/site/editions-data.ts); the default language's unless the template picks another. */
  edition: Edition;
  /** Every edition of the site, the default language's first. */
  editions: Edition[];
}

/** Page data for a template that paginates one item at a time under `alias`. */
export type PaginatedData<K extends string, T> = PageData & Record<K, T>;
