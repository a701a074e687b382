// Links as authors write them on GitHub: `../skills/caching.md#setup` leads to that guide's page and heading, and a
// link to a guide or heading that does not exist is an error that suggests only guides and headings that exist.
import path from "node:path";
import { closestMatch } from "../../lib/suggest.ts";
import { imagesFolder } from "./images.ts";
import { linkableIds, resolveFragment, type AnchorIndex } from "./headings.ts";
import { isRelativeReference, relativeFrom, resolveReference } from "./paths.ts";

/** A guide a link can lead to: its page, and the fragments that lead to its headings when its body was read. */
export interface GuideTarget {
  url: string;
  anchors?: AnchorIndex;
}

/** Every guide by its path in the content folder ("skills/caching.md"). */
export type GuideIndex = ReadonlyMap<string, GuideTarget>;

/** Where a link leads on the site, or why it leads nowhere. */
export type LinkResult = { href: string } | { message: string; suggestion?: string };

/** Resolves a link written in `guideFile`: relative links to guides and fragments are rewritten; others stay as written. */
export function resolveLink(href: string, guideFile: string, ownAnchors: AnchorIndex, contentDir: string, guides: GuideIndex): LinkResult {
  if (href.startsWith("#")) {
    const fragment = href.slice(1);
    if (fragment === "") return { href };
    const id = fragmentId(ownAnchors, fragment);
    if (id !== undefined) return { href: `#${id}` };
    return { message: "no heading in this guide has that id", suggestion: anchorHint(fragment, ownAnchors) };
  }
  if (href.startsWith("/") && !href.startsWith("//")) return resolveSitePath(href, guides);
  if (!isRelativeReference(href)) return { href };
  const reference = resolveReference(href, guideFile, contentDir);
  if (reference.relative === undefined) return { message: "the link leaves the content folder", suggestion: "link to a guide in the content folder, or to a full https:// address" };
  const target = guides.get(reference.relative);
  if (target) {
    if (reference.fragment === undefined || reference.fragment === "" || !target.anchors) return { href: `${target.url}${reference.fragment ? `#${encodeURIComponent(reference.fragment)}` : ""}` };
    const id = fragmentId(target.anchors, reference.fragment);
    if (id !== undefined) return { href: id === "" ? target.url : `${target.url}#${id}` };
    return { message: `${reference.relative} has no heading with the id "${reference.fragment}"`, suggestion: anchorHint(reference.fragment, target.anchors) };
  }
  const listing = listingPage(reference.relative, guides);
  if (listing !== undefined) return { href: listing };
  const written = (relative: string) => relativeFrom(guideFile, contentDir, relative) + (reference.fragment ? `#${reference.fragment}` : "");
  if (!/\.md$/i.test(reference.relative)) {
    if (/^[^/]+\.[a-z]{2,}(?:\/|$)/i.test(href)) return { message: "a relative link, which on the site leads nowhere", suggestion: `if it is another site, write https://${href}` };
    const asGuide = [`${reference.relative.replace(/\/$/, "")}.md`].find((candidate) => guides.has(candidate));
    if (asGuide) return { message: "a relative link to a guide names its Markdown file", suggestion: `write ${written(asGuide)}` };
    if (reference.relative.startsWith(`${imagesFolder}/`)) return { message: "a link to an image file; the site publishes images only where a guide shows them", suggestion: `show it with ![what it shows](${href})` };
    return { message: "a relative link must name a guide's .md file; the site publishes nothing else from the content folder", suggestion: suggestGuide(reference.relative, guides, written) ?? "link to a guide's .md file, or to a full https:// address" };
  }
  return { message: `no guide at ${reference.relative}`, suggestion: suggestGuide(reference.relative, guides, written) ?? `add ${reference.relative} to the content folder, or remove the link` };
}

/**
 * Checks a root-relative link to a guide's page, like /skills/sql/#why-it-matters: the guide and the heading must exist
 * (so the build refuses what `npm run check` always refused); a link to any other page of the site stays as written.
 */
function resolveSitePath(href: string, guides: GuideIndex): LinkResult {
  const hashAt = href.indexOf("#");
  const pagePath = (hashAt < 0 ? href : href.slice(0, hashAt)).split("?")[0] ?? "";
  const fragment = hashAt < 0 ? undefined : href.slice(hashAt + 1);
  const guide = /^\/(roles|skills|technologies)\/(.+)$/.exec(pagePath);
  if (!guide) return { href };
  const [collection = "", rest = ""] = guide.slice(1);
  const slug = /^([^/]+?)(?:\.md|\.html|\/index\.html|\/)?$/.exec(rest)?.[1] ?? rest;
  const target = guides.get(`${collection}/${slug}.md`);
  if (!target) {
    const slugsIn = (folder: string) => [...guides.keys()].filter((key) => key.startsWith(`${folder}/`) && !key.slice(folder.length + 1).includes("/")).map((key) => path.posix.basename(key, ".md"));
    const folders = ["roles", "skills", "technologies"];
    const elsewhere = folders.find((other) => other !== collection && guides.has(`${other}/${slug}.md`));
    const close = [collection, ...folders.filter((other) => other !== collection)].map((folder) => ({ folder, slug: closestMatch(slug, slugsIn(folder)) })).find((found) => found.slug !== undefined);
    const noun = (folder: string) => ({ roles: "role", skills: "skill", technologies: "technology" })[folder] ?? "guide";
    return {
      message: `no ${noun(collection)} "${slug}"`,
      suggestion: elsewhere ? `"${slug}" is a ${noun(elsewhere)}: write /${elsewhere}/${slug}/` : close ? `did you mean /${close.folder}/${close.slug ?? ""}/?` : `add ${collection}/${slug}.md to the content folder, or remove the link`,
    };
  }
  if (pagePath !== target.url) return { message: `guide pages live at ${target.url}`, suggestion: `write ${target.url}${fragment === undefined ? "" : `#${fragment}`}` };
  if (fragment === undefined || fragment === "" || !target.anchors) return { href };
  const id = fragmentId(target.anchors, fragment);
  if (id !== undefined) return { href: id === fragment ? href : id === "" ? target.url : `${target.url}#${id}` };
  return { message: `${collection}/${slug}.md has no heading with the id "${fragment}"`, suggestion: anchorHint(fragment, target.anchors) };
}

/**
 * The page that lists what a folder holds, for links GitHub readers use to move around: the content folder itself or
 * its README.md or index.md lead to the home page; a collection's folder, or its README.md or index.md, to its index.
 */
function listingPage(relative: string, guides: GuideIndex): string | undefined {
  const folder = relative.replace(/\/$/, "").replace(/(?:^|\/)(?:readme|index)\.md$/i, "");
  if (folder === "") return "/";
  return !folder.includes("/") && [...guides.keys()].some((key) => key.startsWith(`${folder}/`)) ? `/${folder}/` : undefined;
}

/** The heading id a fragment leads to ("" for the top of the page), trying it as written and percent-decoded. */
function fragmentId(anchors: AnchorIndex, fragment: string): string | undefined {
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    // Not percent-encoded: use it as written.
  }
  return resolveFragment(anchors, fragment) ?? resolveFragment(anchors, decoded);
}

/** Did-you-mean for a guide path: the closest existing guide by path, else by file name. */
function suggestGuide(relative: string, guides: GuideIndex, written: (relative: string) => string): string | undefined {
  const paths = [...guides.keys()];
  const byPath = closestMatch(relative.replace(/\.md$/i, ""), paths.map((candidate) => candidate.replace(/\.md$/i, "")));
  if (byPath !== undefined) return `did you mean ${written(`${byPath}.md`)}?`;
  const name = path.posix.basename(relative).replace(/\.md$/i, "");
  const byName = closestMatch(name, paths.map((candidate) => path.posix.basename(candidate, ".md")));
  const match = byName === undefined ? undefined : paths.find((candidate) => path.posix.basename(candidate, ".md") === byName);
  return match ? `did you mean ${written(match)}?` : undefined;
}

function anchorHint(fragment: string, anchors: AnchorIndex): string {
  const ids = linkableIds(anchors);
  const close = closestMatch(fragment, ids);
  if (close) return `did you mean #${close}?`;
  const listed = ids.slice(0, 8).map((id) => `#${id}`).join(", ");
  return ids.length > 0 ? `headings there: ${listed}${ids.length > 8 ? ", …" : ""}` : "that guide has no headings to link to";
}
