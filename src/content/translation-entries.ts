// Turns the translation files of each language folder into translations: each checked against the translation schema
// and against the original it names, its body rendered like a guide's, with links leading to the language's own
// translations where there are some and to the originals, marked with their language, where there are none.
import path from "node:path";
import { laterDate } from "../lib/dates.ts";
import { trustedHtml } from "../lib/html.ts";
import { closestMatch } from "../lib/suggest.ts";
import { collectionNames, collections } from "../schema/index.ts";
import { TranslationSchema, translationFields, type TranslationData } from "../schema/translation.ts";
import type { ContentCache } from "./cache.ts";
import { contentPath } from "./bodies.ts";
import { ImageLibrary, type ImageAsset } from "./markdown/images.ts";
import type { LanguageContent, Translation } from "./model.ts";
import { describeValue, type ContentProblem } from "./problems.ts";
import { parseBody, renderParsed, type GuideIndex, type GuideTarget, type RenderContext, type RenderSettings } from "./render.ts";
import { guideUrl, summaryFields } from "./resolve.ts";
import type { LanguageFolder } from "./translations.ts";
import { describeIssues, lineOf, type ValidEntry } from "./validate.ts";
import type { RawEntry } from "./load.ts";

/** What turning the language folders into translations needs. */
export interface TranslationInput {
  contentDir: string;
  /** The language of the originals as pages declare it (like en-GB), for links to guides not yet translated. */
  originalLanguage: string;
  folders: readonly LanguageFolder[];
  /** The valid original guides. */
  originals: readonly ValidEntry[];
  /** Every original guide by its path in the content folder, as its links resolve. */
  guides: GuideIndex;
  render: RenderSettings;
  cache?: ContentCache;
}

/** Checks and renders every translation; returns each language's translations, the images they show and every problem. */
export function buildTranslations(input: TranslationInput): { languages: LanguageContent[]; images: ImageAsset[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const images = new Map<string, ImageAsset>();
  const originals = new Map(input.originals.map((entry) => [`${entry.raw.collection}/${entry.raw.slug}`, entry]));
  const languages = input.folders.map((folder): LanguageContent => {
    const valid: Array<{ raw: RawEntry; data: TranslationData }> = [];
    for (const raw of folder.entries) {
      const checked = checkTranslation(raw, originals, folder.folder);
      problems.push(...checked.problems);
      if (checked.data) valid.push({ raw, data: checked.data });
    }
    const parsed = valid.map((entry) => {
      const parse = () => parseBody(entry.raw.body, entry.data.title);
      return { ...entry, body: input.cache ? input.cache.parsedBody(entry.raw, parse) : parse() };
    });
    // A translation links to guides as originals do (../skills/sql.md or /skills/sql/), its fragments checked against
    // the headings of the language's version; localiseLinks then points each link at that version.
    const translatedUrls = new Set(parsed.map((entry) => guideUrl(entry.raw.collection, entry.raw.slug)));
    const ownAnchors = new Map(parsed.map((entry) => [`${entry.raw.collection}/${entry.raw.slug}.md`, entry.body.anchors]));
    const guides = new Map<string, GuideTarget>();
    for (const [file, target] of input.guides) {
      const anchors = ownAnchors.get(file);
      const resolved = anchors ? { url: target.url, anchors } : target;
      guides.set(file, resolved);
      guides.set(`${folder.folder}/${file}`, resolved);
    }
    const context: RenderContext = { contentDir: path.resolve(input.contentDir), guides, images: new ImageLibrary(input.contentDir, input.render.allowedImageOrigins) };
    const translations = parsed.map(({ raw, data, body }): Translation => {
      const rendered = renderParsed(body, path.resolve(raw.file), context);
      for (const problem of rendered.problems) problems.push({ file: raw.file, line: raw.bodyLine + problem.line, message: problem.message, suggestion: problem.suggestion });
      for (const image of rendered.images) images.set(image.files.join("\0"), image);
      return {
        language: folder.tag,
        collection: raw.collection,
        slug: raw.slug,
        title: data.title,
        ...summaryFields(data.summary),
        aliases: data.aliases,
        published: data.published,
        ...(data.updated ? { updated: data.updated } : {}),
        ...(data.reviewed ? { reviewed: data.reviewed } : {}),
        lastModified: laterDate(data.published, data.updated),
        body: trustedHtml(localiseLinks(rendered.html, folder.folder, translatedUrls, input.originalLanguage)),
        headings: rendered.headings,
        wordCount: rendered.wordCount,
        sourcePath: contentPath(input.contentDir, raw),
      };
    });
    const order = (translation: Translation) => `${collectionNames.indexOf(translation.collection)}/${translation.slug}`;
    return {
      tag: folder.tag,
      folder: folder.folder,
      translations: translations.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0)),
      ...(folder.messages ? { messages: folder.messages } : {}),
    };
  });
  return { languages, problems, images: [...images.values()] };
}

/** Checks a translation's front matter, and that the guide it names exists. */
function checkTranslation(raw: RawEntry, originals: ReadonlyMap<string, ValidEntry>, folder: string): { data?: TranslationData; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const originalPath = `content/${raw.collection}/${raw.slug}.md`;
  if (!originals.has(`${raw.collection}/${raw.slug}`)) {
    const close = closestMatch(raw.slug, [...originals.keys()].filter((key) => key.startsWith(`${raw.collection}/`)).map((key) => key.slice(raw.collection.length + 1)));
    problems.push({
      file: raw.file,
      line: 1,
      message: `translates ${raw.collection}/${raw.slug}.md, which does not exist; a translation has the folder and file name of the guide it translates`,
      suggestion: close ? `did you mean ${raw.collection}/${close}.md? Rename it to ${folder}/${raw.collection}/${close}.md` : `add the original ${originalPath} first, or remove the translation`,
    });
  }
  if (raw.frontMatter.errors.length > 0) return { problems };
  const value: unknown = raw.frontMatter.toJS({ maxAliasCount: 0 }) ?? {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { problems: [...problems, { file: raw.file, line: raw.frontMatterLine, message: `found ${describeValue(value)}, expected front matter made of fields like "title: …"` }] };
  }
  const fields = { ...(value as Record<string, unknown>) };
  const originalFields = Object.keys(shapeOf(collections[raw.collection].schema));
  for (const key of Object.keys(fields)) {
    if ((translationFields as readonly string[]).includes(key) || !originalFields.includes(key)) continue;
    problems.push({
      file: raw.file,
      line: lineOf(raw, [key]),
      field: key,
      message: `"${key}" comes from the original, ${originalPath}; a translation sets only ${translationFields.join(", ")}`,
      suggestion: "remove it (change it in the original if it is wrong there)",
    });
    delete fields[key];
  }
  const result = TranslationSchema.safeParse(fields);
  if (!result.success) return { problems: [...problems, ...describeIssues(raw, TranslationSchema, fields, result.error.issues)] };
  return problems.length > 0 ? { problems } : { data: result.data, problems };
}

function shapeOf(schema: unknown): Record<string, unknown> {
  return (schema as { shape?: Record<string, unknown> }).shape ?? {};
}

/** The pages every language has, which a link written in a translation leads to in that language. */
const languagePages = new Set(["/", "/roles/", "/skills/", "/technologies/", "/search/", "/compare/", "/me/"]);

/**
 * Points root-relative links in a translation's rendered body at the language's pages: a guide translated into the
 * language at its translation, one not yet translated at its original with `hreflang`, the lists and search at the
 * language's own. The HTML is the renderer's own output, so its links are plain `<a href="…">` elements.
 */
export function localiseLinks(html: string, folder: string, translatedUrls: ReadonlySet<string>, originalLanguage: string): string {
  return html.replace(/<a\b([^>]*?)\shref="(\/[^"#?]*)([^"]*)"([^>]*)>/g, (whole, before: string, pathname: string, rest: string, after: string) => {
    if (pathname.startsWith(`/${folder}/`)) return whole;
    const guide = /^\/(roles|skills|technologies)\/[a-z0-9-]+\/$/.test(pathname);
    if ((guide && translatedUrls.has(pathname)) || (!guide && languagePages.has(pathname))) return `<a${before} href="/${folder}${pathname}${rest}"${after}>`;
    if (!guide || /\shreflang=/.test(before + after)) return whole;
    return `<a${before} href="${pathname}${rest}" hreflang="${originalLanguage}"${after}>`;
  });
}
