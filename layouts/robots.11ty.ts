// robots.txt: every crawler may read every page; the sitemap's address when the build knows the site's public address.
import { absoluteUrl } from "../src/deploy/public-url.ts";
import type { PageData } from "../src/site/page-data.ts";

export const data = { permalink: "/robots.txt", eleventyExcludeFromCollections: true };

export default function render(data: PageData): string {
  // The dev server writes no sitemap (see src/deploy/discovery-plugin.ts).
  const sitemap = data.site.mode === "build" ? absoluteUrl(data.site, "/sitemap.xml") : undefined;
  // Crawlers read robots.txt only at a host's root; under a sub-path, copy these lines into the root's file.
  return `User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ""}`;
}
