// Renders a guide's Markdown body to HTML: headings with ids, highlighted code, tables that scroll, images processed
// from the content folder, links between guides resolved, and only the harmless HTML GitHub also shows.
import MarkdownItFactory, { type MarkdownIt, type Token } from "markdown-it";
import { slugify } from "../lib/slugs.ts";
import type { Heading } from "./model.ts";
import { bodyEnv, newBodyEnv, type BodyProblem } from "./markdown/env.ts";
import { headingIdsPlugin } from "./heading-ids.ts";
import { anchorIndex, headingsOf, titleHeadingPlugin, visibleText, type AnchorIndex } from "./markdown/headings.ts";
import { highlightCode, prismLanguage } from "./markdown/highlight.ts";
import { imageHtml, isShown, type ImageAsset, type ImageLibrary } from "./markdown/images.ts";
import { inlineTokens } from "./markdown/lines.ts";
import { resolveLink, type GuideIndex } from "./markdown/links.ts";
import { rawHtmlPlugin } from "./markdown/raw-html.ts";
import { sanitizeBody } from "./markdown/sanitize.ts";
import { tablesPlugin } from "./markdown/tables.ts";

export type { BodyProblem } from "./markdown/env.ts";
export type { GuideIndex, GuideTarget } from "./markdown/links.ts";

/** How bodies are rendered, from the site settings. */
export interface RenderSettings {
  /** Origins (like https://images.example.org) whose images guides may show; the CSP's img-src names the same. */
  allowedImageOrigins: readonly string[];
}

/** The settings when the site sets none: every image comes from the content folder. */
export const defaultRenderSettings: RenderSettings = { allowedImageOrigins: [] };

/** Creates the Markdown renderer every guide goes through (the checks parse with the same one). */
export function createMarkdown(): MarkdownIt {
  // markdown-it's validateLink refuses javascript:, vbscript:, file: and data: URLs other than images (refused later).
  const markdown = new MarkdownItFactory({ html: true, linkify: false, typographer: true });
  // Ids come from a heading's visible text, never from markup or comments in it, and never repeat the page's own ids.
  markdown.use(headingIdsPlugin, { slugify: headingSlug, textOf: visibleText });
  markdown.use(rawHtmlPlugin).use(titleHeadingPlugin).use(tablesPlugin);
  markdown.renderer.rules.fence = (tokens, index) => codeBlock(markdown, tokens[index]?.content ?? "", markdown.utils.unescapeAll(tokens[index]?.info ?? ""));
  markdown.renderer.rules.code_block = (tokens, index) => codeBlock(markdown, tokens[index]?.content ?? "", "");
  markdown.renderer.rules.image = (tokens, index) => String((tokens[index]?.meta as { html?: string } | undefined)?.html ?? "");
  return markdown;
}

/** A heading's slug: an id begins with a letter, so "2.6 Media" is "section-2-6-media" (GitHub's "#26-media" still leads there). */
function headingSlug(text: string): string {
  const slug = slugify(text);
  return slug === "" ? "section" : /^[a-z]/.test(slug) ? slug : `section-${slug}`;
}

/** A code block, highlighted when its language is known; focusable, so a keyboard can scroll a long line. */
function codeBlock(markdown: MarkdownIt, code: string, info: string): string {
  const language = prismLanguage(info);
  const highlighted = language === undefined ? undefined : highlightCode(code, info);
  const className = highlighted === undefined ? "" : ` class="language-${language}"`;
  return `<pre tabindex="0"><code${className}>${highlighted ?? markdown.utils.escapeHtml(code)}</code></pre>\n`;
}

const sharedMarkdown = createMarkdown();

/** A link or image in a body, as written, with the body line it stands on. */
interface Reference {
  kind: "link" | "image";
  token: Token;
  href: string;
  line: number;
}

/** A body parsed once: its tokens, headings and the fragments that lead to them, and what it refers to. */
export interface ParsedBody {
  tokens: Token[];
  headings: Heading[];
  anchors: AnchorIndex;
  references: Reference[];
  problems: BodyProblem[];
  hasRawHtml: boolean;
  wordCount: number;
}

/** Parses a body; `title` is the guide's title, which a first `#` heading repeating it would show twice. */
export function parseBody(source: string, title?: string): ParsedBody {
  const env = newBodyEnv(title);
  const tokens = sharedMarkdown.parse(source, env);
  const state = bodyEnv(env);
  const references: Reference[] = [];
  for (const { token, line } of inlineTokens(tokens)) {
    const name = token.type === "link_open" ? "href" : token.type === "image" ? "src" : undefined;
    const href = name === undefined ? undefined : token.attrGet(name);
    if (href !== null && href !== undefined) references.push({ kind: token.type === "image" ? "image" : "link", token, href: String(href), line });
  }
  return { tokens, headings: headingsOf(tokens), anchors: anchorIndex(tokens, state), references, problems: state.problems, hasRawHtml: state.hasRawHtml, wordCount: countWords(source) };
}

/** What rendering a body needs beyond the body: the content folder, every guide, and the images. */
export interface RenderContext {
  contentDir: string;
  guides: GuideIndex;
  images: ImageLibrary;
}

/** The rendered body of a guide. */
export interface RenderedBody {
  html: string;
  headings: Heading[];
  wordCount: number;
  /** What is wrong with the body: refused HTML, broken links, missing images. */
  problems: BodyProblem[];
  /** The images the body shows from the content folder, to be processed into the output folder. */
  images: ImageAsset[];
}

/** Renders a parsed body written in `guideFile` (absolute path), resolving its links and images. */
export function renderParsed(parsed: ParsedBody, guideFile: string, context: RenderContext): RenderedBody {
  const problems = [...parsed.problems];
  const images: ImageAsset[] = [];
  let first = true;
  for (const reference of parsed.references) {
    const report = (message: string, suggestion?: string) => problems.push({ line: reference.line, message: `${reference.kind === "image" ? "image" : "link to"} ${reference.href}: ${message}`, suggestion, ...(reference.kind === "link" ? { rule: "broken-link" } : {}) });
    if (reference.kind === "link") {
      const result = resolveLink(reference.href, guideFile, parsed.anchors, context.contentDir, context.guides);
      if ("href" in result) reference.token.attrSet("href", result.href);
      else report(result.message, result.suggestion);
      continue;
    }
    const alt = sharedMarkdown.renderer.renderInlineAsText(reference.token.children ?? [], sharedMarkdown.options, {}).trim();
    const title = reference.token.attrGet("title");
    const image = context.images.resolve(reference.href, guideFile);
    reference.token.meta = { html: "" };
    if (!isShown(image)) report(image.message, image.suggestion);
    else if (alt === "") report("an image needs alt text that says what it shows", "write it in the brackets: ![what the image shows](…)");
    else {
      reference.token.meta = { html: imageHtml(image, alt, title === null ? undefined : String(title), first) };
      if (image.kind === "local") images.push(image.asset);
    }
    first = false;
  }
  const html = sharedMarkdown.renderer.render(parsed.tokens, sharedMarkdown.options, {});
  return { html: parsed.hasRawHtml ? sanitizeBody(html) : html, headings: parsed.headings, wordCount: parsed.wordCount, problems, images };
}

/** Counts the words a reader would count in Markdown source, ignoring link targets and markup. */
export function countWords(source: string): number {
  const text = source.replace(/\]\([^)]*\)/g, "]").replace(/[#*_`>|[\]-]+/g, " ");
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
