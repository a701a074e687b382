// Renders a guide's Markdown body to HTML with raw HTML off, link validation on and an id on every heading.
import MarkdownItFactory, { type MarkdownIt } from "markdown-it";
import anchor from "markdown-it-anchor";
import { slugify } from "../lib/slugs.ts";
import type { Heading } from "./model.ts";

/** The rendered body of a guide. */
export interface RenderedBody {
  html: string;
  headings: Heading[];
  wordCount: number;
}

/** Creates the Markdown renderer every guide goes through. */
export function createMarkdown(): MarkdownIt {
  // html: false keeps raw HTML in content as visible text; markdown-it's validateLink refuses javascript:, vbscript:, file: and data: URLs.
  const markdown = new MarkdownItFactory({ html: false, linkify: false, typographer: true });
  markdown.use(anchor, { slugify: (text: string) => slugify(text) || "section", tabIndex: false });
  return markdown;
}

const sharedMarkdown = createMarkdown();

/** Renders one body, returning its HTML, its headings and its word count. */
export function renderBody(source: string, markdown: MarkdownIt = sharedMarkdown): RenderedBody {
  const env: Record<string, unknown> = {};
  const tokens = markdown.parse(source, env);
  const headings: Heading[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== "heading_open") return;
    const inline = tokens[index + 1];
    headings.push({ level: Number(token.tag.slice(1)), text: inline?.content ?? "", id: String(token.attrGet("id") ?? "") });
  });
  return { html: markdown.renderer.render(tokens, markdown.options, env), headings, wordCount: countWords(source) };
}

/** Counts the words a reader would count in Markdown source, ignoring link targets and markup. */
export function countWords(source: string): number {
  const text = source.replace(/\]\([^)]*\)/g, "]").replace(/[#*_`>|[\]-]+/g, " ");
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
