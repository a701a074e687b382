// URLs outside HTML (feeds, sitemap, exports, headers, structured data), where the HTML base plugin cannot add the prefix.
import { withPathPrefix } from "../lib/url-paths.ts";

/** Where the site is published: its path prefix, and its public address when the build was given one. */
export interface SiteLocation {
  /** Like https://example.org/guides/, with a trailing slash. */
  baseUrl?: string;
  /** Like "/" or "/guides/". */
  pathPrefix: string;
}

/** A site path (like /roles/x/) under the path prefix, like /guides/roles/x/. */
export function prefixedPath(site: SiteLocation, sitePath: string): string {
  return withPathPrefix(site.pathPrefix, sitePath);
}

/** A site path as an absolute URL, like https://example.org/guides/roles/x/, or undefined when the address is unknown. */
export function absoluteUrl(site: SiteLocation, sitePath: string): string | undefined {
  const prefixed = withPathPrefix("/", sitePath);
  return site.baseUrl === undefined ? undefined : `${site.baseUrl}${prefixed.slice(1)}`;
}

/** A site path as others should link to it: absolute when the address is known, otherwise under the path prefix. */
export function publicUrl(site: SiteLocation, sitePath: string): string {
  return absoluteUrl(site, sitePath) ?? prefixedPath(site, sitePath);
}
