// Finds broken internal links in a built site: every href, src, srcset, action and in-site absolute URL must name a
// file of the site, and every #fragment an element of the page it points to. External links are never fetched.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { listFiles } from "../../src/lib/files.ts";
import { fileUrlPath, normalisePathPrefix } from "../../src/lib/url-paths.ts";

/** A built site as the checker sees it: every file's path (relative, with "/") and the text of every HTML page. */
export interface SiteFiles {
  files: ReadonlySet<string>;
  pages: ReadonlyMap<string, string>;
}

/** Where the site lives: its path prefix ("/" or "/guides/") and, when known, its public address. */
export interface LinkCheckOptions {
  pathPrefix?: string;
  /** The public address, like https://example.org/guides/; absolute URLs under it (canonical, share cards) are checked too. */
  baseUrl?: string;
}

/** One broken reference: the page holding it (a site URL), where it sits (`a[href]`), what it says and why it is broken. */
export interface BrokenLink {
  page: string;
  attribute: string;
  url: string;
  reason: string;
}

/** A URL-valued attribute found in a page. */
export interface FoundLink {
  attribute: string;
  value: string;
}

/** What one page offers to and asks of the rest of the site. */
export interface PageLinks {
  links: FoundLink[];
  ids: Set<string>;
  baseHref?: string;
}

/** Attributes holding one URL, by the elements that carry them ("*" for any element). */
const urlAttributes: Record<string, readonly string[]> = {
  href: ["a", "area", "link", "base"],
  src: ["img", "script", "iframe", "source", "audio", "video", "track", "embed", "input"],
  action: ["form"],
  formaction: ["button", "input"],
  poster: ["video"],
  data: ["object"],
  cite: ["blockquote", "q", "del", "ins"],
};

/** Elements whose content is text, not markup, so tags inside them are not tags. */
const rawTextElements = new Set(["script", "style", "textarea", "title"]);

const tokenSource = /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\/[^>]*>|<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const attributePattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const characterReferences: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the character references an attribute value may hold (`&amp;`, `&#39;`, `&#x2F;`). */
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference: string, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return characterReferences[name.toLowerCase()] ?? reference;
  });
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(attributePattern)) {
    const name = (match[1] ?? "").toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeAttribute(match[2] ?? match[3] ?? match[4] ?? ""));
  }
  return attributes;
}

/** The URLs of a srcset attribute ("a.png 1x, b.png 2x" → ["a.png", "b.png"]). */
function srcsetUrls(value: string): string[] {
  return value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter((url) => url !== "");
}

/** Lists the URL-valued attributes and the ids (and `<a name>` anchors) of one HTML page. */
export function extractLinks(markup: string): PageLinks {
  const result: PageLinks = { links: [], ids: new Set() };
  const tokenPattern = new RegExp(tokenSource);
  let lowerCase: string | undefined;
  for (let match = tokenPattern.exec(markup); match; match = tokenPattern.exec(markup)) {
    const tag = match[1]?.toLowerCase();
    if (!tag) continue;
    const attributes = parseAttributes(match[2] ?? "");
    const id = attributes.get("id");
    if (id) result.ids.add(id);
    const name = attributes.get("name");
    if (tag === "a" && name) result.ids.add(name);
    for (const [attribute, elements] of Object.entries(urlAttributes)) {
      const value = attributes.get(attribute);
      if (value === undefined || !elements.includes(tag)) continue;
      if (tag === "base") result.baseHref ??= value;
      else result.links.push({ attribute: `${tag}[${attribute}]`, value });
    }
    const srcset = attributes.get("srcset");
    if (srcset !== undefined && (tag === "img" || tag === "source")) {
      for (const value of srcsetUrls(srcset)) result.links.push({ attribute: `${tag}[srcset]`, value });
    }
    const content = attributes.get("content");
    if (tag === "meta" && content && /^https?:\/\//i.test(content.trim())) result.links.push({ attribute: "meta[content]", value: content });
    if (rawTextElements.has(tag)) {
      lowerCase ??= markup.toLowerCase();
      const end = lowerCase.indexOf(`</${tag}`, tokenPattern.lastIndex);
      tokenPattern.lastIndex = end === -1 ? markup.length : end;
    }
  }
  return result;
}

/** The origin used to resolve links when the site's public address is not known; never contacted. */
const localOrigin = "http://site.invalid";

type Target = { file: string } | { problem: string } | "external";

/** Maps an absolute URL to the file it names inside the site, or says why it names none. */
function resolveTarget(url: URL, prefix: string, origins: readonly string[], files: ReadonlySet<string>): Target {
  if (url.protocol !== "http:" && url.protocol !== "https:") return "external";
  if (!origins.includes(url.origin)) return "external";
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { problem: "has a malformed percent-encoding" };
  }
  if (!pathname.startsWith(prefix)) return { problem: `lies outside the site's path prefix ${prefix}` };
  const relative = pathname.slice(prefix.length);
  if (relative.split("/").includes("..")) return { problem: "climbs out of the site with .." };
  const file = relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
  if (files.has(file)) return { file };
  if (files.has(`${file}/index.html`)) return { problem: `names a folder: link to ${prefix}${relative}/ with the trailing slash` };
  return { problem: relative.endsWith("/") || relative === "" ? "no such page" : "no such file" };
}

/** Lists every broken internal link and fragment of a site given as files and page texts. */
export function findBrokenLinks(site: SiteFiles, options: LinkCheckOptions = {}): BrokenLink[] {
  const prefix = normalisePathPrefix(options.pathPrefix);
  const publicOrigin = options.baseUrl ? new URL(options.baseUrl).origin : undefined;
  const origins = [localOrigin, ...(publicOrigin ? [publicOrigin] : [])];
  const parsed = new Map<string, PageLinks>();
  const linksOf = (file: string): PageLinks | undefined => {
    const markup = site.pages.get(file);
    if (markup === undefined) return undefined;
    let links = parsed.get(file);
    if (!links) parsed.set(file, (links = extractLinks(markup)));
    return links;
  };
  const broken: BrokenLink[] = [];
  for (const file of [...site.pages.keys()].sort()) {
    const page = linksOf(file);
    if (!page) continue;
    const selfUrl = `${localOrigin}${prefix}${fileUrlPath(file).slice(1)}`;
    const base = page.baseHref ? new URL(page.baseHref, selfUrl).href : selfUrl;
    for (const link of page.links) {
      const report = (reason: string) => broken.push({ page: fileUrlPath(file), attribute: link.attribute, url: link.value, reason });
      let url: URL;
      try {
        url = new URL(link.value.trim(), base);
      } catch {
        report("is not a valid URL");
        continue;
      }
      const target = resolveTarget(url, prefix, origins, site.files);
      if (target === "external") continue;
      if ("problem" in target) {
        report(target.problem);
        continue;
      }
      const fragment = url.hash.slice(1);
      if (fragment === "" || !target.file.endsWith(".html")) continue;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        report("has a malformed percent-encoding in its fragment");
        continue;
      }
      // HTML scrolls to the top for "#top" even when no element has that id.
      if (id.toLowerCase() === "top" || linksOf(target.file)?.ids.has(id)) continue;
      report(`no element with id="${id}" on ${fileUrlPath(target.file)}`);
    }
  }
  return broken;
}

/** Reads a built site folder into the files and page texts the checker needs. */
export async function readSiteFiles(siteDir: string): Promise<SiteFiles> {
  const files = new Set(await listFiles(siteDir));
  const pages = new Map<string, string>();
  for (const file of [...files].filter((name) => name.endsWith(".html")).sort()) {
    pages.set(file, await readFile(path.join(siteDir, file), "utf8"));
  }
  return { files, pages };
}

/** Checks every internal link and fragment of a built site folder. */
export async function checkSiteLinks(siteDir: string, options: LinkCheckOptions = {}): Promise<BrokenLink[]> {
  return findBrokenLinks(await readSiteFiles(siteDir), options);
}

/** Formats broken links for people: one line per broken URL and reason, with the pages that hold it. */
export function formatBrokenLinks(broken: readonly BrokenLink[], pagesShown = 5): string {
  const groups = new Map<string, BrokenLink[]>();
  for (const link of broken) {
    const key = `${link.attribute} "${link.url}": ${link.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), link]);
  }
  return [...groups.entries()]
    .map(([key, links]) => {
      const pages = links.map((link) => link.page);
      const more = pages.length > pagesShown ? ` and ${pages.length - pagesShown} more` : "";
      return `${key} — on ${pages.slice(0, pagesShown).join(", ")}${more}`;
    })
    .join("\n");
}
