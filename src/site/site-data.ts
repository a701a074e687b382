// Site-wide facts for templates: the name, the public address and the path prefix.
import type { UserConfig } from "@11ty/eleventy";
import type { BuildContext } from "./context.ts";

/** What templates know about the site as a whole. */
export interface SiteInfo {
  name: string;
  description: string;
  /** The public address with a trailing slash, like https://example.org/guides/, when the build was told it. */
  baseUrl?: string;
  /** The URL path the site lives under, like "/" or "/guides/". */
  pathPrefix: string;
  /** "dev" while `npm start` serves the site. */
  mode: "build" | "dev";
}

/** The site's name and description, shown in the header, the home page and share cards. */
export const siteIdentity = {
  name: "Role Guides",
  description: "Open guides to developer roles: what each role does, the skills and technologies it needs, and how to get there.",
} as const;

/** Provides `site` to every template. */
export default function siteData(eleventyConfig: UserConfig, context: BuildContext): void {
  const info: SiteInfo = { ...siteIdentity, baseUrl: context.baseUrl?.href, pathPrefix: context.pathPrefix, mode: context.mode };
  eleventyConfig.addGlobalData("site", info);
}
