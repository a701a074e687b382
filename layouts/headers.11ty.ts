// _headers: the response headers (Content-Security-Policy, caching) that Netlify and Cloudflare Pages send.
import { contentSecurityPolicyFor } from "../src/deploy/csp.ts";
import { renderHeadersFile, siteHeaderRules } from "../src/deploy/headers-file.ts";
import type { PageData } from "../src/site/page-data.ts";

export const data = { permalink: "/_headers", eleventyExcludeFromCollections: true };

export default function render(data: PageData): string {
  return renderHeadersFile(siteHeaderRules(data.site.pathPrefix, contentSecurityPolicyFor(data.site)));
}
