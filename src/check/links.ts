// Warns about links in the guides' Markdown that the site cannot vouch for: http://, unusual schemes, pages that are not
// guides. Links to guides and headings are checked by the build itself (src/content/markdown/links.ts), whose errors
// the check reports too, so check and build refuse the same links.
import type { Token } from "markdown-it";
import { fileLine, type CheckInput, type GuideDocument } from "./documents.ts";
import { problemOf, type CheckProblem } from "./rules.ts";

/** A link found in a guide's body, with the file line it stands on. */
export interface BodyLink {
  href: string;
  line: number;
}

/** Root-relative pages that are not guides but that a guide may link to. */
const sitePages = new Set(["/", "/search/", "/roles/", "/skills/", "/technologies/"]);

/** Reports the links the check cannot vouch for, as warnings. */
export function checkLinks(input: CheckInput): CheckProblem[] {
  return input.documents.flatMap((document) => linksOf(document).flatMap((link) => checkLink(document, link)));
}

/** Lists the links in a guide's body with their file lines (images are the build's to check, in src/content/markdown/). */
export function linksOf(document: GuideDocument): BodyLink[] {
  const links: BodyLink[] = [];
  // Table cells carry no line of their own; they stand on the line of the row opened last.
  let lastLine = 0;
  for (const block of document.tokens) {
    if (block.map) lastLine = block.map[0];
    if (block.type !== "inline" || !block.children) continue;
    let offset = 0;
    for (const token of block.children) {
      if (token.type === "softbreak" || token.type === "hardbreak") offset += 1;
      const href = hrefOf(token);
      if (href !== undefined) links.push({ href, line: fileLine(document, lastLine + offset) });
    }
  }
  return links;
}

function hrefOf(token: Token): string | undefined {
  const value = token.type === "link_open" ? token.attrGet("href") : undefined;
  return value === null || value === undefined ? undefined : String(value);
}

function checkLink(document: GuideDocument, link: BodyLink): CheckProblem[] {
  const at = { file: document.raw.file, line: link.line };
  const warning = (message: string, suggestion?: string) => [problemOf("link-form", { ...at, message: `link to ${link.href}: ${message}`, suggestion })];
  const { href } = link;

  // Fragments and links relative to the guide are resolved by the build itself, which reports the broken ones (as the
  // check does, through the same model): src/content/markdown/links.ts.
  if (href.startsWith("#")) return [];
  if (href.startsWith("//")) return warning("an address without https: may not load", `write https:${href}`);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === "https" || scheme === "mailto") return [];
  if (scheme === "http") return warning("an http:// address; official sources offer https://", `write https://${href.slice("http://".length)}`);
  if (scheme !== undefined) return warning(`the check cannot verify "${scheme}:" links`, "link to an https:// page instead");
  if (!href.startsWith("/")) return [];

  const [pathAndQuery = "", hash] = splitHash(href);
  const pagePath = pathAndQuery.split("?")[0] ?? "";
  const guide = /^\/(roles|skills|technologies)\/(.+)$/.exec(pagePath);
  if (!guide) {
    if (sitePages.has(pagePath)) return hash === undefined ? [] : warning("the check cannot verify anchors on pages that are not guides");
    return warning("not a guide page, so the check cannot verify it", "link to guides with /roles/<slug>/, /skills/<slug>/ or /technologies/<slug>/");
  }
  // Links to guides' pages are the build's to check too (src/content/markdown/links.ts), so both refuse the same.
  return [];
}

function splitHash(href: string): [string, string | undefined] {
  const index = href.indexOf("#");
  return index < 0 ? [href, undefined] : [href.slice(0, index), href.slice(index + 1)];
}
