// Checks every link in the guides' Markdown: guide links must name a guide that exists, anchors a heading that exists.
import type { Token } from "markdown-it";
import { closestMatch } from "../lib/suggest.ts";
import { collectionNames, collections, type CollectionName } from "../schema/index.ts";
import { fileLine, type CheckInput, type GuideDocument } from "./documents.ts";
import { problemOf, type CheckProblem } from "./rules.ts";

/** A link found in a guide's body, with the file line it stands on. */
export interface BodyLink {
  href: string;
  line: number;
}

/** Root-relative pages that are not guides but that a guide may link to. */
const sitePages = new Set(["/", "/search/", "/roles/", "/skills/", "/technologies/"]);

/** Reports broken internal links and anchors (errors) and links the check cannot vouch for (warnings). */
export function checkLinks(input: CheckInput): CheckProblem[] {
  const headings = new Map(input.documents.map((document) => [`${document.raw.collection}/${document.raw.slug}`, document.headingIds]));
  return input.documents.flatMap((document) =>
    linksOf(document).flatMap((link) => checkLink(document, link, input, headings)),
  );
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

function checkLink(document: GuideDocument, link: BodyLink, input: CheckInput, headings: Map<string, Set<string>>): CheckProblem[] {
  const at = { file: document.raw.file, line: link.line };
  const error = (message: string, suggestion?: string) => [problemOf("broken-link", { ...at, message: `link to ${link.href}: ${message}`, suggestion })];
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
  const collection = guide[1] as CollectionName;
  const rest = guide[2] ?? "";
  const slug = /^([^/]+?)(?:\.md|\.html|\/index\.html|\/)?$/.exec(rest)?.[1];
  const noun = collections[collection].singular;
  if (slug === undefined || !input.slugs[collection].has(slug)) {
    const asked = slug ?? rest;
    const elsewhere = collectionNames.find((other) => other !== collection && input.slugs[other].has(asked));
    const close = closestMatch(asked, input.slugs[collection]);
    const closeElsewhere = collectionNames.map((other) => ({ other, slug: closestMatch(asked, input.slugs[other]) })).find((found) => found.slug !== undefined);
    const suggestion = elsewhere ? `"${asked}" is a ${collections[elsewhere].singular}: write /${elsewhere}/${asked}/`
      : close ? `did you mean /${collection}/${close}/?`
      : closeElsewhere ? `did you mean /${closeElsewhere.other}/${closeElsewhere.slug ?? ""}/?` : `add ${collection}/${asked}.md to the content folder, or remove the link`;
    return error(`no ${noun} "${asked}"`, suggestion);
  }
  const canonical = `/${collection}/${slug}/`;
  if (pagePath !== canonical) return error(`guide pages live at ${canonical}`, `write ${canonical}${hash === undefined ? "" : `#${hash}`}`);
  if (hash === undefined || hash === "") return [];
  const ids = headings.get(`${collection}/${slug}`) ?? new Set<string>();
  const id = decode(hash);
  if (ids.has(id)) return [];
  return error(`the ${noun} "${slug}" has no heading with the id "${id}"`, anchorHint(id, ids));
}

function splitHash(href: string): [string, string | undefined] {
  const index = href.indexOf("#");
  return index < 0 ? [href, undefined] : [href.slice(0, index), href.slice(index + 1)];
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function anchorHint(id: string, ids: Set<string>): string {
  const close = closestMatch(id, ids);
  if (close) return `did you mean #${close}?`;
  const listed = [...ids].slice(0, 8).map((known) => `#${known}`).join(", ");
  return ids.size > 0 ? `headings there: ${listed}${ids.size > 8 ? ", …" : ""}` : "that guide has no headings to link to";
}
