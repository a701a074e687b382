// The pages of a built site, grouped into page types by URL, a sample of each type, and the themes to check them in.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileUrlPath } from "../../src/lib/url-paths.ts";

/** One HTML page of a built site. */
export interface SitePage {
  /** Path inside the output folder, with "/". */
  file: string;
  /** Site URL path, like "/roles/back-end-developer/". */
  url: string;
  /** The page type: its URL with every segment after the first replaced by "*", like "/roles/*\/". */
  type: string;
  bytes: number;
}

/** Names a page's type from its URL, so that new page types are recognised without a list to update. */
export function pageType(url: string): string {
  const segments = url.split("/").filter((segment) => segment !== "");
  const typed = segments.map((segment, index) => (index === 0 ? segment : "*"));
  const trailing = url.endsWith("/") && segments.length > 0 ? "/" : "";
  return `/${typed.join("/")}${trailing}`;
}

/** Lists every HTML page of a built site folder (the search index's own files aside), by URL. */
export async function listSitePages(siteDir: string): Promise<SitePage[]> {
  const files = (await readdir(siteDir, { recursive: true }))
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind/"));
  const pages = await Promise.all(
    files.map(async (file) => {
      const url = fileUrlPath(file);
      return { file, url, type: pageType(url), bytes: (await stat(path.join(siteDir, file))).size };
    }),
  );
  return pages.sort((a, b) => (a.url < b.url ? -1 : 1));
}

/** Groups pages by type, in URL order. */
export function pagesByType(pages: readonly SitePage[]): Map<string, SitePage[]> {
  const groups = new Map<string, SitePage[]>();
  for (const page of pages) groups.set(page.type, [...(groups.get(page.type) ?? []), page]);
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * A few pages of every type: the largest and the smallest of each, which between them show the most variety, or only
 * the largest when one page per type is enough.
 */
export function samplePages(pages: readonly SitePage[], perType: 1 | 2 = 2): SitePage[] {
  return [...pagesByType(pages).values()].flatMap((group) => {
    const bySize = [...group].sort((a, b) => b.bytes - a.bytes || (a.url < b.url ? -1 : 1));
    return bySize.slice(0, 1).concat(perType === 2 && bySize.length > 1 ? bySize.slice(-1) : []);
  });
}

/** How a page is shown: the colour scheme the browser reports, and a theme the reader chose with the site's toggle. */
export interface Theme {
  name: string;
  colorScheme: "light" | "dark";
  /** Set on <html data-theme> once the page has loaded, as the theme toggle does. */
  dataTheme?: "light" | "dark";
}

/**
 * The themes to check: light and dark through the browser's colour scheme and, when the stylesheet supports a
 * reader's choice through `data-theme`, each choice against the opposite system setting.
 */
export async function themesOf(siteDir: string): Promise<Theme[]> {
  const themes: Theme[] = [
    { name: "light", colorScheme: "light" },
    { name: "dark", colorScheme: "dark" },
  ];
  const assetsDir = path.join(siteDir, "assets");
  const stylesheets = (await readdir(assetsDir)).filter((name) => name.endsWith(".css"));
  const css = (await Promise.all(stylesheets.map((name) => readFile(path.join(assetsDir, name), "utf8")))).join("\n");
  if (/\[data-theme=["']?dark/.test(css)) themes.push({ name: "dark chosen on a light system", colorScheme: "light", dataTheme: "dark" });
  if (/\[data-theme=["']?light/.test(css)) themes.push({ name: "light chosen on a dark system", colorScheme: "dark", dataTheme: "light" });
  return themes;
}
