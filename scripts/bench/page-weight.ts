// Measures what a page costs a reader: the bytes of its HTML, CSS and JavaScript, compressed as a host would send them.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** Compressed and raw bytes of one page and the stylesheets and scripts it loads up front. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  rawTotal: number;
  /** The scripts it loads up front, by name without the content hash: ["theme-init.js"]. */
  scripts: string[];
}

/** Weighs a built page (a path like "roles/back-end-developer/index.html") with gzip at level 6. */
export async function measurePageWeight(siteDir: string, page: string): Promise<PageWeight> {
  const htmlPath = path.join(siteDir, page);
  const html = await readFile(htmlPath);
  const text = html.toString("utf8");
  const resources = [...text.matchAll(/<(?:link rel="stylesheet" href|script[^>]*src)="([^"]+)"/g)].map((match) => match[1] as string);
  const weight: PageWeight = { html: gzipSync(html, { level: 6 }).length, css: 0, js: 0, total: 0, rawTotal: html.length, scripts: [] };
  for (const resource of resources) {
    const file = resource.startsWith("/") ? path.join(siteDir, resource) : path.resolve(path.dirname(htmlPath), resource);
    const bytes = await readFile(file);
    const compressed = gzipSync(bytes, { level: 6 }).length;
    if (resource.endsWith(".css")) weight.css += compressed;
    else {
      weight.js += compressed;
      weight.scripts.push(path.basename(resource).replace(/\.[0-9a-f]{10}\.js$/, ".js"));
    }
    weight.rawTotal += bytes.length;
  }
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}
