// Puts the site's editions (the site in each of its languages, see src/i18n/editions.ts) into Eleventy's global data,
// and gives a page of an edition the data it renders with: the edition's model, views and words.
import type { UserConfig } from "@11ty/eleventy";
import { editionsOf, type Edition } from "../i18n/editions.ts";
import { defaultSiteSettings } from "../schema/site.ts";
import { siteViews } from "../views/index.ts";
import type { BuildContext } from "./context.ts";
import type { PageData } from "./page-data.ts";

/** Provides `editions` (every edition, the default language's first) and `edition` (the default language's) to every template. */
export default function editionsData(eleventyConfig: UserConfig, context: BuildContext): void {
  eleventyConfig.addGlobalData("editions", () => editionsOf(context.content.model));
  eleventyConfig.addGlobalData("edition", () => editionsOf(context.content.model)[0]);
}

/**
 * The data a page of `edition` renders with: the edition itself, its model as `guides`, the views of that model, and
 * the site's words in its language — site.yaml's heading and introduction where the site sets its own, else the
 * language's messages. The default edition of an English site gets the page's data as it is.
 */
export function editionPage<T extends PageData>(data: T, edition: Edition): T {
  if (edition === data.edition && edition.model === data.guides) return data;
  const messages = edition.language.messages;
  const { home } = data.guides.settings;
  const description =
    edition.language.isDefault && home.introduction !== defaultSiteSettings.home.introduction ? data.site.description : messages.t("home.introduction");
  const heading = edition.language.isDefault && home.heading !== defaultSiteSettings.home.heading ? data.site.heading : messages.t("home.heading");
  return {
    ...data,
    edition,
    guides: edition.model,
    views: siteViews(edition.model, { pathPrefix: data.site.pathPrefix, language: { prefix: edition.language.prefix, messages } }),
    site: { ...data.site, description, heading },
  };
}
