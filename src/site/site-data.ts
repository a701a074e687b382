// Site-wide facts for templates: the name, home page text, logo and language from site.yaml, the public address and
// the path prefix.
import type { UserConfig } from "@11ty/eleventy";
import { defaultSiteSettings, type SiteSettings } from "../schema/site.ts";
import type { BuildContext } from "./context.ts";
import { publishLogo, type SiteLogo } from "./logo.ts";

/** What templates know about the site as a whole. */
export interface SiteInfo {
  name: string;
  /** One or two sentences on the site: the home page's introduction, and the description search engines and share cards show. */
  description: string;
  /** The home page's heading. */
  heading: string;
  /** The language of the guides, a BCP 47 tag like en-GB. */
  language: string;
  /** The logo shown beside the name in the header, when site.yaml names one. */
  logo?: SiteLogo;
  /** Origins guides may show images from (site.yaml's images.allowedOrigins); the Content-Security-Policy allows them. */
  allowedImageOrigins: readonly string[];
  /** Whether link previews show the bundled share card, which pictures the default name and heading. */
  shareCard: boolean;
  /** The public address with a trailing slash, like https://example.org/guides/, when the build was told it. */
  baseUrl?: string;
  /** The URL path the site lives under, like "/" or "/guides/". */
  pathPrefix: string;
  /** "dev" while `npm start` serves the site. */
  mode: "build" | "dev";
}

/** The site's identity from its settings: the name, the home page's words, the language and the image origins. */
export function siteIdentity(settings: SiteSettings): Pick<SiteInfo, "name" | "description" | "heading" | "language" | "allowedImageOrigins" | "shareCard"> {
  return {
    name: settings.name,
    description: settings.home.introduction,
    heading: settings.home.heading,
    language: settings.language,
    allowedImageOrigins: settings.images.allowedOrigins,
    // The share card is a picture of the default name and heading: a site with words of its own goes without it.
    shareCard: settings.name === defaultSiteSettings.name && settings.home.heading === defaultSiteSettings.home.heading,
  };
}

/** Provides `site` to every template, from the settings of the model this run renders. */
export default function siteData(eleventyConfig: UserConfig, context: BuildContext): void {
  // A function, so each run (each rebuild of the dev server) reads the settings of the model it renders.
  eleventyConfig.addGlobalData("site", async (): Promise<SiteInfo> => {
    const settings = context.content.model.settings;
    const logo = await publishLogo(context.contentDir, settings, context.outputDir);
    return { ...siteIdentity(settings), logo, baseUrl: context.baseUrl?.href, pathPrefix: context.pathPrefix, mode: context.mode };
  });
}
