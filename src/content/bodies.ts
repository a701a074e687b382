// Renders every guide's body against the whole set of guides: links and anchors between guides resolve, images are
// described, and every problem names its file and line. With a cache, a body is rendered again only when it or
// something it refers to changed.
import path from "node:path";
import type { ContentCache } from "./cache.ts";
import type { RawEntry } from "./load.ts";
import { ImageLibrary, isShown, type ImageAsset } from "./markdown/images.ts";
import { resolveLink } from "./markdown/links.ts";
import type { ContentProblem } from "./problems.ts";
import { parseBody, renderParsed, type GuideIndex, type ParsedBody, type RenderContext, type RenderedBody, type RenderSettings } from "./render.ts";
import { guideUrl } from "./resolve.ts";
import type { ValidEntry } from "./validate.ts";

/** What rendering the bodies gave: each valid guide's body, every problem found in them, and the images they show. */
export interface RenderedBodies {
  bodies: Map<ValidEntry, RenderedBody>;
  /** Each valid guide's parsed body, for checks that read its structure (the standard sections). */
  parsed: Map<ValidEntry, ParsedBody>;
  problems: ContentProblem[];
  images: ImageAsset[];
  /** Every guide a link may lead to, by its path in the content folder; translations link through it too. */
  guides: GuideIndex;
}

/**
 * Renders the bodies of the valid guides; `loaded` (every guide read, valid or not) is what links may lead to, and so
 * is every guide in `found` that could not be read at all: it has a problem of its own, and links to it do not add more.
 */
export function renderBodies(contentDir: string, loaded: readonly RawEntry[], valid: readonly ValidEntry[], settings: RenderSettings, cache?: ContentCache, found: ReadonlyArray<Pick<RawEntry, "collection" | "slug" | "file">> = []): RenderedBodies {
  const parsed = new Map<ValidEntry, ParsedBody>(valid.map((entry) => {
    const parse = () => parseBody(entry.raw.body, (entry.data as { title: string }).title);
    return [entry, cache ? cache.parsedBody(entry.raw, parse) : parse()];
  }));
  const anchorsByRaw = new Map([...parsed].map(([entry, body]) => [entry.raw, body.anchors]));
  const unread = found.map((guide) => [contentPath(contentDir, guide), { url: guideUrl(guide.collection, guide.slug) }] as const);
  const guides: GuideIndex = new Map([...unread, ...loaded.map((raw) => [contentPath(contentDir, raw), { url: guideUrl(raw.collection, raw.slug), anchors: anchorsByRaw.get(raw) }] as const)]);
  const context: RenderContext = { contentDir: path.resolve(contentDir), guides, images: new ImageLibrary(contentDir, settings.allowedImageOrigins) };

  const bodies = new Map<ValidEntry, RenderedBody>();
  const problems: ContentProblem[] = [];
  const images = new Map<string, ImageAsset>();
  for (const [entry, body] of parsed) {
    const file = path.resolve(entry.raw.file);
    const render = () => renderParsed(body, file, context);
    const rendered = cache ? cache.renderedBody(entry.raw, dependencies(body, file, context), render) : render();
    bodies.set(entry, rendered);
    for (const problem of rendered.problems) problems.push({ file: entry.raw.file, line: entry.raw.bodyLine + problem.line, message: problem.message, suggestion: problem.suggestion, ...(problem.rule ? { rule: problem.rule } : {}) });
    for (const image of rendered.images) images.set(image.files.join("\0"), image);
  }
  return { bodies, parsed, problems, guides, images: [...images.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)) };
}

/** A guide's path in the content folder, with forward slashes: "skills/caching.md". */
export function contentPath(contentDir: string, raw: Pick<RawEntry, "collection" | "slug" | "file">): string {
  const relative = path.relative(path.resolve(contentDir), path.resolve(raw.file));
  return relative.startsWith("..") ? `${raw.collection}/${raw.slug}.md` : relative.split(path.sep).join("/");
}

/** What a body's HTML depends on besides its own text: where each link leads and which files each image gives. */
function dependencies(body: ParsedBody, file: string, context: RenderContext): string {
  return JSON.stringify(body.references.map((reference) => {
    if (reference.kind === "link") return resolveLink(reference.href, file, body.anchors, context.contentDir, context.guides);
    const image = context.images.resolve(reference.href, file);
    return isShown(image) ? (image.kind === "local" ? image.asset.files : image.src) : image.message;
  }));
}

