// _headers: the response headers (Content-Security-Policy, caching) that Netlify and Cloudflare Pages send.
import { renderHeadersFile, siteHeaderRules } from "../src/lib/headers-file.ts";
import type { PageData } from "../src/page-data.ts";

export const data = { permalink: "/_headers", eleventyExcludeFromCollections: true };

export default function render(data: PageData): string {
  return renderHeadersFile(siteHeaderRules(data.site.pathPrefix));
}
